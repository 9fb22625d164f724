import "server-only";
// Breakdowns of a session (SPEC §4): by field, by the lead deputy's delegation, signed replies per ISO
// week (the trend), and the list of what is overdue now. Each is kept per session and China day (./cache.ts):
// their only dependence on the time is which China day it is.
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentRole, SuggestionStatus, UnitKind } from "@/lib/generated/prisma/enums";
import { daysOverdueSql } from "./due";
import { todayInChina } from "@/lib/dates/china-date";
import { cacheKey, cachedStat } from "./cache";
import type { StatsInput } from "./filters";
import { percentagesOf } from "./percentages";
import { inS, resolveFilter, statsQuery, STATS_TIME_ZONE, type CategoryCode } from "./sql";

export interface GroupRow {
  /** The field (领域) or the delegation (代表团). */
  key: string;
  total: number;
  assigned: number;
  replied: number;
  closed: number;
  overdue: number;
  categories: Record<CategoryCode, { count: number; percent: number }>;
}

interface GroupSqlRow {
  key: string;
  total: number;
  assigned: number;
  replied: number;
  closed: number;
  overdue: number;
  a: number;
  b: number;
  c: number;
  d: number;
}

function groupSelect(column: "field" | "delegation") {
  return Prisma.sql`SELECT s.${Prisma.raw(column)} AS key, count(*)::int AS total,
    count(asd."suggestionId")::int AS assigned, count(o."suggestionId")::int AS replied,
    count(*) FILTER (WHERE s.status = 'CLOSED')::int AS closed,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM overdue_lead ol WHERE ol."suggestionId" = s.id))::int AS overdue,
    count(*) FILTER (WHERE o.category = 'A')::int AS a, count(*) FILTER (WHERE o.category = 'B')::int AS b,
    count(*) FILTER (WHERE o.category = 'C')::int AS c, count(*) FILTER (WHERE o.category = 'D')::int AS d
  FROM s LEFT JOIN assigned asd ON asd."suggestionId" = s.id LEFT JOIN outcome o ON o."suggestionId" = s.id
  GROUP BY 1 ORDER BY total DESC, key`;
}

async function groupBy(column: "field" | "delegation", filter: StatsInput, now: Date): Promise<GroupRow[]> {
  const resolved = await resolveFilter(filter);
  const key = cacheKey(`by-${column}`, resolved, { day: todayInChina(now) });
  const rows = await cachedStat(resolved, key, (q) => statsQuery<GroupSqlRow>(resolved, now, groupSelect(column), q));
  return rows.map(({ a, b, c, d, ...rest }) => {
    const counts = { A: a, B: b, C: c, D: d };
    const percents = percentagesOf(counts);
    const categories = Object.fromEntries(
      (Object.keys(counts) as CategoryCode[]).map((k) => [k, { count: counts[k], percent: percents[k] }]),
    ) as GroupRow["categories"];
    return { ...rest, categories };
  });
}

/** Counts per field (领域), largest first; category percentages are of the field's replied suggestions. */
export const getByField = (filter: StatsInput, now: Date = new Date()) => groupBy("field", filter, now);
/** Counts per lead deputy's delegation (代表团), largest first. */
export const getByDelegation = (filter: StatsInput, now: Date = new Date()) => groupBy("delegation", filter, now);

export interface WeekRow {
  /** ISO week, e.g. "2022-W14". */
  week: string;
  /** Its Monday (China Standard Time), "YYYY-MM-DD". */
  weekStart: string;
  /** Replies signed that week (every round's). */
  signed: number;
  /** Signed replies up to the end of that week. */
  cumulative: number;
}

/** Signed replies per ISO week (Monday to Sunday, China Standard Time), weeks without replies left out. */
export async function getRepliesPerWeek(filter: StatsInput, now: Date = new Date()): Promise<WeekRow[]> {
  const local = Prisma.sql`((r."signedAt" AT TIME ZONE 'UTC') AT TIME ZONE ${Prisma.raw(`'${STATS_TIME_ZONE}'`)})`;
  const resolved = await resolveFilter(filter);
  // Weeks do not depend on the time at all: only writes change them.
  return cachedStat(resolved, cacheKey("weeks", resolved), (q) =>
    statsQuery<WeekRow>(
      resolved,
      now,
      Prisma.sql`
    SELECT to_char(w.monday, 'IYYY-"W"IW') AS week, to_char(w.monday, 'YYYY-MM-DD') AS "weekStart",
      w.signed, (sum(w.signed) OVER (ORDER BY w.monday))::int AS cumulative
    FROM (SELECT date_trunc('week', ${local}) AS monday, count(*)::int AS signed
          FROM "Reply" r WHERE ${inS("r")} AND r.state = 'SIGNED' GROUP BY 1) w
    ORDER BY w.monday`,
      q,
    ),
  );
}

export interface OverdueRow {
  suggestionId: string;
  number: string;
  title: string;
  status: SuggestionStatus;
  /** LEAD: the signed reply is late; CO: the co-handling opinion is late. */
  role: AssignmentRole;
  unitId: string;
  unitCode: string;
  unitName: string;
  unitKind: UnitKind;
  dueAt: Date;
  /** China calendar days since the due day (1 on the first overdue day). */
  daysOverdue: number;
}

/** What is overdue now (lead replies and co opinions), the longest overdue first; `offset` rows skipped for a later page. */
export async function getOverdueList(
  filter: StatsInput,
  now: Date = new Date(),
  options: { limit?: number; offset?: number } = {},
): Promise<{ items: OverdueRow[]; total: number }> {
  const limit = Math.min(Math.max(options.limit ?? 100, 1), 1000);
  const offset = Math.max(Math.floor(options.offset ?? 0), 0);
  const resolved = await resolveFilter(filter);
  const key = cacheKey("overdue", resolved, { day: todayInChina(now), limit, ...(offset ? { offset } : {}) });
  const rows = await cachedStat(
    resolved,
    key,
    (q) =>
      statsQuery<OverdueRow & { total: number }>(
        resolved,
        now,
        Prisma.sql`
    SELECT x."suggestionId", s.number, s.title, s.status::text AS status, x.role,
      un.id AS "unitId", un.code AS "unitCode", un.name AS "unitName", un.kind::text AS "unitKind", x."dueAt",
      ${daysOverdueSql(Prisma.sql`x."dueAt"`, now)}::int AS "daysOverdue",
      (count(*) OVER ())::int AS total
    FROM (SELECT * FROM overdue_lead UNION ALL SELECT * FROM overdue_co) x
    JOIN s ON s.id = x."suggestionId" JOIN "Unit" un ON un.id = x."unitId"
    ORDER BY x."dueAt", s.number, x.role DESC
    LIMIT ${limit} OFFSET ${offset}`,
        q,
      ),
    (json) => (json as (OverdueRow & { total: number })[]).map((r) => ({ ...r, dueAt: new Date(r.dueAt) })),
  );
  // The total rides on each row, so a page past the end has none: the first row says it.
  if (rows.length === 0 && offset > 0) return { items: [], total: (await getOverdueList(filter, now, { limit: 1 })).total };
  const total = rows[0]?.total ?? 0;
  return { items: rows.map(({ total: _total, ...row }) => row), total };
}
