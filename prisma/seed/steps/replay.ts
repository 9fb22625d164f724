// The replay: every planned act, in time order, through the workflow functions with ctx.now = the act's time.
// Suggestions replay side by side; merged ones (并案) replay as one job, their acts interleaved.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { systemActor } from "@/lib/jobs/system-actor";
import type { Ctx } from "@/lib/workflow/context";
import { closeExpiredFeedback } from "@/lib/workflow/feedback";
import type { DemoPlan, PlannedSuggestion, Step } from "../data/plan";
import { describeError, elapsed, pool } from "../pool";
import { createRng } from "../prng";
import { handlingAct } from "./acts-handling";
import { laterAct } from "./acts-later";
import { iso, type DemoWorld, type SuggestionReplay } from "./replay-state";

/** The acts of one suggestion, with the state its replay carries (current reply, handling round). */
function runnerOf(w: DemoWorld, s: PlannedSuggestion) {
  const rp: SuggestionReplay = {
    s,
    id: w.ids.get(`${s.sessionCode}/${s.number}`)!,
    // Texts of one suggestion come from its own generator, so they do not depend on the order of the replay.
    r: createRng(Number(s.number) * 31 + (s.sessionCode === "13-5" ? 0 : 7)),
    lead: s.lead!,
    deputy: w.deputyName.get(s.leadDeputy)!,
    replyId: null,
    category: "A",
    round: 1,
  };
  return async (step: Step) => {
    const ctx = (a: Actor): Ctx => ({ actor: a, now: step.at });
    try {
      if (!(await handlingAct(w, rp, step, ctx)) && !(await laterAct(w, rp, step, ctx))) throw new Error(`unknown step`);
    } catch (error) {
      throw new Error(`demo seed: ${s.sessionCode} ${s.number} (${s.scenario}) ${step.kind} at ${iso(step.at)}: ${describeError(error)}`, {
        cause: error,
      });
    }
  };
}

/** Suggestions handled together (merged) form one job; every other suggestion is a job of its own. */
function jobsOf(items: PlannedSuggestion[]): PlannedSuggestion[][] {
  const byNumber = new Map(items.map((s) => [s.number, s]));
  const jobs: PlannedSuggestion[][] = [];
  const placed = new Map<string, PlannedSuggestion[]>();
  for (const s of items) {
    const partner = s.steps.find((x): x is Extract<Step, { kind: "merge" }> => x.kind === "merge")?.with;
    const job = (partner && placed.get(partner)) || [];
    if (!job.length) jobs.push(job);
    job.push(s);
    placed.set(s.number, job);
    if (partner && byNumber.has(partner) && !placed.has(partner)) throw new Error(`demo plan: merge partner ${partner} after ${s.number}`);
  }
  return jobs;
}

async function replayJob(w: DemoWorld, job: PlannedSuggestion[]): Promise<void> {
  const acts = job.flatMap((s) => {
    const run = runnerOf(w, s);
    return s.steps.map((step) => ({ step, run }));
  });
  acts.sort((a, b) => a.step.at.getTime() - b.step.at.getTime());
  for (const { step, run } of acts) await run(step);
}

/** 13-5 first, then 14-1, each with `concurrency` jobs in flight. */
export async function replaySessions(
  w: DemoWorld,
  plan: DemoPlan,
  concurrency: number,
  log: (m: string) => void,
  started: number,
): Promise<void> {
  for (const code of ["13-5", "14-1"] as const) {
    const items = plan.suggestions.filter((s) => s.sessionCode === code && s.steps.length);
    await pool(jobsOf(items), concurrency, (job) => replayJob(w, job));
    log(`demo: session ${code} replayed (${elapsed(started)})`);
  }
}

/** Brings the replayed world to today, as the scheduled jobs and the users would have. */
export async function settleToday(now: Date): Promise<void> {
  // Feedback windows that ended before today close as "no feedback", as the scheduled job would do.
  await closeExpiredFeedback({ actor: await systemActor(), now });
  // A real office would have read last year's messages long ago: only the last month stays unread.
  await db.notification.updateMany({
    where: { readAt: null, createdAt: { lt: new Date(now.getTime() - 30 * 86_400_000) } },
    data: { readAt: now },
  });
}
