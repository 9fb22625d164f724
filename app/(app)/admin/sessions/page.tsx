import { createSessionAction } from "../actions";
import { DataTable } from "@/components/admin/table";
import { Input } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { listSessions } from "@/lib/data/sessions";
import { requireRole } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";

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
        <h2 id="new-session" className="mb-2 font-semibold">{t("admin.sessions.new")}</h2>
        <ActionForm action={createSessionAction} hidden={{}} submitLabel={t("admin.create")} labels={{ code: t("admin.sessions.code"), name: t("admin.sessions.name"), year: t("admin.sessions.year"), replyDays: t("admin.sessions.replyDays") }}>
          <div className="grid gap-3 md:grid-cols-4">
            <Input label={t("admin.sessions.code")} name="code" required hint="14-2" />
            <Input label={t("admin.sessions.name")} name="name" required />
            <Input label={t("admin.sessions.year")} name="year" type="number" required />
            <Input label={t("admin.sessions.replyDays")} name="replyDays" type="number" defaultValue="90" />
          </div>
        </ActionForm>
      </section>
      <DataTable caption={t("admin.sessions.title")} headers={[t("admin.sessions.code"), t("admin.sessions.name"), t("admin.sessions.year"), t("admin.sessions.replyDays"), t("admin.sessions.count")]}
        rows={sessions.map((s) => [s.code, s.name, s.year, s.replyDays, s.suggestionCount])} />
    </div>
  );
}
