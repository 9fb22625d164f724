import "server-only";
// Everything the dashboard and the report page show for one filter, fetched in parallel from the
// statistics module (lib/stats) — pages never compute a figure themselves.
import { getByDelegation, getByField, getOverdueList, getRepliesPerWeek } from "@/lib/stats/breakdowns";
import type { StatsInput } from "@/lib/stats/filters";
import { getSessionStats } from "@/lib/stats/summary";
import { getUnitTable } from "@/lib/stats/unit-table";
import { getKeySuggestionStats } from "@/lib/stats/key-suggestions";
import type { Actor } from "@/lib/auth/user";
import { assertStatsReader } from "./context";
import type { UnitSort } from "./report-query";
import { sortUnitRows } from "./unit-sort";

/** The dashboard shows the longest overdue first and links to the supervision page, which pages through all of them. */
export const OVERDUE_LIST_LIMIT = 20;

/** Statistics readers only (a 404 DomainError for anyone else), whoever calls it. */
export async function loadDashboard(
  actor: Actor,
  filter: StatsInput,
  options: { sort?: UnitSort; now?: Date; overdueLimit?: number; keySuggestions?: boolean } = {},
) {
  assertStatsReader(actor);
  const now = options.now ?? new Date();
  // All at once: their kept values are read in one statement (lib/stats/cache-reads.ts).
  const [stats, unitRows, byField, byDelegation, weeks, overdue, keySuggestions] = await Promise.all([
    getSessionStats(filter, now),
    getUnitTable(filter, now),
    getByField(filter, now),
    getByDelegation(filter, now),
    getRepliesPerWeek(filter, now),
    getOverdueList(filter, now, { limit: options.overdueLimit ?? OVERDUE_LIST_LIMIT }),
    options.keySuggestions ? getKeySuggestionStats(filter, now) : null,
  ]);
  return { now, stats, units: sortUnitRows(unitRows, options.sort), byField, byDelegation, weeks, overdue, keySuggestions };
}

export type DashboardData = Awaited<ReturnType<typeof loadDashboard>>;
