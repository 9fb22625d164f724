import "server-only";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { Prisma } from "@/lib/generated/prisma/client";
import { statusInSql, UNCOUNTED_STATUSES } from "@/lib/workflow/states";

/** Earlier suggestions whose title resembles a title being registered (pg_trgm), with their latest signed reply. */
export async function findSimilarToTitle(actor: Actor, title: string, limit = 5) {
  const candidates = await db.$queryRaw<{ id: string; similarity: number }[]>`
    SELECT id, similarity(title, ${title})::float8 AS similarity FROM "Suggestion"
    WHERE NOT ${statusInSql(Prisma.sql`status`, UNCOUNTED_STATUSES)} AND title % ${title}
    ORDER BY similarity DESC LIMIT ${limit * 4}`;
  if (!candidates.length) return [];
  const rows = await db.suggestion.findMany({
    where: { AND: [{ id: { in: candidates.map((c) => c.id) } }, suggestionScope(actor)] },
    select: {
      id: true,
      number: true,
      title: true,
      session: { select: { code: true } },
      replies: {
        where: { state: "SIGNED" },
        orderBy: { signedAt: "desc" },
        take: 1,
        select: { category: true, signedAt: true, text: true, unit: { select: { name: true } } },
      },
    },
  });
  return candidates.flatMap((c) => rows.filter((r) => r.id === c.id)).slice(0, limit);
}
