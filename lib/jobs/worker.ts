// The background worker each app instance runs (started from instrumentation.ts). Schedules are enqueued
// with one singleton key per hour, so N instances still run each scheduled job once per hour.
import { randomUUID } from "node:crypto";
import { sendOutbox } from "@/lib/notifications/outbox/send";
import { logError } from "@/lib/server/log";
import { beat, workerState } from "./heartbeat";
import { drain, enqueue, requeueOwn, requeueStale, type JobHandler } from "./queue";
import { sendDeadlineReminders } from "./reminders";

export const TICK_MS = 60_000;

export const handlers: Record<string, JobHandler> = {
  "reminders.deadlines": async () => {
    await sendDeadlineReminders();
  },
  "outbox.digest": async () => {
    const { queueDailyDigests } = await import("@/lib/notifications/outbox/digest");
    await queueDailyDigests();
  },
  "stats.pruneCache": async () => {
    const { pruneStatsCache } = await import("@/lib/stats/cache");
    await pruneStatsCache();
  },
  "feedback.closeExpired": async () => {
    const { closeExpiredFeedback } = await import("@/lib/workflow/feedback");
    const { systemActor } = await import("./system-actor");
    await closeExpiredFeedback({ actor: await systemActor() });
  },
};

export async function tick(workerId: string, now = new Date()) {
  const slot = now.toISOString().slice(0, 13); // one per hour
  // A job this worker claimed when the database went away mid-run is not running any more (ticks never
  // overlap): back to the queue now rather than after requeueStale's 15 minutes.
  await requeueOwn(workerId);
  await requeueStale();
  for (const queue of Object.keys(handlers)) await enqueue(queue, {}, { singletonKey: `${queue}:${slot}` });
  const ran = await drain(handlers, workerId);
  // E-mail and webhook messages every tick, after the jobs that queue them (reminders): each instance sends
  // what it claims, so the outbox empties however many instances run.
  await sendOutbox(workerId, now);
  return ran;
}

/**
 * One tick that never throws: a failure (the database down, say) is logged and recorded for the health
 * check, and the loop simply tries again next time. Overlapping calls are skipped.
 */
export function workerLoop(workerId: string = randomUUID()) {
  let busy = false;
  return async function runOnce(): Promise<void> {
    if (busy) return;
    busy = true;
    try {
      await tick(workerId);
      beat({});
    } catch (error) {
      beat({ error });
      logError("jobs", error, { workerId, consecutiveFailures: workerState().failures });
    } finally {
      busy = false;
    }
  };
}

export function startWorker() {
  const workerId = randomUUID();
  Object.assign(workerState(), { enabled: true, workerId, startedAt: new Date() });
  const run = workerLoop(workerId);
  // Every minute; after a failed tick (the database away) sooner — 5 s, 10 s, 20 s … — to resume promptly.
  const next = (delay: number) =>
    setTimeout(async () => {
      await run();
      const failures = workerState().failures;
      next(failures ? Math.min(5_000 * 2 ** (failures - 1), TICK_MS) : TICK_MS);
    }, delay).unref();
  next(5_000);
}
