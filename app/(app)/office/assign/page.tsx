import Link from "next/link";
import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { requireActor } from "@/lib/auth/current";
import { listSessions } from "@/lib/data/sessions";
import { listSuggestions } from "@/lib/data/suggestions";
import { listUnitLoad } from "@/lib/data/unit-load";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isOffice } from "@/lib/permissions/roles";
import { leadDueAt, URGENT_REPLY_DAYS } from "@/lib/workflow/deadlines";
import { FIELDS } from "@/lib/validation/list-query";
import { Pagination } from "@/components/ui/pagination";
import { Button } from "@/components/ui/button";
import { Field } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { UnitSelect } from "@/components/workflow/unit-select";
import { toJsonRecords } from "@/lib/json-text";
import { assignBatchAction } from "./actions";
import { fieldsOf } from "@/lib/validation/form";
import { batchIntentForm } from "@/lib/validation/forms";
import { assignBatchInput } from "@/lib/validation/suggestions";

const batch = fieldsOf(assignBatchInput);
const intent = fieldsOf(batchIntentForm);

const PAGE_SIZE = 50;
const querySchema = z.object({
  session: z.string().trim().max(20).optional().catch(undefined),
  field: z.string().trim().max(20).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam,
});

export async function generateMetadata() {
  return { title: (await getT())("office.assign.title") };
}

/** 交办: the unassigned suggestions of a session, assigned one by one or many at once. */
export default async function AssignPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor(isOffice);
  const t = await getT();
  const query = querySchema.parse(await searchParams);
  const sessions = await listSessions();
  const session = query.session ?? sessions[0]?.code;
  const [{ items, total }, load] = await Promise.all([
    listSuggestions(actor, {
      session,
      status: "PENDING",
      field: query.field,
      q: query.q,
      page: query.page,
      pageSize: PAGE_SIZE,
      sort: "number",
    }),
    listUnitLoad(actor),
  ]);
  // The due dates rule 1 will set today, as lib/workflow/assign.ts computes them.
  const now = new Date();
  const replyDays = sessions.find((s) => s.code === session)?.replyDays ?? 90;
  const unitLabel = (u: (typeof load)[number]) => `${u.name}（${t("office.assign.load", { lead: u.openLead, co: u.openCo })}）`;
  // Both pickers list every active unit with its open work, as one JSON text (components/workflow/unit-select.tsx).
  const choices = toJsonRecords(load.map((u) => ({ code: u.code, name: unitLabel(u) })));
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("office.assign.title")}</h1>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm">
        <Field label={t("suggestions.list.session")}>
          {(id) => (
            <select id={id} name="session" defaultValue={session} className="rounded border border-gray-500 px-3 py-2 text-sm">
              {sessions.map((s) => (
                <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("suggestions.list.field")}>
          {(id) => (
            <select id={id} name="field" defaultValue={query.field ?? ""} className="rounded border border-gray-500 px-3 py-2 text-sm">
              <option value="">{t("suggestions.list.allFields")}</option>
              {FIELDS.map((f) => (
                <option key={f} value={f}>
                  {f}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={t("suggestions.list.q")}>
          {(id) => <input id={id} name="q" defaultValue={query.q ?? ""} className="rounded border border-gray-500 px-3 py-2 text-sm" />}
        </Field>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
          {t("common.actions.filter")}
        </button>
      </form>
      <p className="text-sm">
        {t("office.assign.pending", { total })} ·{" "}
        <Link className="text-brand-700 underline" href="/office/import">
          {t("office.import.title")}
        </Link>
      </p>
      {items.length > 0 && (
        <ActionForm
          action={assignBatchAction}
          hidden={{}}
          submitLabel={t("office.assign.submit")}
          extraButtons={
            <Button type="submit" name={intent.intent} value="merge" variant="secondary">
              {t("office.assign.merge")}
            </Button>
          }
          labels={{
            [batch.suggestionIds]: t("office.assign.selected"),
            [batch.leadUnitCode]: t("work.assign.lead"),
            [batch.coUnitCodes]: t("work.assign.co"),
          }}
        >
          <fieldset className="rounded bg-white p-4 shadow-sm">
            <legend className="px-1 font-medium">{t("office.assign.selected")}</legend>
            <ul className="max-h-96 space-y-1 overflow-y-auto text-sm">
              {items.map((s) => (
                <li key={s.id} className="flex items-start gap-2">
                  <input type="checkbox" name={batch.suggestionIds} value={s.id} id={`pick-${s.id}`} className="mt-1" />
                  <label
                    htmlFor={`pick-${s.id}`}
                  >{`${s.number} ${s.title}（${s.field} · ${s.leadDeputy.name} · ${formatDate(s.submittedAt)}）${s.urgent ? ` · ${t("suggestions.detail.urgent")}` : ""}`}</label>
                </li>
              ))}
            </ul>
          </fieldset>
          <div className="grid gap-4 rounded bg-white p-4 shadow-sm md:grid-cols-2">
            <Field label={t("work.assign.lead")}>
              {(id) => (
                <UnitSelect
                  id={id}
                  name={batch.leadUnitCode}
                  required
                  defaultValue=""
                  placeholder={t("common.choose")}
                  units={choices}
                  className="w-full rounded border border-gray-500 px-3 py-2 text-sm"
                />
              )}
            </Field>
            <Field label={t("work.assign.co")} hint={t("work.assign.coHint")}>
              {(id, describedBy) => (
                <UnitSelect
                  id={id}
                  name={batch.coUnitCodes}
                  aria-describedby={describedBy}
                  multiple
                  size={8}
                  units={choices}
                  className="w-full rounded border border-gray-500 px-3 py-2 text-sm"
                />
              )}
            </Field>
            <p className="text-sm md:col-span-2" data-testid="rule-due">
              {t("office.assign.ruleDue", {
                date: formatDate(leadDueAt(now, replyDays, false)),
                days: replyDays,
                urgentDate: formatDate(leadDueAt(now, replyDays, true)),
                urgentDays: URGENT_REPLY_DAYS,
              })}
            </p>
            <p className="text-xs text-gray-600 md:col-span-2">{t("office.assign.deadlines")}</p>
          </div>
        </ActionForm>
      )}
      <Pagination page={query.page} pageSize={PAGE_SIZE} total={total} params={{ session, field: query.field, q: query.q }} t={t} />
    </div>
  );
}
