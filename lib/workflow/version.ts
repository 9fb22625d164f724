// Optimistic concurrency (rule 7): every change bumps Suggestion.version, and an act that judges what the
// user saw carries the version on screen; a record changed since is a stale 409, never changed unseen.
import type { Tx } from "@/lib/db";
import { staleVersion } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { nowOf, type Ctx } from "./context";

/** Bumps Suggestion.version with the change; `expectedVersion` (a form's) must match the locked row. */
export async function bumpSuggestion(
  tx: Tx,
  ctx: Ctx,
  suggestion: { id: string; version: number },
  data: Prisma.SuggestionUncheckedUpdateManyInput = {},
  expectedVersion?: number,
) {
  if (expectedVersion !== undefined && expectedVersion !== suggestion.version) throw staleVersion();
  const { count } = await tx.suggestion.updateMany({
    where: { id: suggestion.id, version: suggestion.version },
    data: { ...data, updatedAt: nowOf(ctx), version: { increment: 1 } },
  });
  if (count !== 1) throw staleVersion();
  return tx.suggestion.findUniqueOrThrow({ where: { id: suggestion.id } });
}
