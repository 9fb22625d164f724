// A small Postgres-backed job queue. Any number of app instances may run workers: a job is claimed with
// FOR UPDATE SKIP LOCKED, so exactly one worker runs it; scheduled jobs carry a singleton key per time slot,
// so a schedule enqueued by every instance still yields one job.
import { randomUUID } from "node:crypto";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";

export type JobHandler = (payload: Prisma.JsonValue) => Promise<void>;

export async function enqueue(queue: string, payload: Prisma.InputJsonValue = {}, options: { singletonKey?: string; runAt?: Date } = {}) {
  await db.job.createMany({
    data: [{ queue, payload, singletonKey: options.singletonKey ?? null, runAt: options.runAt ?? new Date() }],
    skipDuplicates: true,
  });
}

interface ClaimedJob {
  id: bigint;
  queue: string;
  payload: Prisma.JsonValue;
}

async function claim(workerId: string, queues: string[]): Promise<ClaimedJob | null> {
  const rows = await db.$queryRaw<ClaimedJob[]>`
    UPDATE "Job" SET state = 'RUNNING', "lockedAt" = now(), "lockedBy" = ${workerId}, attempts = attempts + 1
    WHERE id = (
      SELECT id FROM "Job"
      WHERE state = 'QUEUED' AND "runAt" <= now() AND queue = ANY(${queues})
      ORDER BY "runAt", id
      FOR UPDATE SKIP LOCKED
      LIMIT 1
    )
    RETURNING id, queue, payload`;
  return rows[0] ?? null;
}

const MAX_ATTEMPTS = 3;

/** Runs queued jobs until none is left; returns how many ran. */
export async function drain(handlers: Record<string, JobHandler>, workerId: string = randomUUID()): Promise<number> {
  let ran = 0;
  for (;;) {
    const job = await claim(workerId, Object.keys(handlers));
    if (!job) return ran;
    try {
      const handler = handlers[job.queue];
      // claim() only takes jobs of the queues named in handlers.
      if (!handler) throw new Error(`no handler for queue ${job.queue}`);
      await handler(job.payload);
      await db.job.update({ where: { id: job.id }, data: { state: "DONE", doneAt: new Date() } });
    } catch (error) {
      const attempts = (await db.job.findUnique({ where: { id: job.id }, select: { attempts: true } }))?.attempts ?? MAX_ATTEMPTS;
      await db.job.update({
        where: { id: job.id },
        data: {
          state: attempts >= MAX_ATTEMPTS ? "FAILED" : "QUEUED",
          runAt: new Date(Date.now() + 60_000 * attempts),
          lastError: String(error instanceof Error ? (error.stack ?? error.message) : error).slice(0, 4000),
        },
      });
    }
    ran++;
  }
}

/** Jobs whose worker died mid-run go back to the queue after a while. */
export async function requeueStale(minutes = 15) {
  await db.$executeRaw`
    UPDATE "Job" SET state = 'QUEUED', "lockedBy" = NULL
    WHERE state = 'RUNNING' AND "lockedAt" < now() - make_interval(mins => ${minutes})`;
}

/** Jobs this worker left RUNNING when a tick failed part-way (the database went away): queued again. */
export async function requeueOwn(workerId: string) {
  await db.$executeRaw`
    UPDATE "Job" SET state = 'QUEUED', "lockedBy" = NULL WHERE state = 'RUNNING' AND "lockedBy" = ${workerId}`;
}
