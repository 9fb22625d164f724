// Each worklist as one SQL query over the caller's own rows, in one shape: the suggestion (sid), when it started
// waiting (at, the order), the date it is due (due), the unit concerned (uid), what kind of item it is (kind)
// and the record it is about (ref: the reply, request or assignment). Counts and pages are built on these
// (lib/data/worklists.ts); the scope is in each query (a unit's own rows, a deputy's own), and the loader adds
// suggestionScopeSql on top.
import type { Actor } from "@/lib/auth/user";
import { Prisma } from "@/lib/generated/prisma/client";
import { coOpinionMissingSql, pastDueSql } from "@/lib/stats/due";
import { HANDLING_STATUSES, statusInSql } from "@/lib/workflow/states";
import type { WorklistName } from "./names";

const handling = (s: string) => statusInSql(Prisma.raw(`${s}.status`), HANDLING_STATUSES);
const noId = "__none__"; // a unit or deputy id that matches nothing, for a caller without one

/**
 * The unit of assignment `a` has done nothing on suggestion `s` (a's) yet: no call, reply, opinion or request.
 * One NOT EXISTS over a UNION ALL, not five: five anti-joins made the planner weigh every join order (15 ms of
 * planning on each page view for a few rows of execution). It names `s`, not `a`, so that PostgreSQL can test it
 * only after the join has kept the suggestions in handling: filtering every never-opened assignment of a busy
 * unit first (most of them on closed suggestions) made the navigation's count 2.5 times dearer (issue 12).
 */
const notActedSql = (a: string, s: string) => {
  const on = Prisma.raw(`"suggestionId" = ${s}.id AND "unitId" = ${a}."unitId"`);
  return Prisma.sql`NOT EXISTS (SELECT 1 FROM "Communication" WHERE ${on} UNION ALL SELECT 1 FROM "Reply" WHERE ${on}
    UNION ALL SELECT 1 FROM "Opinion" WHERE ${on} UNION ALL SELECT 1 FROM "ExtensionRequest" WHERE ${on}
    UNION ALL SELECT 1 FROM "ReassignmentRequest" WHERE ${on})`;
};

/** The list's query; `desc` lists show the newest first (a deputy's own suggestions), the others the oldest. */
export function worklistSql(name: WorklistName, actor: Actor, now: Date): { sql: Prisma.Sql; desc: boolean; withinScope?: boolean } {
  const unit = actor.unitId ?? noId;
  const deputy = actor.deputyId ?? noId;
  const oldest = (sql: Prisma.Sql) => ({ sql, desc: false });
  // A unit's own list: every row is a suggestion with an active assignment of the caller's unit, which is the
  // unit's whole scope, so the loaders need not test it again (a semi-join over all of a busy unit's assignments).
  const ownUnit = (sql: Prisma.Sql) => ({ sql, desc: false, withinScope: true });
  switch (name) {
    case "toSign": // 待签发: replies the unit's handlers submitted, while the unit still leads
      return ownUnit(Prisma.sql`SELECT r."suggestionId" AS sid, r."submittedAt" AS at, a."dueAt" AS due, r."unitId" AS uid,
        NULL::text AS kind, r.id AS ref FROM "Reply" r
        JOIN "Assignment" a ON a."suggestionId" = r."suggestionId" AND a."unitId" = r."unitId" AND a.state = 'ACTIVE' AND a.role = 'LEAD'
        WHERE r."unitId" = ${unit} AND r.state = 'IN_REVIEW'`);
    case "returned": // drafts the unit's leader sent back, to be reworked
      return ownUnit(Prisma.sql`SELECT r."suggestionId" AS sid, r."updatedAt" AS at, a."dueAt" AS due, r."unitId" AS uid,
        NULL::text AS kind, r.id AS ref FROM "Reply" r
        JOIN "Assignment" a ON a."suggestionId" = r."suggestionId" AND a."unitId" = r."unitId" AND a.state = 'ACTIVE' AND a.role = 'LEAD'
        JOIN "Suggestion" rs ON rs.id = r."suggestionId"
        WHERE r."unitId" = ${unit} AND r.state = 'DRAFT' AND r."returnComment" IS NOT NULL AND ${handling("rs")}`);
    case "unopened": // assigned to the unit, and nobody of the unit has opened it yet — nor acted on it (through the API)
      return ownUnit(Prisma.sql`SELECT a."suggestionId" AS sid, a."assignedAt" AS at, a."dueAt" AS due, a."unitId" AS uid,
        a.role::text AS kind, a.id AS ref FROM "Assignment" a JOIN "Suggestion" os ON os.id = a."suggestionId"
        WHERE a."unitId" = ${unit} AND a.state = 'ACTIVE' AND a."openedAt" IS NULL AND ${handling("os")} AND ${notActedSql("a", "os")}`);
    case "opinionsDue": // 会办意见 the unit still owes (rule 8), the nearest due first
      return ownUnit(Prisma.sql`SELECT a."suggestionId" AS sid, a."dueAt" AS at, a."dueAt" AS due, a."unitId" AS uid,
        NULL::text AS kind, a.id AS ref FROM "Assignment" a JOIN "Suggestion" cs ON cs.id = a."suggestionId"
        WHERE a."unitId" = ${unit} AND a.state = 'ACTIVE' AND a.role = 'CO' AND ${coOpinionMissingSql("a")} AND ${handling("cs")}`);
    case "requests": // reassignment and extension requests awaiting the office's decision
      return oldest(Prisma.sql`SELECT q."suggestionId" AS sid, q."createdAt" AS at, NULL::timestamp AS due, q."unitId" AS uid,
        'REASSIGNMENT' AS kind, q.id AS ref FROM "ReassignmentRequest" q WHERE q.state = 'PENDING'
        UNION ALL SELECT e."suggestionId", e."createdAt", e."requestedDueAt", e."unitId", 'EXTENSION', e.id
        FROM "ExtensionRequest" e WHERE e.state = 'PENDING'`);
    case "unassigned": // registered, not yet given to a lead unit
      return oldest(Prisma.sql`SELECT u.id AS sid, u."submittedAt" AS at, NULL::timestamp AS due, NULL::text AS uid,
        NULL::text AS kind, u.id AS ref FROM "Suggestion" u WHERE u.status = 'PENDING'
        AND NOT EXISTS (SELECT 1 FROM "Assignment" ua WHERE ua."suggestionId" = u.id AND ua.state = 'ACTIVE' AND ua.role = 'LEAD')`);
    case "overdue": // every unit's open duty whose due day is over (lib/stats/due.ts), the longest overdue first
      return oldest(Prisma.sql`SELECT a."suggestionId" AS sid, a."dueAt" AS at, a."dueAt" AS due, a."unitId" AS uid,
        a.role::text AS kind, a.id AS ref FROM "Assignment" a JOIN "Suggestion" ds ON ds.id = a."suggestionId"
        WHERE a.state = 'ACTIVE' AND ${pastDueSql(Prisma.sql`a."dueAt"`, now)} AND ${handling("ds")}
        AND (a.role = 'LEAD' OR ${coOpinionMissingSql("a")})`);
    case "toRate": // 待测评: a signed reply to a suggestion I lead, its feedback window open
      return oldest(Prisma.sql`SELECT f.id AS sid,
        (SELECT max(r."signedAt") FROM "Reply" r WHERE r."suggestionId" = f.id AND r.state = 'SIGNED') AS at,
        f."feedbackDueAt" AS due, NULL::text AS uid, NULL::text AS kind, f.id AS ref FROM "Suggestion" f WHERE f."leadDeputyId" = ${deputy} AND f.status = 'REPLIED'
        AND (f."feedbackDueAt" IS NULL OR f."feedbackDueAt" >= ${now}::timestamp)`);
    case "led":
      return {
        sql: Prisma.sql`SELECT l.id AS sid, l."submittedAt" AS at, NULL::timestamp AS due, NULL::text AS uid,
          NULL::text AS kind, l.id AS ref FROM "Suggestion" l WHERE l."leadDeputyId" = ${deputy}`,
        desc: true,
      };
    case "cosigned":
      return {
        sql: Prisma.sql`SELECT c."suggestionId" AS sid, cs."submittedAt" AS at, NULL::timestamp AS due, NULL::text AS uid,
          NULL::text AS kind, c."suggestionId" AS ref FROM "SuggestionCoSigner" c JOIN "Suggestion" cs ON cs.id = c."suggestionId"
          WHERE c."deputyId" = ${deputy}`,
        desc: true,
      };
  }
}
