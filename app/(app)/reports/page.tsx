import Link from "next/link";
import { requireActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { toJsonRecords, toJsonText } from "@/lib/json-text";
import { canSeeStatistics } from "@/lib/permissions/roles";
import { loadStatsPage, type SearchParams } from "@/lib/reports/stats-page";
import { formatDateTime } from "@/lib/format";
import { STAT_DEFINITIONS } from "@/lib/stats/definitions";
import { buildSummaryText } from "@/lib/stats/summary-text";
import { PrintButton } from "@/components/ui/print-button";
import { DashboardFilters } from "@/components/dashboard/filters";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { CategoryTable } from "@/components/dashboard/category-table";
import { UnitTable } from "@/components/dashboard/unit-table";
import { GroupTable } from "@/components/dashboard/group-table";
import { Panel } from "@/components/dashboard/section";
import { TrendChart } from "@/components/dashboard/trend-chart";
import { sessionChoices, withQuery } from "@/components/dashboard/links";
import { ReportDefinitions } from "@/components/dashboard/report-definitions";

/** A4 landscape: the handling table has fourteen columns. */
const PAGE_CSS = "@page { size: A4 landscape; margin: 12mm; }";

export async function generateMetadata() {
  return { title: (await getT())("reports.title") };
}

/** The printable report: the summary paragraph, the headline figures, the outcome chart, the handling table, the trend. */
export default async function ReportPage({ searchParams }: { searchParams: SearchParams }) {
  const actor = await requireActor(canSeeStatistics);
  const page = await loadStatsPage(actor, searchParams, { overdueLimit: 1 });
  const { t } = page;
  if (page.empty) return <p>{t("dashboard.noSessions")}</p>;
  const { sessions, report, query, data, options, filters } = page;

  return (
    <article className="space-y-6 print:space-y-4" data-testid="report">
      <style>{PAGE_CSS}</style>
      <div className="no-print flex flex-wrap items-center gap-4">
        <PrintButton label={t("reports.print")} />
        <Link href={withQuery("/dashboard", query)} className="text-sm text-brand-700 underline">
          {t("reports.backToDashboard")}
        </Link>
      </div>
      <DashboardFilters
        sessions={toJsonText(sessionChoices(sessions))}
        options={toJsonText(options)}
        query={query}
        action="/reports"
        currentUnit={report.unit}
      />
      <header>
        <h1 className="text-2xl font-semibold">{t("reports.heading", { session: report.session.name })}</h1>
        <p className="text-sm text-gray-700">{t("reports.asOf", { date: formatDateTime(data.now) })}</p>
        {filters && (
          <p className="text-sm" data-testid="active-filters">
            {t("reports.filtered", { filters })}
          </p>
        )}
      </header>
      <Panel id="report-summary" heading={t("reports.sections.summary")}>
        <p className="leading-8" data-testid="summary">
          {buildSummaryText(data.stats, t)}
        </p>
      </Panel>
      <KpiCards stats={data.stats} t={t} />
      <CategoryTable stats={data.stats} t={t} />
      <div className="print:break-before-page">
        <UnitTable rows={toJsonRecords(data.units)} query={query} />
      </div>
      <Panel id="trend-heading" heading={t("dashboard.trend.heading")} definition={t(STAT_DEFINITIONS.repliesPerWeek)}>
        <TrendChart weeks={toJsonText(data.weeks)} />
      </Panel>
      <GroupTable kind="field" rows={toJsonText(data.byField)} query={query} />
      <ReportDefinitions t={t} />
    </article>
  );
}
