import { RecordLink } from "@/components/ui/record-link";
import { z } from "zod";
import { requireActor } from "@/lib/auth/current";
import { listSessions } from "@/lib/data/sessions";
import { findSimilarToTitle } from "@/lib/data/similar-by-text";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isOffice } from "@/lib/permissions/roles";
import { FIELDS } from "@/lib/validation/list-query";
import { Input, Select, TextArea } from "@/components/ui/fields";
import { DeputyPicker } from "@/components/ui/deputy-picker";
import { ActionForm } from "@/components/workflow/action-form";
import { registerAction } from "./actions";
import { fieldsOf } from "@/lib/validation/form";
import { registerSuggestionInput } from "@/lib/validation/suggestions";

const reg = fieldsOf(registerSuggestionInput);

export async function generateMetadata() {
  return { title: (await getT())("office.new.title") };
}

/** Register one suggestion; a title check first shows earlier similar suggestions and how they were answered. */
export default async function NewSuggestionPage({ searchParams }: { searchParams: Promise<{ title?: string }> }) {
  const actor = await requireActor(isOffice);
  const t = await getT();
  const title = z
    .string()
    .trim()
    .max(200)
    .optional()
    .catch(undefined)
    .parse((await searchParams).title);
  const [sessions, similar] = await Promise.all([listSessions(), title ? findSimilarToTitle(actor, title) : Promise.resolve([])]);
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("office.new.title")}</h1>
      <form method="get" className="flex items-end gap-2 rounded bg-white p-4 shadow-sm">
        <div className="flex-1">
          <Input label={t("office.new.checkTitle")} name="title" defaultValue={title} />
        </div>
        <button type="submit" className="rounded border border-gray-500 bg-white px-3 py-2 text-sm">
          {t("office.new.check")}
        </button>
      </form>
      {title && (
        <section aria-labelledby="similar" className="rounded bg-white p-4 shadow-sm">
          <h2 id="similar" className="mb-2 font-semibold">
            {t("suggestions.detail.similar")}
          </h2>
          {similar.length === 0 ? (
            <p className="text-sm">{t("office.new.noSimilar")}</p>
          ) : (
            <ul className="space-y-2 text-sm">
              {similar.map((s) => (
                <li key={s.id}>
                  <RecordLink
                    className="text-brand-700 underline"
                    href={`/suggestions/${s.id}`}
                  >{`${s.session.code} · ${s.number} ${s.title}`}</RecordLink>
                  <p className="text-gray-700">
                    {s.replies[0]
                      ? t("suggestions.detail.similarReply", {
                          unit: s.replies[0].unit.name,
                          category: s.replies[0].category,
                          date: formatDate(s.replies[0].signedAt),
                        })
                      : t("suggestions.detail.noReply")}
                  </p>
                </li>
              ))}
            </ul>
          )}
        </section>
      )}
      <section className="rounded bg-white p-4 shadow-sm">
        <ActionForm
          action={registerAction}
          hidden={{}}
          submitLabel={t("office.new.submit")}
          labels={{
            [reg.sessionCode]: t("suggestions.list.session"),
            [reg.number]: t("suggestions.list.columns.number"),
            [reg.title]: t("suggestions.list.columns.title"),
            [reg.content]: t("suggestions.detail.content"),
            [reg.leadDeputyId]: t("suggestions.detail.leadDeputy"),
            [reg.coSignerIds]: t("suggestions.detail.coSigners"),
            [reg.field]: t("suggestions.detail.field"),
            [reg.submittedAt]: t("suggestions.detail.submittedAt"),
          }}
        >
          <div className="grid gap-3 md:grid-cols-3">
            <Select
              label={t("suggestions.list.session")}
              name={reg.sessionCode}
              options={sessions.map((s) => ({ value: s.code, label: `${s.name} (${s.code})` }))}
            />
            <Input label={t("suggestions.list.columns.number")} name={reg.number} required />
            <Select
              label={t("suggestions.detail.field")}
              name={reg.field}
              required
              placeholder={t("common.choose")}
              options={FIELDS.map((f) => ({ value: f, label: f }))}
            />
          </div>
          <Input label={t("suggestions.list.columns.title")} name={reg.title} defaultValue={title} required />
          <TextArea label={t("suggestions.detail.content")} name={reg.content} required rows={8} />
          <div className="grid gap-3 md:grid-cols-2">
            <DeputyPicker label={t("suggestions.detail.leadDeputy")} name={reg.leadDeputyId} hint={t("common.deputyPicker.hint")} />
            <DeputyPicker
              label={t("suggestions.detail.coSigners")}
              name={reg.coSignerIds}
              multiple
              hint={t("common.deputyPicker.hintMultiple")}
            />
            <Input label={t("suggestions.detail.submittedAt")} name={reg.submittedAt} type="date" />
            <div className="flex gap-6 self-end text-sm">
              <label className="flex items-center gap-2">
                <input type="checkbox" name={reg.urgent} />
                {t("suggestions.detail.urgent")}
              </label>
              <label className="flex items-center gap-2">
                <input type="checkbox" name={reg.confidential} />
                {t("suggestions.detail.confidential")}
              </label>
            </div>
          </div>
        </ActionForm>
      </section>
    </div>
  );
}
