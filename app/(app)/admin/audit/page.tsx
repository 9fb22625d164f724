import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { actionWords, recordWords } from "@/components/admin/audit-words";
import { DataTable } from "@/components/admin/table";
import { Input } from "@/components/ui/fields";
import { Pagination } from "@/components/ui/pagination";
import { formatDateTime } from "@/lib/format";
import { requireRole } from "@/lib/auth/current";
import { describeRecord, listAuditEvents } from "@/lib/data/audit-events";
import { getT } from "@/lib/i18n/server";

const PAGE_SIZE = 50;
const querySchema = z.object({
  action: z.string().trim().max(60).optional().catch(undefined),
  entity: z.string().trim().max(40).optional().catch(undefined),
  actor: z.string().trim().max(60).optional().catch(undefined),
  record: z.string().trim().min(1).max(64).optional().catch(undefined),
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
  page: pageParam,
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
  const [{ items: events, total }, record] = await Promise.all([
    listAuditEvents(actor, q, PAGE_SIZE),
    q.record ? describeRecord(actor, q.record) : null,
  ]);
  const params = { action: q.action, entity: q.entity, actor: q.actor, from: q.from, to: q.to };
  const onlyRecord = (id: string) => `/admin/audit?${new URLSearchParams({ record: id }).toString()}`;
  return (
    <div className="space-y-4">
      <form method="get" className="grid gap-3 rounded bg-white p-4 shadow-sm md:grid-cols-6">
        <Input label={t("admin.audit.action")} name="action" defaultValue={q.action} />
        <Input label={t("admin.audit.entity")} name="entity" defaultValue={q.entity} />
        <Input label={t("admin.audit.actor")} name="actor" defaultValue={q.actor} />
        <Input label={t("admin.audit.from")} name="from" type="date" defaultValue={q.from} />
        <Input label={t("admin.audit.to")} name="to" type="date" defaultValue={q.to} />
        {q.record && <input type="hidden" name="record" value={q.record} />}
        <div className="flex items-end">
          <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
            {t("common.actions.filter")}
          </button>
        </div>
      </form>
      {q.record && (
        <p className="rounded bg-white p-3 text-sm shadow-sm" data-testid="audit-record-filter">
          {t("admin.audit.onlyRecord", { record: record ? recordWords(record, t) : q.record })}{" "}
          <Link
            href={`/admin/audit?${new URLSearchParams(Object.entries(params).filter((e): e is [string, string] => !!e[1])).toString()}`}
            className="text-brand-700 underline"
          >
            {t("admin.audit.allRecords")}
          </Link>
        </p>
      )}
      <DataTable
        caption={t("admin.audit.title")}
        headers={[t("admin.audit.at"), t("admin.audit.actor"), t("admin.audit.action"), t("admin.audit.entity"), t("admin.audit.change")]}
        rows={events.map((e) => [
          formatDateTime(e.createdAt),
          e.actorId ? (e.actorUsername ?? e.actorId) : "—",
          actionWords(e.action, t),
          <div key={`r${e.id}`} className="space-x-2">
            {e.record.kind === "suggestion" ? (
              <RecordLink className="text-brand-700 underline" href={`/suggestions/${e.record.id}`}>
                {recordWords(e.record, t)}
              </RecordLink>
            ) : (
              <span>{recordWords(e.record, t)}</span>
            )}
            <RecordLink
              className="text-xs text-brand-700 underline"
              href={onlyRecord(e.record.kind === "suggestion" ? e.record.id : e.entityId)}
            >
              {t("admin.audit.filterRecord")}
            </RecordLink>
          </div>,
          <details key={`d${e.id}`}>
            <summary className="cursor-pointer">{t("admin.audit.show")}</summary>
            <pre className="max-w-xl overflow-x-auto whitespace-pre-wrap text-xs">
              {JSON.stringify({ before: e.before, after: e.after }, null, 1)}
            </pre>
          </details>,
        ])}
      />
      <Pagination page={q.page} pageSize={PAGE_SIZE} total={total} params={{ ...params, record: q.record }} t={t} />
    </div>
  );
}
