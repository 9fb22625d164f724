import "server-only";
// The common table expressions every statistic is computed from, in one place so that the dashboard,
// the reports, the exports and the API share one definition (SPEC §4). PostgreSQL evaluates only the CTEs
// a query references, so each query takes the whole prefix and uses what it needs.
import { db } from "@/lib/db";
import type { Queryer } from "./cache";
import { DomainError } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { REHANDLING_DAYS } from "@/lib/workflow/deadlines";
import { AWAITING_REPLY_SQL, coOpinionMissingSql, onTimeSql, pastDueSql } from "./due";
import { StatsFilter, suggestionWhere, type ResolvedFilter, type StatsInput } from "./filters";

/** Re-handling reply due this many days after the dissatisfied feedback (SPEC §3 rule 1). */
export { REHANDLING_DAYS };
/** Weeks are cut in the province's time: Monday 00:00 China Standard Time. */
export const STATS_TIME_ZONE = "Asia/Shanghai";

/** Validates the filter and resolves the session code (unless the caller gave its id); an unknown session is a 404. */
export async function resolveFilter(input: StatsInput): Promise<ResolvedFilter> {
  const parsed = StatsFilter.safeParse(input);
  if (!parsed.success) {
    const fields = Object.fromEntries(parsed.error.issues.map((i) => [i.path.join(".") || "session", i.message]));
    throw new DomainError("INVALID", "errors.invalid", fields);
  }
  const { session: code, ...rest } = parsed.data;
  if (input.sessionId) return { ...rest, sessionId: input.sessionId };
  const session = await db.session.findUnique({ where: { code }, select: { id: true } });
  if (!session) throw new DomainError("NOT_FOUND", "stats.errors.unknownSession", undefined, { code });
  return { ...rest, sessionId: session.id };
}

/** A JS date as a UTC `timestamp` (the columns are timestamp(3) holding UTC), whatever the server's TimeZone. */
export const utc = (date: Date) => Prisma.sql`${date}::timestamp`;

/**
 * s              the counted suggestions (session, not withdrawn, filters)
 * s_ids          their ids as one array: the other tables are read by `"suggestionId" = ANY (…)`, an index
 *                condition, so a session's rows are looked up by index among millions (a join with s lets the
 *                planner prefer hashing whole tables, several hundred milliseconds at a million suggestions)
 * asg            their active assignments
 * assigned       suggestions ever given a lead unit (a lead assignment not cancelled)
 * latest_reply   each replied suggestion's latest signed reply
 * outcome        its category, or that of a reclassification made after it
 * latest_feedback each suggestion's latest feedback
 * first_signed   the first signed reply of each suggestion in each handling round
 * dissatisfied_rounds  rounds answered by a dissatisfied rating (which moved the lead due date on)
 * timed          first_signed with the due date of its round and whether it was signed on time (on or
 *                before the due date's China day: lib/stats/due.ts)
 * overdue_lead   active lead assignments past due (their due day is over) while the suggestion awaits a
 *                signed reply
 * overdue_co     active co assignments past due without an opinion while the suggestion is in handling
 */
export function statsCtes(filter: ResolvedFilter, now: Date): Prisma.Sql {
  return Prisma.sql`WITH
s AS (
  SELECT sg.id, sg.number, sg.title, sg.status, sg.field, d.delegation
  FROM "Suggestion" sg JOIN "Deputy" d ON d.id = sg."leadDeputyId"
  WHERE ${suggestionWhere(filter)}
),
s_ids AS (SELECT array_agg(id ORDER BY id) AS ids FROM s),
asg AS (
  SELECT a.id, a."suggestionId", a."unitId", a.role, a."assignedAt", a."dueAt"
  FROM "Assignment" a WHERE ${inS("a")} AND a.state = 'ACTIVE'
),
assigned AS (
  SELECT DISTINCT a."suggestionId" FROM "Assignment" a
  WHERE ${inS("a")} AND a.role = 'LEAD' AND a.state <> 'CANCELLED'
),
latest_reply AS (
  SELECT DISTINCT ON (r."suggestionId") r."suggestionId", r.id, r."unitId", r.category, r."signedAt"
  FROM "Reply" r WHERE ${inS("r")} AND r.state = 'SIGNED'
  ORDER BY r."suggestionId", r."signedAt" DESC, r.id DESC
),
latest_reclass AS (
  SELECT DISTINCT ON (c."suggestionId") c."suggestionId", c."toCategory", c."createdAt"
  FROM "Reclassification" c WHERE ${inS("c")}
  ORDER BY c."suggestionId", c."createdAt" DESC, c.id DESC
),
outcome AS (
  SELECT lr."suggestionId", lr."unitId",
    (CASE WHEN rc."createdAt" > lr."signedAt" THEN rc."toCategory" ELSE lr.category END)::text AS category
  FROM latest_reply lr LEFT JOIN latest_reclass rc ON rc."suggestionId" = lr."suggestionId"
),
latest_feedback AS (
  SELECT DISTINCT ON (f."suggestionId") f."suggestionId", f.rating::text AS rating
  FROM "Feedback" f WHERE ${inS("f")}
  ORDER BY f."suggestionId", f."createdAt" DESC, f.id DESC
),
first_signed AS (
  SELECT DISTINCT ON (r."suggestionId", r.round) r.id, r."suggestionId", r."unitId", r.round, r."signedAt"
  FROM "Reply" r WHERE ${inS("r")} AND r.state = 'SIGNED'
  ORDER BY r."suggestionId", r.round, r."signedAt", r.id
),
dissatisfied_rounds AS (
  SELECT f."suggestionId", fr.round, min(f."createdAt") AS first_at, max(f."createdAt") AS last_at
  FROM "Feedback" f JOIN "Reply" fr ON fr.id = f."replyId"
  WHERE ${inS("f")} AND f.rating = 'DISSATISFIED' GROUP BY f."suggestionId", fr.round
),
timed AS (
  SELECT fs.*, la."assignedAt", due.due_at, COALESCE(${onTimeSql(Prisma.sql`fs."signedAt"`, Prisma.sql`due.due_at`)}, false) AS on_time
  FROM first_signed fs
  LEFT JOIN LATERAL (
    SELECT a.id, a."assignedAt", a."dueAt", a."originalDueAt" FROM "Assignment" a
    WHERE a."suggestionId" = fs."suggestionId" AND a."unitId" = fs."unitId" AND a.role = 'LEAD'
      AND a.state <> 'CANCELLED' AND a."assignedAt" <= fs."signedAt"
    ORDER BY a."assignedAt" DESC, a.id DESC LIMIT 1
  ) la ON true
  -- the round was answered by a dissatisfied rating (its due date has since moved) / the round began with one
  LEFT JOIN dissatisfied_rounds ended ON ended."suggestionId" = fs."suggestionId" AND ended.round = fs.round
  LEFT JOIN dissatisfied_rounds started ON started."suggestionId" = fs."suggestionId" AND started.round = fs.round - 1
  LEFT JOIN LATERAL (
    SELECT e."requestedDueAt" FROM "ExtensionRequest" e
    WHERE ended.first_at IS NOT NULL AND e."suggestionId" = fs."suggestionId" AND e."assignmentId" = la.id
      AND e.state = 'APPROVED' AND e."decidedAt" <= fs."signedAt"
      AND (started.last_at IS NULL OR e."decidedAt" >= started.last_at)
    ORDER BY e."decidedAt" DESC, e.id DESC LIMIT 1
  ) ext ON true
  CROSS JOIN LATERAL (
    SELECT CASE
      WHEN ended.first_at IS NULL THEN la."dueAt"
      ELSE COALESCE(ext."requestedDueAt",
        CASE WHEN started.last_at IS NULL THEN la."originalDueAt"
             ELSE started.last_at + ${Prisma.raw(`interval '${REHANDLING_DAYS} days'`)} END)
    END AS due_at
  ) due
),
overdue_lead AS (
  SELECT a."suggestionId", a."unitId", a."dueAt", 'LEAD'::text AS role
  FROM asg a JOIN s ON s.id = a."suggestionId"
  WHERE a.role = 'LEAD' AND ${pastDueSql(Prisma.sql`a."dueAt"`, now)} AND s.status IN ${AWAITING_REPLY_SQL}
),
overdue_co AS (
  SELECT a."suggestionId", a."unitId", a."dueAt", 'CO'::text AS role
  FROM asg a JOIN s ON s.id = a."suggestionId"
  WHERE a.role = 'CO' AND ${pastDueSql(Prisma.sql`a."dueAt"`, now)} AND s.status IN ${AWAITING_REPLY_SQL}
    AND ${coOpinionMissingSql("a")}
)
`;
}

/** `<alias>."suggestionId"` is one of the counted suggestions (the s_ids CTE): an index condition. */
export const inS = (alias: string) => Prisma.sql`${Prisma.raw(alias)}."suggestionId" = ANY ((SELECT ids FROM s_ids)::text[])`;

/** Runs `<ctes> <select>` for a resolved filter, on the app's client or a cache miss's snapshot. */
export function statsQuery<T>(filter: ResolvedFilter, now: Date, select: Prisma.Sql, client: Queryer = db): Promise<T[]> {
  return client.$queryRaw<T[]>(Prisma.sql`${statsCtes(filter, now)} ${select}`);
}

export { CATEGORIES, type CategoryCode } from "./definitions";
