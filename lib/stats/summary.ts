import "server-only";
// The headline figures of a session (SPEC §4), the same for the dashboard, reports, exports and
// GET /api/v1/stats. One SQL statement counts every figure from the rows; getSessionStats keeps its result
// per session in PostgreSQL (./cache.ts) and computes the time-dependent one, overdue, at read time from
// the stored due days, so a cached answer equals a fresh one at every moment.
import { Prisma } from "@/lib/generated/prisma/client";
import { startOfChinaDay } from "@/lib/dates/china-date";
import { cacheKey, cachedStat, type Queryer } from "./cache";
import { AWAITING_REPLY_SQL } from "./due";
import type { ResolvedFilter, StatsInput } from "./filters";
import { percentagesOf, rateOf } from "./percentages";
import { CATEGORIES, resolveFilter, statsQuery, type CategoryCode } from "./sql";

export interface CategoryShare {
  count: number;
  /** 100 × count / replied, one decimal, largest-remainder rounded: A+B+C+D = 100.0 (or all 0.0). */
  percent: number;
}

export interface SessionStats {
  total: number;
  assigned: number;
  replied: number;
  closed: number;
  overdue: number;
  units: { total: number; departments: number; cities: number };
  categories: Record<CategoryCode, CategoryShare>;
  /** rate: fraction (3 decimals) of satisfied + basically satisfied in the feedback counted; null without feedback. */
  satisfaction: { satisfied: number; basicallySatisfied: number; dissatisfied: number; rate: number | null };
  /** Fraction (3 decimals, i.e. a one-decimal percentage) of the first signed replies of each round signed by their due date; null if none. */
  onTimeRate: number | null;
  /** Fraction (3 decimals) of replied in assigned; null if nothing is assigned. */
  replyRate: number | null;
}

interface Row {
  total: number;
  assigned: number;
  replied: number;
  closed: number;
  overdue: number;
  units_total: number;
  units_departments: number;
  units_cities: number;
  a: number;
  b: number;
  c: number;
  d: number;
  satisfied: number;
  basically_satisfied: number;
  dissatisfied: number;
  signed: number;
  on_time: number;
}

const SELECT = Prisma.sql`SELECT
  (SELECT count(*)::int FROM s) AS total,
  (SELECT count(*)::int FROM assigned) AS assigned,
  (SELECT count(*)::int FROM latest_reply) AS replied,
  (SELECT count(*)::int FROM s WHERE s.status = 'CLOSED') AS closed,
  (SELECT count(DISTINCT "suggestionId")::int FROM overdue_lead) AS overdue,
  u.units_total, u.units_departments, u.units_cities,
  o.a, o.b, o.c, o.d,
  f.satisfied, f.basically_satisfied, f.dissatisfied,
  t.signed, t.on_time
FROM
  (SELECT count(DISTINCT un.id)::int AS units_total,
          count(DISTINCT un.id) FILTER (WHERE un.kind = 'DEPARTMENT')::int AS units_departments,
          count(DISTINCT un.id) FILTER (WHERE un.kind = 'CITY')::int AS units_cities
     FROM asg JOIN "Unit" un ON un.id = asg."unitId") u,
  (SELECT count(*) FILTER (WHERE category = 'A')::int AS a, count(*) FILTER (WHERE category = 'B')::int AS b,
          count(*) FILTER (WHERE category = 'C')::int AS c, count(*) FILTER (WHERE category = 'D')::int AS d
     FROM outcome) o,
  (SELECT count(*) FILTER (WHERE rating = 'SATISFIED')::int AS satisfied,
          count(*) FILTER (WHERE rating = 'BASICALLY_SATISFIED')::int AS basically_satisfied,
          count(*) FILTER (WHERE rating = 'DISSATISFIED')::int AS dissatisfied
     FROM latest_feedback) f,
  (SELECT count(*)::int AS signed, count(*) FILTER (WHERE on_time)::int AS on_time FROM timed) t`;

/**
 * Per awaiting suggestion, the first instant at which its earliest active lead due date is past (the China
 * midnight after that due day), counted per instant: overdue at `now` = the counts at or before the start
 * of now's China day (the same test as pastDueSql).
 */
const OVERDUE_FROM = Prisma.sql`SELECT COALESCE(json_agg(json_build_object('from', x.from_ms, 'n', x.n)), '[]'::json) AS overdue_from
FROM (SELECT (extract(epoch FROM date_trunc('day', m.due + interval '8 hours') + interval '16 hours') * 1000)::bigint AS from_ms,
        count(*)::int AS n
      FROM (SELECT a."suggestionId", min(a."dueAt") AS due FROM asg a JOIN s ON s.id = a."suggestionId"
            WHERE a.role = 'LEAD' AND s.status IN ${AWAITING_REPLY_SQL} AND a."dueAt" IS NOT NULL GROUP BY 1) m
      GROUP BY 1) x`;

interface Cached {
  row: Omit<Row, "overdue">;
  overdueFrom: { from: number; n: number }[];
}

async function computeCached(resolved: ResolvedFilter, q: Queryer): Promise<Cached> {
  // `now` does not matter here: the overdue column is left out, and nothing else depends on the time.
  const now = new Date();
  const [[full], [buckets]] = [
    await statsQuery<Row>(resolved, now, SELECT, q),
    await statsQuery<{ overdue_from: Cached["overdueFrom"] }>(resolved, now, OVERDUE_FROM, q),
  ];
  // Cross joins of aggregates: always exactly one row each.
  if (!full || !buckets) throw new Error("the statistics query returned no row");
  const { overdue: _overdue, ...row } = full;
  const overdue_from = buckets.overdue_from;
  return { row, overdueFrom: overdue_from };
}

/** The headline statistics of a session, optionally filtered (SPEC §4). Unknown session → NOT_FOUND. */
export async function getSessionStats(filter: StatsInput, now: Date = new Date()): Promise<SessionStats> {
  const resolved = await resolveFilter(filter);
  const cached = await cachedStat(resolved, cacheKey("summary", resolved), (q) => computeCached(resolved, q));
  const dayStart = startOfChinaDay(now).getTime();
  const overdue = cached.overdueFrom.reduce((sum, b) => (b.from <= dayStart ? sum + b.n : sum), 0);
  return toStats({ ...cached.row, overdue });
}

/** The same figures computed from the rows now, without the cache: what the cache must always equal. */
export async function computeSessionStats(filter: StatsInput, now: Date = new Date()): Promise<SessionStats> {
  const [row] = await statsQuery<Row>(await resolveFilter(filter), now, SELECT);
  // A cross join of aggregates: always exactly one row.
  if (!row) throw new Error("the statistics query returned no row");
  return toStats(row);
}

function toStats(row: Row): SessionStats {
  const counts: Record<CategoryCode, number> = { A: row.a, B: row.b, C: row.c, D: row.d };
  const percents = percentagesOf(counts);
  const feedbackCount = row.satisfied + row.basically_satisfied + row.dissatisfied;
  return {
    total: row.total,
    assigned: row.assigned,
    replied: row.replied,
    closed: row.closed,
    overdue: row.overdue,
    units: { total: row.units_total, departments: row.units_departments, cities: row.units_cities },
    categories: Object.fromEntries(CATEGORIES.map((k) => [k, { count: counts[k], percent: percents[k] }])) as Record<
      CategoryCode,
      CategoryShare
    >,
    satisfaction: {
      satisfied: row.satisfied,
      basicallySatisfied: row.basically_satisfied,
      dissatisfied: row.dissatisfied,
      rate: rateOf(row.satisfied + row.basically_satisfied, feedbackCount),
    },
    onTimeRate: rateOf(row.on_time, row.signed),
    replyRate: rateOf(row.replied, row.assigned),
  };
}
