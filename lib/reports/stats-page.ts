import "server-only";
// What the dashboard and the printable report both start from: a statistics reader (others get 404), the
// sessions, the report filter from the URL, the dashboard's data and the filter options.
import { notFound } from "next/navigation";
import type { Actor } from "@/lib/auth/user";
import { listSessions } from "@/lib/data/sessions";
import { getT } from "@/lib/i18n/server";
import { canSeeStatistics } from "@/lib/permissions/roles";
import { loadDashboard } from "./dashboard-data";
import { describeFilters } from "./describe-filters";
import { listFilterOptions, resolveReport } from "./report-filter";
import { parseReportQuery } from "./report-query";

export type SearchParams = Promise<Record<string, string | string[] | undefined>>;

/**
 * Units the dashboard's handling table and timing chart show, in the chosen order: every unit of a province
 * (53 in Jilin) and the first 60 of a bigger list, whose whole table is in the report and the export. A million
 * suggestions over 1,500 units made the dashboard 558 kB, most of it those rows and their chart.
 */
export const DASHBOARD_UNIT_ROWS = 60;

/** The rows the dashboard shows of the sorted unit table: the first DASHBOARD_UNIT_ROWS, in their order. */
export function dashboardUnitRows<T>(rows: T[]): { shown: T[]; total: number } {
  return { shown: rows.slice(0, DASHBOARD_UNIT_ROWS), total: rows.length };
}

export async function loadStatsPage(
  actor: Actor,
  searchParams: SearchParams,
  options: { overdueLimit?: number; keySuggestions?: boolean } = {},
) {
  if (!canSeeStatistics(actor)) notFound();
  const t = await getT();
  const sessions = await listSessions();
  if (sessions.length === 0) return { t, empty: true as const };
  const report = await resolveReport(parseReportQuery(await searchParams), sessions);
  if (!report) notFound();
  const { query, filter } = report;
  const [data, filterOptions] = await Promise.all([
    loadDashboard(actor, filter, { ...options, sort: query.sort }),
    listFilterOptions(report.session.id),
  ]);
  const filters = describeFilters(query, report.unit?.name ?? null, t);
  return { t, empty: false as const, sessions, report, query, filter, data, options: filterOptions, filters };
}
