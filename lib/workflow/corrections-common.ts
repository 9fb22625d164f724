// What every correction by the office shares (issue 11): the office alone corrects, the form must show the
// suggestion as it stands (409 otherwise), nothing unchanged is a correction, and the change is written down
// in words (old → new) with its reason, in the same transaction, and told to the deputy.
import type { Tx } from "@/lib/db";
import { DomainError, forbidden, staleVersion } from "@/lib/errors";
import { notifyDeputy } from "@/lib/notifications/notify";
import { canCorrect } from "@/lib/permissions/can";
import type { Ctx } from "./context";
import { nowOf } from "./context";
import { record } from "./record";

/** A value as the timeline shows it: text, a yes/no, a date (ISO), or a list of names. */
export type ChangeValue = string | boolean | string[] | null;

/** One corrected fact: `field` names it (corrections.fields.<field> in the catalogue). */
export interface Change {
  field: string;
  from: ChangeValue;
  to: ChangeValue;
}

/** The office alone corrects (403 for everyone else who may see the suggestion). */
export function assertMayCorrect(ctx: Ctx) {
  if (!canCorrect(ctx.actor)) throw forbidden();
}

/** Rule 7: the correction was made on the suggestion as it stood at `expectedVersion`; changed since is 409. */
export function assertSeen(expectedVersion: number, s: { version: number }) {
  if (expectedVersion !== s.version) throw staleVersion();
}

/** A correction that changes nothing is refused (400 on the whole input), so the timeline never says "changed" idly. */
export function assertSomeChange(changes: Change[]) {
  if (changes.length === 0) throw new DomainError("INVALID", "corrections.errors.nothingChanged");
}

const sameValue = (a: ChangeValue, b: ChangeValue) => JSON.stringify(a) === JSON.stringify(b);

/** Adds the change of `field` when its value differs. */
export function noteChange(changes: Change[], field: string, from: ChangeValue, to: ChangeValue | undefined) {
  if (to !== undefined && !sameValue(from, to)) changes.push({ field, from, to });
}

interface Corrected {
  id: string;
  number: string;
  title: string;
}

/**
 * The audit event of a correction (its words: the changes and the reason) and the notice to the lead deputy —
 * and to the one replaced, when the lead deputy was the thing corrected.
 */
export async function recordCorrection(
  tx: Tx,
  ctx: Ctx,
  s: Corrected,
  action: "correction.facts" | "correction.units",
  event: { changes: Change[]; reason: string; before: unknown; after: unknown },
  deputyIds: string[],
) {
  await record(tx, ctx, {
    action,
    entity: "Suggestion",
    entityId: s.id,
    suggestionId: s.id,
    before: event.before,
    after: { ...(event.after as object), changes: event.changes, reason: event.reason },
  });
  const params = { number: s.number, title: s.title, reason: event.reason };
  for (const deputyId of new Set(deputyIds)) {
    await notifyDeputy(tx, deputyId, "suggestion.corrected", s.id, params, undefined, { at: nowOf(ctx) });
  }
}

/**
 * The open requests (reassignment, extension) of a lead assignment a correction ended are moot: they are closed
 * as rejected with the correction's reason, not left waiting for a decision. Returns their ids.
 */
export async function closeOpenRequests(tx: Tx, ctx: Ctx, assignmentId: string, reason: string): Promise<string[]> {
  const where = { assignmentId, state: "PENDING" as const };
  const open = [
    ...(await tx.reassignmentRequest.findMany({ where, select: { id: true } })),
    ...(await tx.extensionRequest.findMany({ where, select: { id: true } })),
  ];
  const data = { state: "REJECTED" as const, decidedById: ctx.actor.id, decidedAt: nowOf(ctx), decisionNote: reason };
  await tx.reassignmentRequest.updateMany({ where, data });
  await tx.extensionRequest.updateMany({ where, data });
  return open.map((r) => r.id);
}
