import Link from "next/link";
import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { requireActor } from "@/lib/auth/current";
import { holidayOfDue } from "@/lib/calendar/work-calendar";
import { unitWorkOf } from "@/lib/data/inbox";
import { calendarForDates } from "@/lib/data/work-calendar";
import { inboxPage, inboxViewCounts } from "@/lib/data/inbox-counts";
import { addChinaDays, endOfChinaDay, todayInChina } from "@/lib/dates/china-date";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isUnitUser } from "@/lib/permissions/roles";
import { HANDLING_STATUSES } from "@/lib/workflow/states";
import { Pagination } from "@/components/ui/pagination";
import { InboxTable } from "@/components/worklists/inbox-table";
import { toJsonRecords } from "@/lib/json-text";

const DUE_SOON_DAYS = 7;
const PAGE_SIZE = 20;
const querySchema = z.object({
  tab: z.enum(["LEAD", "CO"]).catch("LEAD"),
  view: z.enum(["overdue", "dueSoon", "open", "all"]).catch("open"),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam,
});

export async function generateMetadata() {
  return { title: (await getT())("work.inbox.title") };
}

/** The unit's own work: as lead or co-handling unit; overdue and due soon first. */
export default async function InboxPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor(isUnitUser);
  const t = await getT();
  const query = querySchema.parse(await searchParams);
  const now = new Date();
  const base = { assignmentRole: query.tab, q: query.q } as const;
  const open = { status: [...HANDLING_STATUSES] };
  const views = {
    overdue: { ...base, overdue: true },
    dueSoon: { ...base, ...open, dueBefore: endOfChinaDay(addChinaDays(todayInChina(now), DUE_SOON_DAYS)) },
    open: { ...base, ...open },
    all: base,
  };
  const viewNames = Object.keys(views) as (keyof typeof views)[];
  const [totals, { items, total }] = await Promise.all([
    inboxViewCounts(
      actor,
      viewNames.map((v) => views[v]),
      now,
    ),
    inboxPage(actor, views[query.view], { page: query.page, pageSize: PAGE_SIZE }, now),
  ]);
  const counts = viewNames.map((v, i) => [v, totals[i] ?? 0] as const);
  // Each row shows the unit's own duty: its own due date (a co unit's 30 days, rule 8) and its progress.
  const work = await unitWorkOf(actor.unitId!, items, now);
  const calendar = await calendarForDates([...work.values()].map((w) => w.dueAt));
  const href = (p: Partial<typeof query>) =>
    `?${new URLSearchParams({ tab: query.tab, view: query.view, ...(query.q ? { q: query.q } : {}), ...Object.fromEntries(Object.entries(p).map(([k, v]) => [k, String(v)])) })}`;
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("work.inbox.title")}</h1>
      <nav aria-label={t("work.inbox.tabs")} className="flex gap-2 border-b border-gray-300">
        {(["LEAD", "CO"] as const).map((tab) => (
          <Link
            key={tab}
            href={href({ tab, page: 1 })}
            aria-current={query.tab === tab ? "page" : undefined}
            className={`px-4 py-2 text-sm ${query.tab === tab ? "border-b-2 border-brand-700 font-semibold text-brand-800" : "text-gray-700"}`}
          >
            {t(`work.inbox.tab.${tab}`)}
          </Link>
        ))}
      </nav>
      <ul className="flex flex-wrap gap-2" aria-label={t("work.inbox.views")}>
        {counts.map(([view, count]) => (
          <li key={view}>
            <Link
              href={href({ view, page: 1 })}
              aria-current={query.view === view ? "true" : undefined}
              data-testid={`inbox-${view}`}
              className={`inline-block rounded px-3 py-1 text-sm ${query.view === view ? "bg-brand-700 text-white" : "bg-white text-gray-900 shadow-sm"} ${view === "overdue" && count > 0 && query.view !== view ? "text-red-800" : ""}`}
            >
              {t(`work.inbox.view.${view}`, { count })}
            </Link>
          </li>
        ))}
      </ul>
      <div className="overflow-x-auto rounded bg-white shadow-sm">
        <InboxTable
          tab={query.tab}
          rows={toJsonRecords(
            items.map((s) => {
              const own = work.get(s.id);
              return {
                href: `/suggestions/${s.id}`,
                reference: `${s.session.code} · ${s.number}`,
                title: s.title,
                deputy: s.leadDeputy.name,
                status: s.status,
                work: own?.state ?? null,
                dueAt: formatDate(own?.dueAt),
                overdue: own?.overdue ?? false,
                holiday: holidayOfDue(own?.dueAt, calendar),
              };
            }),
          )}
        />
      </div>
      <p id="inbox-due-hint" className="text-xs text-gray-700">
        {t(`work.inbox.dueHint.${query.tab}`)}
      </p>
      <Pagination page={query.page} pageSize={PAGE_SIZE} total={total} params={{ tab: query.tab, view: query.view, q: query.q }} t={t} />
    </div>
  );
}
