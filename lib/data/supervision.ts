import "server-only";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isUnitUser, seesEverything } from "@/lib/permissions/roles";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";

/**
 * Supervision notices and leaders' instructions: the office and leaders see all, a unit those sent to it. The
 * newest `take` of them (100 by default), and how many there are in all.
 */
export async function listSupervisionPage(actor: Actor, options: { session?: string; take?: number } = {}) {
  if (!seesEverything(actor) && !isUnitUser(actor)) return { items: [], total: 0 };
  // The office's unfiltered view names no suggestion condition: an empty one still joined every notice to its
  // suggestion, which made counting 20,000 notices cost 17 ms of the database on each view (issue 12).
  const bySuggestion = [
    ...(seesEverything(actor) ? [] : [suggestionScope(actor)]),
    ...(options.session ? [{ session: { code: options.session } }] : []),
  ];
  const where: Prisma.SupervisionWhereInput = {
    ...(isUnitUser(actor) ? { unitId: actor.unitId! } : {}),
    ...(bySuggestion.length ? { suggestion: { AND: bySuggestion } } : {}),
  };
  const [items, total] = await Promise.all([
    db.supervision.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
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
    db.supervision.count({ where }),
  ]);
  return { items, total };
}
