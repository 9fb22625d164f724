// 14-1's scenarios, part of the table: how a suggestion of each scenario is handled (its acts, in days ago),
// and the standard handling before a reply that most of them share.
import type { Rng } from "../prng";
import type { StepSpec } from "./plan-types";
import type { CategoryCode } from "./texts";
import type { Topic } from "./topics";
import { DEMO_UNIT_CODE, unitCode } from "./units";

export type Spec = {
  scenario: string;
  /** Take the same topic as the previous suggestion (a different deputy's take on the same matter). */
  sameTopicAsPrevious?: boolean;
  /** Lead unit override (省教育厅 for the demo unit's work). */
  edu?: "lead" | "co";
  demoDeputy?: boolean;
  topicFilter?: (t: Topic) => boolean;
  urgent?: boolean;
  build: (ctx: FlowCtx) => { steps: [StepSpec, number][]; lead?: string | null; co?: string[] };
};

export interface FlowCtx {
  rng: Rng;
  topic: Topic;
  lead: string;
  co: string[];
}

export const EDU = DEMO_UNIT_CODE;
export const RENSHE = unitCode("省人社厅");

/** The standard acts before signing, given the day (days ago) of assignment and of signing. */
export function handledUntil(
  f: FlowCtx,
  assign: number,
  until: "comm" | "draft" | "review" | "signed",
  signAgo: number,
  category: CategoryCode,
) {
  const { rng } = f;
  const steps: [StepSpec, number][] = [[{ kind: "assign" }, assign]];
  const span = assign - signAgo; // days available
  f.co.forEach((unit) => steps.push([{ kind: "opinion", unit }, assign - Math.min(rng.int(4, 20), Math.floor(span * 0.3))]));
  const comm = assign - Math.max(1, Math.floor(span * (0.35 + rng.next() * 0.2)));
  steps.push([{ kind: "communicate" }, comm]);
  if (until === "comm") return steps;
  const draft = Math.max(signAgo + 1, comm - rng.int(1, 5));
  steps.push([{ kind: "draft", category }, draft]);
  if (until === "draft") return steps;
  const submit = Math.max(signAgo, draft - rng.int(0, 2));
  steps.push([{ kind: "submit" }, submit]);
  if (until === "review") return steps;
  steps.push([{ kind: "sign", publishable: true }, signAgo]);
  return steps;
}

export const cat = (rng: Rng): CategoryCode => rng.pick(["A", "A", "A", "B", "B", "B", "B", "C", "D"] as const);
