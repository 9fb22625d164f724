// The administrator sends a failed (or waiting) message again: back to PENDING, due now, attempts from zero.
// In one transaction with its audit event; a message already sent is refused.
import { audit } from "@/lib/audit";
import { forbidden, notFound, ruleBlocks } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { outboxRetryInput } from "@/lib/validation/channels";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "@/lib/workflow/context";
import { transact } from "@/lib/workflow/transaction";

export async function retryOutboxMessage(ctx: Ctx, input: InputOf<typeof outboxRetryInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const { id } = parseInput(outboxRetryInput, input);
  return transact(async (tx) => {
    const before = await tx.outboxMessage.findUnique({ where: { id }, select: { status: true, attempts: true, lastError: true } });
    if (!before) throw notFound();
    if (before.status === "SENT" || before.status === "SENDING") throw ruleBlocks("outboxNotRetryable");
    // Only if nothing changed it meanwhile (a worker claiming it): the update names the status it read.
    const { count } = await tx.outboxMessage.updateMany({
      where: { id, status: before.status },
      data: { status: "PENDING", attempts: 0, nextAttemptAt: nowOf(ctx) },
    });
    if (!count) throw ruleBlocks("outboxNotRetryable");
    await audit(tx, {
      actorId: ctx.actor.id,
      action: "outbox.retry",
      entity: "OutboxMessage",
      entityId: id,
      before,
      after: { status: "PENDING" },
    });
  });
}
