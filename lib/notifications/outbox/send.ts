// The sender, run by every instance's worker on each tick. A message is claimed with FOR UPDATE SKIP LOCKED
// (status SENDING, so one instance at a time has it), sent, and marked SENT; a failed send is tried again
// after 1, 2, 4, 8 … minutes, and after MAX_ATTEMPTS it is FAILED, for the admin to see and retry.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { sendEmail } from "./email";
import { renderMessage } from "./render";
import { sendWebhook } from "./webhook";

export const MAX_ATTEMPTS = 6;
export const BACKOFF_MS = 60_000;
/** A SENDING message whose instance died mid-send goes back to PENDING after this long. */
const STALE_MINUTES = 15;

interface Claimed {
  id: string;
  channel: OutboxChannel;
  recipient: string;
  kind: string;
  suggestionId: string | null;
  idempotencyKey: string;
  payload: unknown;
  attempts: number;
}

async function claim(workerId: string, now: Date, batch: number): Promise<Claimed[]> {
  return db.$queryRaw<Claimed[]>`
    UPDATE "OutboxMessage" SET status = 'SENDING', "lockedAt" = now(), "lockedBy" = ${workerId}, attempts = attempts + 1
    WHERE id IN (
      SELECT id FROM "OutboxMessage"
      WHERE status = 'PENDING' AND "nextAttemptAt" <= GREATEST(${now}::timestamp, now() AT TIME ZONE 'UTC')
      ORDER BY "nextAttemptAt", id
      FOR UPDATE SKIP LOCKED
      LIMIT ${batch}
    )
    RETURNING id, channel, recipient, kind, "suggestionId", "idempotencyKey", payload, attempts`;
}

async function deliver(m: Claimed): Promise<void> {
  const message = await renderMessage(m);
  if (m.channel === "EMAIL") await sendEmail(m.recipient, m.idempotencyKey, message);
  else await sendWebhook(m.recipient, m.idempotencyKey, m.kind, message);
}

/** The wait before the next try after `attempts` failed ones: 1, 2, 4 … minutes. */
export const backoffMs = (attempts: number) => BACKOFF_MS * 2 ** Math.max(0, attempts - 1);

async function settle(m: Claimed, workerId: string, now: Date, error: unknown): Promise<void> {
  const where = { id: m.id, lockedBy: workerId, status: "SENDING" as const };
  if (error === undefined) {
    await db.outboxMessage.updateMany({ where, data: { status: "SENT", sentAt: new Date(), lockedBy: null, lastError: null } });
    return;
  }
  const failed = m.attempts >= MAX_ATTEMPTS;
  await db.outboxMessage.updateMany({
    where,
    data: {
      status: failed ? "FAILED" : "PENDING",
      nextAttemptAt: new Date(now.getTime() + backoffMs(m.attempts)),
      lockedBy: null,
      lastError: String(error instanceof Error ? error.message : error).slice(0, 1000),
    },
  });
}

/**
 * Sends every message due at `now` (a later instant lets a test step through the backoff; an earlier one
 * never holds back what the clock says is due). Returns how many were sent.
 */
export async function sendOutbox(workerId: string = randomUUID(), now: Date = new Date(), batch = 10): Promise<number> {
  await db.$executeRaw`
    UPDATE "OutboxMessage" SET status = 'PENDING', "lockedBy" = NULL
    WHERE status = 'SENDING' AND "lockedAt" < now() - make_interval(mins => ${STALE_MINUTES})`;
  let sent = 0;
  for (;;) {
    const claimed = await claim(workerId, now, batch);
    if (!claimed.length) return sent;
    for (const m of claimed) {
      const error = await deliver(m).then(
        () => undefined,
        (e: unknown) => e ?? new Error("send failed"),
      );
      await settle(m, workerId, now, error);
      if (error === undefined) sent++;
    }
  }
}
