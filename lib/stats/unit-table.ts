import "server-only";
// The per-unit handling table (办理情况表, SPEC §4): one row per unit with an active assignment among the
// counted suggestions. One SQL statement, grouped per unit; kept per session and China day (./cache.ts: its
// overdue columns change only when a day begins).
import { Prisma } from "@/lib/generated/prisma/client";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import { todayInChina } from "@/lib/dates/china-date";
import { cacheKey, cachedStat, type Queryer } from "./cache";
import type { ResolvedFilter, StatsInput } from "./filters";
import { rateOf } from "./percentages";
import { resolveFilter, statsQuery, type CategoryCode } from "./sql";

export interface UnitRow {
  unitId: string;
  code: string;
  name: string;
  kind: UnitKind;
  /** Suggestions this unit leads (active lead assignment). */
  lead: number;
  /** Suggestions this unit co-handles (active co assignment). */
  co: number;
  /** Led suggestions with a signed reply. */
  replied: number;
  /** First signed replies per round by this unit, and how many of them were signed by their due date. */
  signed: number;
  onTime: number;
  /** Fraction (3 decimals) of onTime in signed; null if none signed. */
  onTimeRate: number | null;
  /** Lead replies and co opinions now past due (overdueLead + overdueCo). */
  overdue: number;
  overdueLead: number;
  overdueCo: number;
  /** Outcome categories of the replied suggestions it leads. */
  categories: Record<CategoryCode, number>;
  /** Latest feedback of the suggestions it leads. */
  feedback: number;
  /** Fraction (3 decimals) of satisfied + basically satisfied in feedback; null without feedback. */
  satisfactionRate: number | null;
  /** Mean days from assignment to the first signed reply (first round); null if none. */
  avgDaysToReply: number | null;
}

interface Row {
  unit_id: string;
  code: string;
  name: string;
  kind: UnitKind;
  lead: number;
  co: number;
  replied: number;
  a: number;
  b: number;
  c: number;
  d: number;
  signed: number;
  on_time: number;
  overdue_lead: number;
  overdue_co: number;
  feedback: number;
  satisfied: number;
  avg_days: number | null;
}

const SELECT = Prisma.sql`,
per_unit AS (
  SELECT asg."unitId", count(*) FILTER (WHERE asg.role = 'LEAD')::int AS lead,
         count(*) FILTER (WHERE asg.role = 'CO')::int AS co
  FROM asg GROUP BY asg."unitId"
),
lead_outcome AS (
  SELECT asg."unitId", count(*)::int AS replied,
    count(*) FILTER (WHERE o.category = 'A')::int AS a, count(*) FILTER (WHERE o.category = 'B')::int AS b,
    count(*) FILTER (WHERE o.category = 'C')::int AS c, count(*) FILTER (WHERE o.category = 'D')::int AS d
  FROM outcome o JOIN asg ON asg."suggestionId" = o."suggestionId" AND asg.role = 'LEAD'
  GROUP BY asg."unitId"
),
unit_timed AS (
  SELECT t."unitId", count(*)::int AS signed, count(*) FILTER (WHERE t.on_time)::int AS on_time,
    (avg(EXTRACT(EPOCH FROM (t."signedAt" - t."assignedAt"))) FILTER (WHERE t.round = 1) / 86400)::float8 AS avg_days
  FROM timed t GROUP BY t."unitId"
),
unit_overdue AS (
  SELECT x."unitId", count(*) FILTER (WHERE x.role = 'LEAD')::int AS overdue_lead,
         count(*) FILTER (WHERE x.role = 'CO')::int AS overdue_co
  FROM (SELECT "unitId", role FROM overdue_lead UNION ALL SELECT "unitId", role FROM overdue_co) x
  GROUP BY x."unitId"
),
unit_feedback AS (
  SELECT asg."unitId", count(*)::int AS feedback,
    count(*) FILTER (WHERE f.rating IN ('SATISFIED', 'BASICALLY_SATISFIED'))::int AS satisfied
  FROM latest_feedback f JOIN asg ON asg."suggestionId" = f."suggestionId" AND asg.role = 'LEAD'
  GROUP BY asg."unitId"
)
SELECT un.id AS unit_id, un.code, un.name, un.kind::text AS kind, p.lead, p.co,
  COALESCE(lo.replied, 0) AS replied, COALESCE(lo.a, 0) AS a, COALESCE(lo.b, 0) AS b,
  COALESCE(lo.c, 0) AS c, COALESCE(lo.d, 0) AS d,
  COALESCE(ut.signed, 0) AS signed, COALESCE(ut.on_time, 0) AS on_time, ut.avg_days,
  COALESCE(uo.overdue_lead, 0) AS overdue_lead, COALESCE(uo.overdue_co, 0) AS overdue_co,
  COALESCE(uf.feedback, 0) AS feedback, COALESCE(uf.satisfied, 0) AS satisfied
FROM per_unit p
JOIN "Unit" un ON un.id = p."unitId"
LEFT JOIN lead_outcome lo ON lo."unitId" = p."unitId"
LEFT JOIN unit_timed ut ON ut."unitId" = p."unitId"
LEFT JOIN unit_overdue uo ON uo."unitId" = p."unitId"
LEFT JOIN unit_feedback uf ON uf."unitId" = p."unitId"
ORDER BY CASE un.kind WHEN 'DEPARTMENT' THEN 0 WHEN 'CITY' THEN 1 ELSE 2 END, un.code`;

/** The per-unit handling table of a session (SPEC §4), ordered departments, cities, others, then by code. */
export async function getUnitTable(filter: StatsInput, now: Date = new Date()): Promise<UnitRow[]> {
  const resolved = await resolveFilter(filter);
  return cachedStat(resolved, cacheKey("units", resolved, { day: todayInChina(now) }), (q) => computeUnitTable(resolved, now, q));
}

async function computeUnitTable(resolved: ResolvedFilter, now: Date, q: Queryer): Promise<UnitRow[]> {
  const rows = await statsQuery<Row>(resolved, now, SELECT, q);
  return rows.map((r) => ({
    unitId: r.unit_id,
    code: r.code,
    name: r.name,
    kind: r.kind,
    lead: r.lead,
    co: r.co,
    replied: r.replied,
    signed: r.signed,
    onTime: r.on_time,
    onTimeRate: rateOf(r.on_time, r.signed),
    overdue: r.overdue_lead + r.overdue_co,
    overdueLead: r.overdue_lead,
    overdueCo: r.overdue_co,
    categories: { A: r.a, B: r.b, C: r.c, D: r.d },
    feedback: r.feedback,
    satisfactionRate: rateOf(r.satisfied, r.feedback),
    avgDaysToReply: r.avg_days === null ? null : Math.round(r.avg_days * 10) / 10,
  }));
}
