// The one filter every statistic of SPEC §4 takes: a session (by code), optionally narrowed to a unit,
// a kind of unit, a field or a delegation. Shared by the dashboard, reports, exports and GET /api/v1/stats.
import { z } from "zod";
import { Prisma } from "@/lib/generated/prisma/client";
import { UnitKind } from "@/lib/generated/prisma/enums";
import { statusInSql, UNCOUNTED_STATUSES } from "@/lib/workflow/states";

const text = z.string().trim().min(1).max(100);

export const StatsFilter = z.object({
  /** Session code, e.g. "13-5". */
  session: text.meta({ description: "会议代码，如 13-5" }),
  /** Only suggestions on which this unit (id) has an active assignment (lead or co). */
  unitId: text.optional().meta({ description: "承办单位 id：仅统计该单位有交办（主办或会办）的建议" }),
  /** Only suggestions with an active assignment to a unit of this kind. */
  unitKind: z.enum(UnitKind).optional().meta({ description: "单位类型：仅统计有该类单位交办的建议" }),
  /** Suggestion field (领域), exact match. */
  field: text.optional().meta({ description: "领域" }),
  /** The lead deputy's delegation (代表团), exact match. */
  delegation: text.optional().meta({ description: "领衔代表所在代表团" }),
});
export type StatsFilter = z.infer<typeof StatsFilter>;

/**
 * What the statistics take: a filter as above, and the session's id when the caller has read the session row
 * already (the statistics pages hold the list of sessions), which spares looking the code up again. Only code
 * that read the row sets it: the API's and the forms' schemas strip it from what comes from outside.
 */
export type StatsInput = StatsFilter & { sessionId?: string };

/** A filter whose session code has been resolved to the session row. */
export interface ResolvedFilter extends Omit<StatsFilter, "session"> {
  sessionId: string;
}

/**
 * The WHERE clause (on "Suggestion" sg JOIN "Deputy" d ON d.id = sg."leadDeputyId") that selects the
 * suggestions counted: the session's, never the withdrawn ones nor those found not a suggestion, narrowed by the optional filters.
 */
export function suggestionWhere(filter: ResolvedFilter): Prisma.Sql {
  const parts: Prisma.Sql[] = [
    Prisma.sql`sg."sessionId" = ${filter.sessionId}`,
    Prisma.sql`NOT ${statusInSql(Prisma.sql`sg.status`, UNCOUNTED_STATUSES)}`,
  ];
  if (filter.unitId) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" fa WHERE fa."suggestionId" = sg.id
      AND fa."unitId" = ${filter.unitId} AND fa.state = 'ACTIVE')`);
  }
  if (filter.unitKind) {
    parts.push(Prisma.sql`EXISTS (SELECT 1 FROM "Assignment" fa JOIN "Unit" fu ON fu.id = fa."unitId"
      WHERE fa."suggestionId" = sg.id AND fa.state = 'ACTIVE' AND fu.kind::text = ${filter.unitKind})`);
  }
  if (filter.field) parts.push(Prisma.sql`sg.field = ${filter.field}`);
  if (filter.delegation) parts.push(Prisma.sql`d.delegation = ${filter.delegation}`);
  return Prisma.join(parts, " AND ");
}
