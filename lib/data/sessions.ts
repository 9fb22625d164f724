import "server-only";
// Sessions (会议) are not secret: every signed-in role may list them (filters, the dashboard's switch), and
// the public page of published replies filters by them too.
import { db } from "@/lib/db";
import { cachedAcrossSessions } from "@/lib/stats/cache";

export interface SessionSummary {
  id: string;
  code: string;
  name: string;
  year: number;
  replyDays: number;
  /** What an edit carries back as expectedVersion. */
  version: number;
  createdAt: Date;
  /** Suggestions registered in the session, withdrawn ones included. */
  suggestionCount: number;
}

/**
 * Every session, the most recent first (year, then code, both descending). Counting a million suggestions
 * on every page costs seconds (issue 12), so the list is kept in the statistics cache until any write.
 */
export async function listSessions(): Promise<SessionSummary[]> {
  const rows = await cachedAcrossSessions(
    "sessions-v2", // v2: rows carry their version (issue 11)
    async (q) =>
      q.$queryRaw<SessionSummary[]>`
      SELECT se.id, se.code, se.name, se.year, se."replyDays", se.version, se."createdAt",
        (SELECT count(*) FROM "Suggestion" s WHERE s."sessionId" = se.id)::int AS "suggestionCount"
      FROM "Session" se ORDER BY se.year DESC, se.code DESC`,
  );
  return rows.map((r) => ({ ...r, createdAt: new Date(r.createdAt) }));
}

/** One session by its code, or null. */
export function getSessionByCode(code: string) {
  return db.session.findUnique({ where: { code } });
}

/** Each session's code and name, the most recent first: the choices of a filter or an import. */
export function listSessionOptions(): Promise<{ code: string; name: string }[]> {
  return db.session.findMany({ orderBy: [{ year: "desc" }, { code: "desc" }], select: { code: true, name: true } });
}
