import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { RecordLink } from "@/components/ui/record-link";
import { Pagination } from "@/components/ui/pagination";
import { requireActor } from "@/lib/auth/current";
import { listSessions } from "@/lib/data/sessions";
import { listSupervisionPage } from "@/lib/data/supervision";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { canReadSupervision, isUnitUser } from "@/lib/permissions/roles";
import { getOverdueList } from "@/lib/stats/breakdowns";
import { STAT_DEFINITIONS } from "@/lib/stats/definitions";
import { SessionSwitch } from "@/components/dashboard/session-switch";
import { sessionChoices } from "@/components/dashboard/links";
import { CONTENT_LANG } from "@/lib/i18n/config";

// Both lists come a page of 20 at a time, like the suggestion list: at a million suggestions a session had
// 2,000 overdue duties and 20,000 notices, and 50 of each still made a view 126 kB and three and a half times
// the sign-in page's cost under load (issue 12). `page` pages the overdue duties, `notices` the notices.
const PAGE_SIZE = 20;
const querySchema = z.object({
  session: z.string().max(100).optional().catch(undefined),
  page: pageParam,
  notices: pageParam,
});

export async function generateMetadata() {
  return { title: (await getT())("office.supervision.title") };
}

/** 督办: what is overdue, by unit, and the supervision notices and instructions issued. */
export default async function SupervisionPage({ searchParams }: { searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const actor = await requireActor(canReadSupervision);
  const t = await getT();
  const sessions = await listSessions();
  const { session: requested, page, notices: noticePage } = querySchema.parse(await searchParams);
  const session = sessions.find((s) => s.code === requested) ?? sessions[0];
  if (!session) return <p>{t("dashboard.noSessions")}</p>;
  const [overdue, { items: notices, total: noticeCount }] = await Promise.all([
    getOverdueList({ session: session.code, sessionId: session.id, ...(isUnitUser(actor) ? { unitId: actor.unitId! } : {}) }, new Date(), {
      limit: PAGE_SIZE,
      offset: (page - 1) * PAGE_SIZE,
    }),
    listSupervisionPage(actor, { sessionId: session.id, take: PAGE_SIZE, skip: (noticePage - 1) * PAGE_SIZE }),
  ]);
  const items = isUnitUser(actor) ? overdue.items.filter((o) => o.unitId === actor.unitId) : overdue.items;
  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("office.supervision.title")}</h1>
        <SessionSwitch
          sessions={sessionChoices(sessions)}
          current={session.code}
          label={t("dashboard.session")}
          submitLabel={t("common.actions.filter")}
        />
      </div>
      <section aria-labelledby="overdue-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="overdue-heading" className="mb-2 text-lg font-semibold">
          {t("office.supervision.overdue", { count: overdue.total })}
        </h2>
        <p className="mb-2 text-xs text-gray-600">{t(STAT_DEFINITIONS.overdueList)}</p>
        <table className="w-full text-sm" data-testid="overdue-table">
          <thead className="text-left">
            <tr>
              <th scope="col" className="py-1">
                {t("office.supervision.unit")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.list.columns.number")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.list.columns.title")}
              </th>
              <th scope="col" className="py-1">
                {t("office.supervision.duty")}
              </th>
              <th scope="col" className="py-1">
                {t("suggestions.detail.dueAt")}
              </th>
              <th scope="col" className="py-1">
                {t("office.supervision.daysOverdue")}
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((o) => (
              <tr key={`${o.suggestionId}-${o.unitId}-${o.role}`} className="border-t">
                <td className="py-1">{o.unitName}</td>
                <td className="py-1">{o.number}</td>
                <td className="py-1">
                  <RecordLink className="text-brand-700 underline" href={`/suggestions/${o.suggestionId}`} lang={CONTENT_LANG}>
                    {o.title}
                  </RecordLink>
                </td>
                <td className="py-1">{t(`office.supervision.dutyOf.${o.role}`)}</td>
                <td className="py-1">{formatDate(o.dueAt)}</td>
                <td className="py-1 font-semibold text-red-800">{o.daysOverdue}</td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="text-sm">{t("office.supervision.noneOverdue")}</p>}
        {overdue.total > PAGE_SIZE && (
          <Pagination
            page={page}
            pageSize={PAGE_SIZE}
            total={overdue.total}
            params={{ session: session.code, notices: noticePage > 1 ? String(noticePage) : undefined }}
            label={t("office.supervision.overduePages")}
            t={t}
          />
        )}
      </section>
      <section aria-labelledby="notices-heading" className="rounded bg-white p-4 shadow-sm">
        <h2 id="notices-heading" className="mb-2 text-lg font-semibold">
          {t("office.supervision.notices")}
        </h2>
        {notices.length === 0 ? (
          <p className="text-sm">{t("suggestions.detail.none")}</p>
        ) : (
          <ul className="space-y-2 text-sm" data-testid="notices">
            {notices.map((n) => (
              <li key={n.id}>
                {`${formatDate(n.createdAt)} · ${t(`suggestions.supervisionKind.${n.kind}`)}${n.unit ? ` · ${n.unit.name}` : ""} · `}
                <RecordLink
                  className="text-brand-700 underline"
                  href={`/suggestions/${n.suggestion.id}`}
                  lang={CONTENT_LANG}
                >{`${n.suggestion.number} ${n.suggestion.title}`}</RecordLink>
                {"："}
                <span lang={CONTENT_LANG}>{n.text}</span>
                {n.deadline && `（${t("suggestions.detail.deadline", { date: formatDate(n.deadline) })}）`}
              </li>
            ))}
          </ul>
        )}
        {noticeCount > PAGE_SIZE && (
          <Pagination
            page={noticePage}
            pageSize={PAGE_SIZE}
            total={noticeCount}
            params={{ session: session.code, page: page > 1 ? String(page) : undefined }}
            param="notices"
            label={t("office.supervision.noticePages")}
            t={t}
          />
        )}
      </section>
    </div>
  );
}
