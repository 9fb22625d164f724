import "server-only";
// From the URL's parameters to the statistics filter (lib/stats StatsFilter) and the options of the
// filter form. The unit is chosen by code in the URL; the statistics take its id.
import { db } from "@/lib/db";
import type { UnitKind } from "@/lib/generated/prisma/enums";
import type { StatsFilter } from "@/lib/stats/filters";
import type { ReportQuery } from "./report-query";

export interface ReportSession {
  code: string;
  name: string;
}

export interface ResolvedReport {
  session: ReportSession;
  filter: StatsFilter;
  /** The filtering unit when the URL names one that exists. */
  unit: { id: string; code: string; name: string } | null;
  /** The query with the session filled in and an unknown unit left out. */
  query: ReportQuery;
}

/** The session asked for, else the most recent one; null when there is none at all. */
export async function resolveReport(query: ReportQuery, sessions: ReportSession[]): Promise<ResolvedReport | null> {
  const session = sessions.find((s) => s.code === query.session) ?? (query.session ? undefined : sessions[0]);
  if (!session) return null;
  const unit = query.unit ? await db.unit.findUnique({ where: { code: query.unit }, select: { id: true, code: true, name: true } }) : null;
  const filter: StatsFilter = {
    session: session.code,
    ...(unit ? { unitId: unit.id } : {}),
    ...(query.unitKind ? { unitKind: query.unitKind } : {}),
    ...(query.field ? { field: query.field } : {}),
    ...(query.delegation ? { delegation: query.delegation } : {}),
  };
  return { session, filter, unit, query: { ...query, session: session.code, unit: unit?.code } };
}

export interface FilterOptions {
  units: { code: string; name: string; kind: UnitKind }[];
  fields: string[];
  delegations: string[];
}

/** Units, fields and delegations to choose from: those that occur in the session (two small queries). */
export async function listFilterOptions(sessionCode: string): Promise<FilterOptions> {
  const [units, groups] = await Promise.all([
    db.unit.findMany({
      where: { assignments: { some: { state: "ACTIVE", suggestion: { session: { code: sessionCode } } } } },
      select: { code: true, name: true, kind: true },
      orderBy: [{ kind: "asc" }, { code: "asc" }],
    }),
    db.$queryRaw<{ field: string | null; delegation: string | null }[]>`
      SELECT DISTINCT s.field, NULL AS delegation FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId"
        WHERE se.code = ${sessionCode}
      UNION
      SELECT DISTINCT NULL, d.delegation FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId"
        JOIN "Deputy" d ON d.id = s."leadDeputyId" WHERE se.code = ${sessionCode}`,
  ]);
  const collator = new Intl.Collator("zh-CN");
  const pick = (key: "field" | "delegation") => groups.flatMap((g) => (g[key] ? [g[key]] : [])).sort(collator.compare);
  return { units, fields: pick("field"), delegations: pick("delegation") };
}
