// The audit event of an act, in the act's transaction (lib/audit.ts's shape), in the name of the acting user.
import { audit, auditMany } from "@/lib/audit";
import type { Tx } from "@/lib/db";
import { nowOf, type Ctx } from "./context";

export interface RecordInput {
  action: string;
  entity: string;
  entityId: string;
  suggestionId?: string | null;
  before?: unknown;
  after?: unknown;
}

/** Stamped with the act's time (ctx.now), so that a replayed past year has a truthful timeline. */
export async function record(tx: Tx, ctx: Ctx, event: RecordInput): Promise<void> {
  await audit(tx, { ...event, actorId: ctx.actor.id ?? null, at: nowOf(ctx) });
}

/** The events of a batch act (a registration, an import), one per record, in one statement. */
export async function recordMany(tx: Tx, ctx: Ctx, events: RecordInput[]): Promise<void> {
  const at = nowOf(ctx);
  await auditMany(
    tx,
    events.map((event) => ({ ...event, actorId: ctx.actor.id ?? null, at })),
  );
}
