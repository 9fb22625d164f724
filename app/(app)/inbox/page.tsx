import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { z } from "zod";
import { requireActor } from "@/lib/auth/current";
import { holidayOfDue } from "@/lib/calendar/work-calendar";
import { unitWorkOf, type WorkState } from "@/lib/data/inbox";
import { calendarForDates } from "@/lib/data/work-calendar";
import { inboxPage, inboxViewCounts } from "@/lib/data/inbox-counts";
import { addChinaDays, endOfChinaDay, todayInChina } from "@/lib/dates/china-date";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isUnitUser } from "@/lib/permissions/roles";
import { HANDLING_STATUSES } from "@/lib/workflow/states";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { CONTENT_LANG } from "@/lib/i18n/config";

const DUE_SOON_DAYS = 7;
const PAGE_SIZE = 20;
const querySchema = z.object({
  tab: z.enum(["LEAD", "CO"]).catch("LEAD"),
  view: z.enum(["overdue", "dueSoon", "open", "all"]).catch("open"),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: z.coerce.number().int().min(1).catch(1),
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
        <table className="w-full text-sm">
          <caption className="sr-only">{t(`work.inbox.tab.${query.tab}`)}</caption>
          <thead className="bg-gray-100 text-left">
            <tr>
              {(["number", "title", "leadDeputy", "status"] as const).map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`suggestions.list.columns.${c}`)}
                </th>
              ))}
              <th scope="col" className="p-2">
                {t("work.inbox.columns.work")}
              </th>
              <th scope="col" className="p-2" aria-describedby="inbox-due-hint">
                {t(`work.inbox.columns.ownDueAt.${query.tab}`)}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((s) => {
              const own = work.get(s.id);
              const holiday = holidayOfDue(own?.dueAt, calendar);
              return (
                <tr key={s.id} className="border-t" data-testid="inbox-row">
                  <td className="p-2 whitespace-nowrap">{`${s.session.code} · ${s.number}`}</td>
                  <td className="p-2">
                    <RecordLink className="text-brand-700 underline" href={`/suggestions/${s.id}`} lang={CONTENT_LANG}>
                      {s.title}
                    </RecordLink>
                  </td>
                  <td className="p-2 whitespace-nowrap">{s.leadDeputy.name}</td>
                  <td className="p-2">
                    <StatusBadge status={s.status} label={t(`domain.status.${s.status}`)} />
                  </td>
                  <td className="p-2 whitespace-nowrap" data-testid="inbox-work">
                    {own ? <WorkBadge state={own.state} label={t(`work.inbox.state.${own.state}`)} /> : "—"}
                  </td>
                  <td className={`p-2 whitespace-nowrap ${own?.overdue ? "font-semibold text-red-800" : ""}`} data-testid="inbox-due">
                    {formatDate(own?.dueAt)}
                    {own?.overdue ? ` · ${t("suggestions.detail.overdue")}` : ""}
                    {holiday && (
                      <span className="block text-xs font-normal text-gray-700">
                        {t("suggestions.detail.dueOnHoliday", { name: holiday })}
                      </span>
                    )}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
        {items.length === 0 && <p className="p-4">{t("suggestions.list.empty")}</p>}
      </div>
      <p id="inbox-due-hint" className="text-xs text-gray-700">
        {t(`work.inbox.dueHint.${query.tab}`)}
      </p>
      <Pagination page={query.page} pageSize={PAGE_SIZE} total={total} params={{ tab: query.tab, view: query.view, q: query.q }} t={t} />
    </div>
  );
}

const WORK_STYLE: Record<WorkState, string> = {
  NONE: "bg-gray-100 text-gray-800",
  DRAFT: "bg-gray-100 text-gray-900",
  RETURNED: "bg-red-50 text-red-800",
  IN_REVIEW: "bg-amber-50 text-amber-900",
  SIGNED: "bg-green-50 text-green-800",
  OPINION_MISSING: "bg-gray-100 text-gray-800",
  OPINION_GIVEN: "bg-green-50 text-green-800",
};

/** The unit's progress on a row, in words (the colour only repeats them). */
function WorkBadge({ state, label }: { state: WorkState; label: string }) {
  return (
    <span data-state={state} className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${WORK_STYLE[state]}`}>
      {label}
    </span>
  );
}
