import "server-only";
// Key suggestions led by provincial leaders (领导领办) in a session's figures: how many, by leader, how far
// along (in handling, replied, closed), how many overdue (lib/stats/due.ts through the overdue_lead CTE) and
// how many the lead unit has reported on. Kept per session and China day like the other panels (./cache.ts).
import { todayInChina } from "@/lib/dates/china-date";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { HANDLING_STATUSES, statusInSql } from "@/lib/workflow/states";
import { cacheKey, cachedStat } from "./cache";
import type { StatsInput } from "./filters";
import { resolveFilter, statsQuery } from "./sql";

export interface KeyFigures {
  total: number;
  handling: number;
  replied: number;
  closed: number;
  overdue: number;
  /** With at least one progress report (汇报). */
  reported: number;
}
export interface KeyLeaderRow extends KeyFigures {
  leaderId: string;
  leaderName: string;
}
export interface KeySuggestionStats extends KeyFigures {
  byLeader: KeyLeaderRow[];
}

const select = Prisma.sql`SELECT k."keyLeaderId" AS "leaderId", count(*)::int AS total,
    count(*) FILTER (WHERE ${statusInSql(Prisma.sql`s.status`, HANDLING_STATUSES)})::int AS handling,
    count(o."suggestionId")::int AS replied,
    count(*) FILTER (WHERE s.status = 'CLOSED')::int AS closed,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM overdue_lead ol WHERE ol."suggestionId" = s.id))::int AS overdue,
    count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "KeyProgressReport" p WHERE p."suggestionId" = s.id))::int AS reported
  FROM s JOIN "Suggestion" k ON k.id = s.id AND k.key AND k."keyLeaderId" IS NOT NULL
  LEFT JOIN outcome o ON o."suggestionId" = s.id
  GROUP BY 1`;

/** The key suggestions of the filter's session (not withdrawn, narrowed like every other figure), by leader. */
export async function getKeySuggestionStats(filter: StatsInput, now: Date = new Date()): Promise<KeySuggestionStats> {
  const resolved = await resolveFilter(filter);
  const key = cacheKey("key-suggestions", resolved, { day: todayInChina(now) });
  const rows = await cachedStat(resolved, key, (q) => statsQuery<Omit<KeyLeaderRow, "leaderName">>(resolved, now, select, q));
  // Names are read fresh: a renamed leader is not a change of the session's figures. No leader, no statement.
  const leaders = rows.length
    ? await db.user.findMany({ where: { id: { in: rows.map((r) => r.leaderId) } }, select: { id: true, name: true } })
    : [];
  const names = new Map(leaders.map((u) => [u.id, u.name]));
  const byLeader = rows
    .map((r) => ({ ...r, leaderName: names.get(r.leaderId) ?? "" }))
    .sort((a, b) => b.total - a.total || a.leaderName.localeCompare(b.leaderName, "zh-CN"));
  const sum = (f: keyof KeyFigures) => byLeader.reduce((n, r) => n + r[f], 0);
  return {
    total: sum("total"),
    handling: sum("handling"),
    replied: sum("replied"),
    closed: sum("closed"),
    overdue: sum("overdue"),
    reported: sum("reported"),
    byLeader,
  };
}
