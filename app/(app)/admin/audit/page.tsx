import Link from "next/link";
import { z } from "zod";
import { DataTable } from "@/components/admin/table";
import { Input } from "@/components/ui/fields";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/format";
import { requireRole } from "@/lib/auth/current";
import { listAuditEvents } from "@/lib/data/audit-events";
import { getT } from "@/lib/i18n/server";

const PAGE_SIZE = 50;
const querySchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  entity: z.string().trim().max(40).optional().catch(undefined),
  actor: z.string().trim().max(60).optional().catch(undefined),
  from: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  to: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/)
    .optional()
    .catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
});

/** The audit log: who did what to which record, when, with before/after — filterable, newest first. */
export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.audit.title")} · ${t("admin.title")}` };
}

export default async function AuditPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireRole("ADMIN");
  const t = await getT();
  const q = querySchema.parse(await searchParams);
  const { items: events, total } = await listAuditEvents(actor, q, PAGE_SIZE);
  return (
    <div className="space-y-4">
      <form method="get" className="grid gap-3 rounded bg-white p-4 shadow-sm md:grid-cols-6">
        <Input label={t("admin.audit.action")} name="action" defaultValue={q.action} />
        <Input label={t("admin.audit.entity")} name="entity" defaultValue={q.entity} />
        <Input label={t("admin.audit.actor")} name="actor" defaultValue={q.actor} />
        <Input label={t("admin.audit.from")} name="from" type="date" defaultValue={q.from} />
        <Input label={t("admin.audit.to")} name="to" type="date" defaultValue={q.to} />
        <div className="flex items-end">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
            {t("common.actions.filter")}
          </button>
        </div>
      </form>
      <DataTable
        caption={t("admin.audit.title")}
        headers={[t("admin.audit.at"), t("admin.audit.actor"), t("admin.audit.action"), t("admin.audit.entity"), t("admin.audit.change")]}
        rows={events.map((e) => [
          formatDateTime(e.createdAt),
          e.actorId ? (e.actorUsername ?? e.actorId) : "—",
          e.action,
          e.suggestionId ? (
            <Link
              key={e.id.toString()}
              className="text-brand-700 underline"
              href={`/suggestions/${e.suggestionId}`}
            >{`${e.entity} ${e.entityId.slice(0, 8)}`}</Link>
          ) : (
            `${e.entity} ${e.entityId.slice(0, 8)}`
          ),
          <details key={`d${e.id}`}>
            <summary className="cursor-pointer">{t("admin.audit.show")}</summary>
            <pre className="max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">
              {JSON.stringify({ before: e.before, after: e.after }, null, 1)}
            </pre>
          </details>,
        ])}
      />
      <Pagination
        page={q.page}
        pageSize={PAGE_SIZE}
        total={total}
        params={{ action: q.action, entity: q.entity, actor: q.actor, from: q.from, to: q.to }}
        t={t}
      />
    </div>
  );
}
