// Scoped loads inside an act: the suggestion the actor may see (404 otherwise, never a 403 that confirms it
// exists), locked first, and the few facts several acts read about it (the round, the latest signed reply).
import type { Actor } from "@/lib/auth/user";
import type { Tx } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { lockSuggestions } from "./locks";

/** Locks and loads a suggestion the actor may see (suggestionScope), with `include`; 404 otherwise. */
export async function loadSuggestion<I extends Prisma.SuggestionInclude>(
  tx: Tx,
  actor: Actor,
  id: string,
  include: I,
): Promise<Prisma.SuggestionGetPayload<{ include: I }>> {
  if (typeof id !== "string" || !id) throw notFound();
  await lockSuggestions(tx, [id]);
  const row = await tx.suggestion.findFirst({ where: { AND: [{ id }, suggestionScope(actor)] }, include });
  if (!row) throw notFound();
  return row as Prisma.SuggestionGetPayload<{ include: I }>;
}

export const assignmentsInclude = {
  assignments: { where: { state: "ACTIVE" as const }, include: { unit: { select: { id: true, code: true, name: true } } } },
} satisfies Prisma.SuggestionInclude;

/** The handling round: 1, plus one for every dissatisfied feedback so far (rule 2 counts per round). */
export async function currentRound(tx: Tx, suggestionId: string): Promise<number> {
  const dissatisfied = await tx.feedback.count({ where: { suggestionId, rating: "DISSATISFIED" } });
  return 1 + dissatisfied;
}

/** The latest signed reply of a suggestion (the one the deputy rates, follow-up and reclassification refer to). */
export function latestSignedReply(tx: Tx, suggestionId: string) {
  return tx.reply.findFirst({
    where: { suggestionId, state: "SIGNED" },
    orderBy: [{ signedAt: "desc" }, { id: "desc" }],
  });
}
