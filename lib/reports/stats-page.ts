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

export async function loadStatsPage(actor: Actor, searchParams: SearchParams, options: { overdueLimit?: number } = {}) {
  if (!canSeeStatistics(actor)) notFound();
  const t = await getT();
  const sessions = await listSessions();
  if (sessions.length === 0) return { t, empty: true as const };
  const report = await resolveReport(parseReportQuery(await searchParams), sessions);
  if (!report) notFound();
  const { query, filter } = report;
  const [data, filterOptions] = await Promise.all([
    loadDashboard(actor, filter, { sort: query.sort, ...(options.overdueLimit ? { overdueLimit: options.overdueLimit } : {}) }),
    listFilterOptions(report.session.code),
  ]);
  const filters = describeFilters(query, report.unit?.name ?? null, t);
  return { t, empty: false as const, sessions, report, query, filter, data, options: filterOptions, filters };
}
