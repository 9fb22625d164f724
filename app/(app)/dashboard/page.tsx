import { requireActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { toJsonRecords, toJsonText } from "@/lib/json-text";
import { canSeeStatistics } from "@/lib/permissions/roles";
import { dashboardUnitRows, loadStatsPage, type SearchParams } from "@/lib/reports/stats-page";
import { STAT_DEFINITIONS } from "@/lib/stats/definitions";
import { buildSummaryText } from "@/lib/stats/summary-text";
import { DashboardFilters } from "@/components/dashboard/filters";
import { ExportBar } from "@/components/dashboard/export-bar";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { CategoryTable } from "@/components/dashboard/category-table";
import { UnitTable } from "@/components/dashboard/unit-table";
import { GroupTable } from "@/components/dashboard/group-table";
import { OverdueList } from "@/components/dashboard/overdue-list";
import { Panel } from "@/components/dashboard/section";
import { TimingChart } from "@/components/dashboard/timing-chart";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { sessionChoices, suggestionsHref, withQuery } from "@/components/dashboard/links";
import { RecordLink } from "@/components/ui/record-link";
import { KeySuggestionsPanel } from "@/components/keys/dashboard-panel";
import { isOffice } from "@/lib/permissions/roles";

export async function generateMetadata() {
  return { title: (await getT())("dashboard.title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor(canSeeStatistics);
  const page = await loadStatsPage(actor, searchParams, { keySuggestions: true });
  const { t } = page;
  if (page.empty) return <p>{t("dashboard.noSessions")}</p>;
  const { sessions, report, query, data, options, filters } = page;
  // The report and the export carry every unit; the dashboard the first ones in the chosen order.
  const { shown: units, total: unitCount } = dashboardUnitRows(data.units);
  const timing = units.flatMap((u) => (u.avgDaysToReply === null ? [] : [{ name: u.name, days: u.avgDaysToReply }]));

  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-semibold">{t("dashboard.title")}</h1>
      <DashboardFilters
        sessions={toJsonText(sessionChoices(sessions))}
        options={toJsonText(options)}
        query={query}
        action="/dashboard"
        currentUnit={report.unit}
      />
      {filters && (
        <p className="text-sm" title={t(STAT_DEFINITIONS.filters)} data-testid="active-filters">
          {t("reports.filtered", { filters })}
        </p>
      )}
      <p className="rounded bg-white p-4 leading-7 shadow-sm" data-testid="summary">
        {buildSummaryText(data.stats, t)}
      </p>
      <KpiCards
        stats={data.stats}
        t={t}
        hrefs={{ total: suggestionsHref(query), closed: suggestionsHref(query, { status: "CLOSED" }), overdue: "#overdue-heading" }}
      />
      <CategoryTable stats={data.stats} t={t} />
      <ExportBar query={query} t={t} />
      <UnitTable rows={toJsonRecords(units)} query={query} sortPath="/dashboard" />
      {units.length < unitCount && (
        <p className="text-sm" data-testid="units-more">
          {t("dashboard.unitTable.more", { shown: units.length, total: unitCount })}{" "}
          <RecordLink href={withQuery("/reports", query)} className="text-brand-700 underline">
            {t("dashboard.unitTable.fullTable")}
          </RecordLink>
        </p>
      )}
      <Panel id="timing-heading" heading={t("dashboard.timing.heading")} definition={t("stats.definitions.unitTable.avgDaysToReply")}>
        <TimingChart items={toJsonText(timing)} />
      </Panel>
      <Panel id="trend-heading" heading={t("dashboard.trend.heading")} definition={t(STAT_DEFINITIONS.repliesPerWeek)}>
        <TrendChart weeks={toJsonText(data.weeks)} />
      </Panel>
      <div className="grid grid-cols-1 gap-6 xl:grid-cols-2">
        <GroupTable kind="field" rows={toJsonText(data.byField)} query={query} />
        <GroupTable kind="delegation" rows={toJsonText(data.byDelegation)} query={query} />
      </div>
      {data.keySuggestions && <KeySuggestionsPanel stats={data.keySuggestions} linkLeaders={isOffice(actor)} />}
      <OverdueList
        items={data.overdue.items}
        total={data.overdue.total}
        allHref={`/supervision?${new URLSearchParams({ session: query.session ?? "" })}`}
      />
      <p className="text-xs text-gray-600">{t(STAT_DEFINITIONS.filters)}</p>
    </div>
  );
}
