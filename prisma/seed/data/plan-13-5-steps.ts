// The acts of one 13-5 suggestion, in days after its assignment: handling up to the signed reply, then
// feedback (a re-handling round for the dissatisfied), follow-ups and reclassification.
import type { Rng } from "../prng";
import { bj, addDays } from "./plan-common";
import type { Groups135 } from "./plan-13-5-groups";
import type { RatingCode, Step } from "./plan-types";
import type { CategoryCode } from "./texts";

/** One suggestion being planned: its place in the casting and its act times (`d(days)` after assignment). */
export interface Case135 {
  rng: Rng;
  g: Groups135;
  i: number;
  d: (days: number) => Date;
  isUrgent: boolean;
}

/** Opinions, talking with the deputy, drafting and submitting (returned and revised for some); the signing day. */
export function handleUntilSigned(c: Case135, co: string[], firstCategory: CategoryCode, steps: Step[]): number {
  const { rng, g, i, d, isUrgent } = c;
  const opinionDays = co.map(() => (isUrgent ? rng.int(3, 8) : rng.int(5, 22)));
  co.forEach((unit, k) => steps.push({ kind: "opinion", at: d(opinionDays[k]! + rng.next() * 0.3), unit }));
  const afterOpinions = Math.max(2, ...opinionDays) + 1;
  if (g.late.has(i)) {
    const signDay = g.lateSupervised.has(i) ? 94 + rng.int(0, 6) : 92 + rng.int(0, 10);
    const submitDay = signDay - rng.int(1, 2);
    const draftDay = submitDay - rng.int(0, 2);
    const commDay = Math.max(afterOpinions, draftDay - rng.int(3, 8));
    if (g.lateExtended.has(i)) {
      steps.push({ kind: "requestExtension", at: d(74), requestedDueAt: d(120) }, { kind: "decideExtension", at: d(76), approve: true });
    }
    steps.push({ kind: "communicate", at: d(commDay) });
    if (g.lateSupervised.has(i)) steps.push({ kind: "supervise", at: d(91.2), deadline: d(101) });
    steps.push({ kind: "draft", at: d(draftDay), category: firstCategory }, { kind: "submit", at: d(submitDay) });
    return signDay;
  }
  const commDay = afterOpinions + (isUrgent ? rng.int(1, 4) : rng.int(3, 25));
  const draftDay = commDay + (isUrgent ? rng.int(1, 2) : rng.int(1, 8));
  let submitDay = draftDay + rng.int(0, 2);
  steps.push(
    { kind: "communicate", at: d(commDay) },
    { kind: "draft", at: d(draftDay), category: firstCategory },
    { kind: "submit", at: d(submitDay) },
  );
  if (g.returned.has(i) && !isUrgent) {
    const returnDay = submitDay + rng.int(1, 3);
    const reviseDay = returnDay + rng.int(1, 3);
    submitDay = reviseDay + rng.int(0, 1);
    steps.push({ kind: "return", at: d(returnDay) }, { kind: "revise", at: d(reviseDay) }, { kind: "submit", at: d(submitDay) });
  }
  return submitDay + rng.int(1, isUrgent ? 2 : 4);
}

/** The deputy's feedback after the signing (a second round first for the re-handled), then the follow-ups. */
export function afterReply(c: Case135, signDay: number, final: CategoryCode, publishable: boolean, steps: Step[]): void {
  const { rng, g, i, d } = c;
  let feedbackDay = signDay + rng.int(2, 20);
  if (g.rehandled.has(i)) {
    const dissatisfied = signDay + rng.int(4, 10);
    const comm2 = dissatisfied + rng.int(2, 5);
    const draft2 = comm2 + rng.int(1, 4);
    const submit2 = draft2 + rng.int(0, 1);
    const sign2 = submit2 + rng.int(1, 3);
    feedbackDay = sign2 + rng.int(3, 10);
    steps.push(
      { kind: "feedback", at: d(dissatisfied), rating: "DISSATISFIED" },
      { kind: "communicate", at: d(comm2) },
      { kind: "draft", at: d(draft2), category: final },
      { kind: "submit", at: d(submit2) },
      { kind: "sign", at: d(sign2), publishable },
      { kind: "feedback", at: d(feedbackDay), rating: "BASICALLY_SATISFIED" },
    );
  } else {
    const rating: RatingCode = g.reclassified.has(i) || rng.chance(0.8) ? "SATISFIED" : "BASICALLY_SATISFIED";
    steps.push({ kind: "feedback", at: d(feedbackDay), rating });
  }
  if (g.reclassified.has(i)) {
    const at = bj(2022, 9, rng.int(1, 30), rng.int(9, 16));
    steps.push({ kind: "followUp", at, completed: true }, { kind: "reclassify", at: addDays(at, rng.int(2, 10)), to: "A" });
  } else if (g.followedUp.has(i)) {
    steps.push({ kind: "followUp", at: bj(2022, rng.pick([9, 10]), rng.int(1, 28), rng.int(9, 16)), completed: false });
  }
}
