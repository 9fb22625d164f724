import "server-only";
// From the URL's parameters to the statistics filter (lib/stats StatsFilter) and the options of the
// filter form. The unit is chosen by code in the URL; the statistics take its id.
import { db } from "@/lib/db";
import type { StatsInput } from "@/lib/stats/filters";
import { cachedStat, type Queryer } from "@/lib/stats/cache";
import type { ReportQuery } from "./report-query";

export interface ReportSession {
  code: string;
  name: string;
}

export interface ResolvedReport<S extends ReportSession = ReportSession> {
  session: S;
  /** With the session's id: the statistics do not look its code up again. */
  filter: StatsInput;
  /** The filtering unit when the URL names one that exists. */
  unit: { id: string; code: string; name: string } | null;
  /** The query with the session filled in and an unknown unit left out. */
  query: ReportQuery;
}

/** The session asked for, else the most recent one; null when there is none at all. */
export async function resolveReport<S extends ReportSession & { id: string }>(
  query: ReportQuery,
  sessions: S[],
): Promise<ResolvedReport<S> | null> {
  const session = sessions.find((s) => s.code === query.session) ?? (query.session ? undefined : sessions[0]);
  if (!session) return null;
  const unit = query.unit ? await db.unit.findUnique({ where: { code: query.unit }, select: { id: true, code: true, name: true } }) : null;
  const filter: StatsInput = {
    session: session.code,
    sessionId: session.id,
    ...(unit ? { unitId: unit.id } : {}),
    ...(query.unitKind ? { unitKind: query.unitKind } : {}),
    ...(query.field ? { field: query.field } : {}),
    ...(query.delegation ? { delegation: query.delegation } : {}),
  };
  return { session, filter, unit, query: { ...query, session: session.code, unit: unit?.code } };
}

export interface FilterOptions {
  /** By kind, then code; the kind itself is not sent (the form does not show it). */
  units: { code: string; name: string }[];
  fields: string[];
  delegations: string[];
}

/**
 * Units, fields and delegations to choose from: those that occur in the session (by id, as the page's list of
 * sessions has it). Kept in the statistics cache (per session, until a write to it or to units and deputies): at
 * 10,000 suggestions a session they cost ~0.3 s.
 */
export function listFilterOptions(sessionId: string): Promise<FilterOptions> {
  return cachedStat({ sessionId }, "filter-options-v2", (q) => computeFilterOptions(sessionId, q));
}

async function computeFilterOptions(sessionId: string, q: Queryer): Promise<FilterOptions> {
  const units = await q.$queryRaw<FilterOptions["units"]>`
    SELECT u.code, u.name FROM "Unit" u
    WHERE u.id IN (SELECT a."unitId" FROM "Assignment" a JOIN "Suggestion" s ON s.id = a."suggestionId"
      WHERE a.state = 'ACTIVE' AND s."sessionId" = ${sessionId})
    ORDER BY u.kind, u.code`;
  const groups = await q.$queryRaw<{ field: string | null; delegation: string | null }[]>`
    SELECT DISTINCT s.field, NULL AS delegation FROM "Suggestion" s WHERE s."sessionId" = ${sessionId}
    UNION
    SELECT DISTINCT NULL, d.delegation FROM "Suggestion" s JOIN "Deputy" d ON d.id = s."leadDeputyId" WHERE s."sessionId" = ${sessionId}`;
  const collator = new Intl.Collator("zh-CN");
  const pick = (key: "field" | "delegation") => groups.flatMap((g) => (g[key] ? [g[key]] : [])).sort(collator.compare);
  return { units, fields: pick("field"), delegations: pick("delegation") };
}
