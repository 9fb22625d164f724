import "server-only";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUnitUser, seesEverything } from "@/lib/permissions/roles";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { cachedStat } from "@/lib/stats/cache";

/**
 * Supervision notices and leaders' instructions: the office and leaders see all, a unit those sent to it. The
 * newest `take` of them (100 by default), and how many there are in all.
 */
export async function listSupervisionPage(actor: Actor, options: { sessionId?: string; take?: number; skip?: number } = {}) {
  if (!seesEverything(actor) && !isUnitUser(actor)) return { items: [], total: 0 };
  // The office's unfiltered view names no suggestion condition: an empty one still joined every notice to its
  // suggestion, which made counting 20,000 notices cost 17 ms of the database on each view (issue 12).
  const bySuggestion = [
    ...(seesEverything(actor) ? [] : [suggestionScope(actor)]),
    ...(options.sessionId ? [{ sessionId: options.sessionId }] : []),
  ];
  const where: Prisma.SupervisionWhereInput = {
    ...(isUnitUser(actor) ? { unitId: actor.unitId! } : {}),
    ...(bySuggestion.length ? { suggestion: { AND: bySuggestion } } : {}),
  };
  const [items, total] = await Promise.all([
    db.supervision.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: options.skip ?? 0,
      take: options.take ?? 100,
      select: {
        id: true,
        kind: true,
        text: true,
        deadline: true,
        createdAt: true,
        unit: { select: { name: true } },
        suggestion: { select: { id: true, number: true, title: true, session: { select: { code: true } } } },
      },
    }),
    seesEverything(actor) && options.sessionId ? countSessionNotices(options.sessionId) : db.supervision.count({ where }),
  ]);
  return { items, total };
}

/**
 * How many notices a session has, for the office and leaders: kept in the statistics cache, since counting them
 * joins every notice to its suggestion (13 ms of the database per view at a million suggestions; issue 12), and
 * every notice is an audited act that renews the session's figures.
 */
async function countSessionNotices(sessionId: string): Promise<number> {
  return cachedStat({ sessionId }, "supervision.notices", async (q) => {
    const [row] = await q.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Supervision" v JOIN "Suggestion" s ON s.id = v."suggestionId" WHERE s."sessionId" = ${sessionId}`;
    return row?.n ?? 0;
  });
}
