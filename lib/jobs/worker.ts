// The background worker each app instance runs (started from instrumentation.ts). Schedules are enqueued
// with one singleton key per hour, so N instances still run each scheduled job once per hour.
import { randomUUID } from "node:crypto";
import { drain, enqueue, requeueStale, type JobHandler } from "./queue";
import { sendDeadlineReminders } from "./reminders";

const TICK_MS = 60_000;

export const handlers: Record<string, JobHandler> = {
  "reminders.deadlines": async () => {
    await sendDeadlineReminders();
  },
  "feedback.closeExpired": async () => {
    const { closeExpiredFeedback } = await import("@/lib/workflow/feedback");
    const { systemActor } = await import("./system-actor");
    await closeExpiredFeedback({ actor: await systemActor() });
  },
};

export async function tick(workerId: string, now = new Date()) {
  const slot = now.toISOString().slice(0, 13); // one per hour
  await requeueStale();
  for (const queue of Object.keys(handlers)) await enqueue(queue, {}, { singletonKey: `${queue}:${slot}` });
  return drain(handlers, workerId);
}

export function startWorker() {
  const workerId = randomUUID();
  const run = () => tick(workerId).catch((error) => console.error("[jobs]", error));
  setTimeout(run, 5_000).unref();
  setInterval(run, TICK_MS).unref();
}
