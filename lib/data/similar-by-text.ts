import "server-only";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { similarTitleCandidates } from "./similar-titles";

/** Earlier suggestions whose title resembles a title being registered (pg_trgm), with their latest signed reply. */
export async function findSimilarToTitle(actor: Actor, title: string, limit = 5) {
  const candidates = await similarTitleCandidates({ title, limit: limit * 4 });
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
