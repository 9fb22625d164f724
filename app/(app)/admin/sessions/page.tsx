import { createSessionAction } from "../actions";
import { updateSessionAction } from "../actions";
import { EditSession } from "@/components/admin/edit-records";
import { DataTable } from "@/components/admin/table";
import { Input } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { listSessions } from "@/lib/data/sessions";
import { requireRole } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { createSessionInput } from "@/lib/validation/admin";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(createSessionInput);

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.sessions.title")} · ${t("admin.title")}` };
}

export default async function SessionsPage() {
  await requireRole("ADMIN");
  const t = await getT();
  const sessions = await listSessions();
  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="new-session">
        <h2 id="new-session" className="mb-2 font-semibold">
          {t("admin.sessions.new")}
        </h2>
        <ActionForm
          action={createSessionAction}
          hidden={{}}
          submitLabel={t("admin.create")}
          labels={{
            [f.code]: t("admin.sessions.code"),
            [f.name]: t("admin.sessions.name"),
            [f.year]: t("admin.sessions.year"),
            [f.replyDays]: t("admin.sessions.replyDays"),
          }}
        >
          <div className="grid gap-3 md:grid-cols-4">
            <Input label={t("admin.sessions.code")} name={f.code} required hint="14-2" />
            <Input label={t("admin.sessions.name")} name={f.name} required />
            <Input label={t("admin.sessions.year")} name={f.year} type="number" required />
            <Input label={t("admin.sessions.replyDays")} name={f.replyDays} type="number" defaultValue="90" />
          </div>
        </ActionForm>
      </section>
      <DataTable
        caption={t("admin.sessions.title")}
        headers={[
          t("admin.sessions.code"),
          t("admin.sessions.name"),
          t("admin.sessions.year"),
          t("admin.sessions.replyDays"),
          t("admin.sessions.count"),
          t("admin.actionsColumn"),
        ]}
        rows={sessions.map((s) => [
          s.code,
          s.name,
          s.year,
          s.replyDays,
          s.suggestionCount,
          <EditSession key={s.id} session={s} action={updateSessionAction} t={t} />,
        ])}
      />
    </div>
  );
}
