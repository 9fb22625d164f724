import "server-only";
// Sessions (会议) are not secret: every signed-in role may list them (filters, the dashboard's switch), and
// the public page of published replies filters by them too.
import { db } from "@/lib/db";

export interface SessionSummary {
  id: string;
  code: string;
  name: string;
  year: number;
  replyDays: number;
  createdAt: Date;
  /** Suggestions registered in the session, withdrawn ones included. */
  suggestionCount: number;
}

/** Every session, the most recent first (year, then code, both descending). */
export async function listSessions(): Promise<SessionSummary[]> {
  const rows = await db.session.findMany({
    orderBy: [{ year: "desc" }, { code: "desc" }],
    include: { _count: { select: { suggestions: true } } },
  });
  return rows.map(({ _count, ...session }) => ({ ...session, suggestionCount: _count.suggestions }));
}

/** One session by its code, or null. */
export function getSessionByCode(code: string) {
  return db.session.findUnique({ where: { code } });
}

/** Each session's code and name, the most recent first: the choices of a filter or an import. */
export function listSessionOptions(): Promise<{ code: string; name: string }[]> {
  return db.session.findMany({ orderBy: [{ year: "desc" }, { code: "desc" }], select: { code: true, name: true } });
}
