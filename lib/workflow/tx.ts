// The plumbing every workflow function shares: one transaction per act, the suggestion's row lock, the scoped
// load (404 when the actor may not see it), the audit event stamped with the act's time, and version bumps.
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { DomainError, notFound, staleVersion } from "@/lib/errors";
import type { Prisma } from "@/lib/generated/prisma/client";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { nowOf, type Ctx } from "./context";

export type TxClient = Prisma.TransactionClient;

const errorCode = (error: unknown) => (error as { code?: unknown })?.code;

/** A unique index refused the write (Prisma's P2002, or PostgreSQL's 23505 through the driver adapter). */
export function isUniqueViolation(error: unknown): boolean {
  if (errorCode(error) === "P2002") return true;
  const cause = (error as { cause?: unknown })?.cause;
  return errorCode(cause) === "23505" || /unique constraint/i.test(String((error as Error)?.message ?? ""));
}

const mentions = (error: unknown, name: string) => {
  try {
    return JSON.stringify({ m: (error as Error)?.message, meta: (error as { meta?: unknown }).meta }).includes(name);
  } catch {
    return false;
  }
};

/**
 * Runs one workflow act in a transaction. A unique index that refuses a write (a duplicate, or a second
 * active lead written concurrently) becomes 409 CONFLICT; a serialization failure or deadlock, a stale 409.
 */
export async function transact<T>(work: (tx: TxClient) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  try {
    return await db.$transaction(work, { timeout: options.timeout ?? 60_000, maxWait: 30_000 });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (isUniqueViolation(error)) {
      if (mentions(error, "Assignment_one_active")) throw new DomainError("CONFLICT", "errors.alreadyAssigned");
      throw new DomainError("CONFLICT", "errors.duplicate");
    }
    if (errorCode(error) === "P2034" || errorCode((error as { cause?: unknown })?.cause) === "40P01") throw staleVersion();
    throw error;
  }
}

/** Locks the suggestion's row until the transaction ends, so acts on one suggestion run one after another. */
export async function lockSuggestions(tx: TxClient, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Suggestion" WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}

/**
 * Locks and loads a suggestion the actor may see (suggestionScope), with `include`; 404 otherwise. Every
 * read after the lock sees the state the act will change.
 */
export async function loadSuggestion<I extends Prisma.SuggestionInclude>(
  tx: TxClient,
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

/** Bumps Suggestion.version with the change; `expectedVersion` (a form's) must match the locked row (rule 7). */
export async function bumpSuggestion(
  tx: TxClient,
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

export interface RecordInput {
  action: string;
  entity: string;
  entityId: string;
  suggestionId?: string | null;
  before?: unknown;
  after?: unknown;
}

/**
 * The audit event of an act (lib/audit.ts's shape), stamped with the act's time (ctx.now) so that a replayed
 * past year has a truthful timeline.
 */
export async function record(tx: TxClient, ctx: Ctx, event: RecordInput): Promise<void> {
  await audit(tx, { ...event, actorId: ctx.actor.id ?? null, at: nowOf(ctx) });
}

/** The handling round: 1, plus one for every dissatisfied feedback so far (rule 2 counts per round). */
export async function currentRound(tx: TxClient, suggestionId: string): Promise<number> {
  const dissatisfied = await tx.feedback.count({ where: { suggestionId, rating: "DISSATISFIED" } });
  return 1 + dissatisfied;
}

/** The latest signed reply of a suggestion (the one the deputy rates, follow-up and reclassification refer to). */
export function latestSignedReply(tx: TxClient, suggestionId: string) {
  return tx.reply.findFirst({
    where: { suggestionId, state: "SIGNED" },
    orderBy: [{ signedAt: "desc" }, { id: "desc" }],
  });
}

export const HANDLING = ["IN_PROGRESS", "REHANDLING"] as const;
export const isHandling = (status: string) => (HANDLING as readonly string[]).includes(status);
