// 13-5 (2022) reproduces the report: 181 suggestions, all 46 departments and 7 cities involved, all closed,
// final categories 71 A / 93 B / 13 C / 4 D, all latest feedback satisfied or basically satisfied.
import type { Rng } from "../prng";
import { DEMO_DEPUTY, placeOf, type DeputySeed } from "./deputies";
import { addDays, addMerge, bj, cityCodes, DeputyPicker, monotonic, type ContentFn, type TitleBook } from "./plan-common";
import { castSuggestions135 } from "./plan-13-5-groups";
import { afterReply, handleUntilSigned, type Case135 } from "./plan-13-5-steps";
import type { PlannedSuggestion, Step } from "./plan-types";
import type { CategoryCode } from "./texts";
import { unitCode } from "./units";

const CONFIDENTIAL_UNITS = new Set([unitCode("省人防办"), unitCode("省公安厅")]);
// Assigned in three batches, after one registration.
const BATCHES = [
  { from: 0, at: bj(2022, 2, 18, 10) },
  { from: 150, at: bj(2022, 2, 25, 15) },
  { from: 170, at: bj(2022, 3, 8, 10) },
];
const REGISTERED_AT = bj(2022, 2, 10, 9, 30);

export function plan135(rng: Rng, deputies: DeputySeed[], titles: TitleBook, contentOf: ContentFn): PlannedSuggestion[] {
  const picker = new DeputyPicker(
    rng,
    deputies.filter((d) => d.index >= 2 && d.index <= 115),
  );
  const g = castSuggestions135(rng);
  // Every draw below comes from the one `rng`, in this order per suggestion: keep the order to keep the demo.
  const out = g.topics.map((topic, i): PlannedSuggestion => {
    const lead = g.demoLed.has(i) ? DEMO_DEPUTY : picker.lead(topic);
    const place = placeOf(lead.delegation);
    const title = titles.take(topic, place);
    const isUrgent = g.urgent.has(i);
    const batch = [...BATCHES].reverse().find((b) => i >= b.from)!;
    const assignAt = new Date(batch.at.getTime() + rng.int(0, 240) * 60_000);
    const co =
      topic.co.length && (rng.chance(0.55) || topic.co.some((u) => cityCodes.has(u)))
        ? rng.sample(topic.co, rng.int(1, topic.co.length))
        : [];
    const final = g.categories[i]!; // one category per planned suggestion
    const firstCategory: CategoryCode = g.reclassified.has(i) ? "B" : g.rehandled.has(i) ? rng.pick(["C", "D"] as const) : final;
    const publishable = !CONFIDENTIAL_UNITS.has(topic.lead) && !rng.chance(0.04);
    // Acts fall on working hours a few hours either side of the assignment's time of day.
    const d = (days: number) => new Date(addDays(assignAt, days).getTime() + rng.int(-120, 180) * 60_000);
    const c: Case135 = { rng, g, i, d, isUrgent };

    const steps: Step[] = [{ kind: "assign", at: assignAt }];
    if (g.keyed.has(i)) steps.push({ kind: "markKey", at: d(3) }, { kind: "instruct", at: d(3.1) });
    const signDay = handleUntilSigned(c, co, firstCategory, steps);
    steps.push({ kind: "sign", at: d(signDay), publishable });
    afterReply(c, signDay, final, publishable, steps);

    return {
      sessionCode: "13-5",
      number: String(1001 + i),
      title,
      content: contentOf(topic, place),
      field: topic.field,
      topic,
      leadDeputy: lead.index,
      coSigners: picker.coSigners(lead, deputies),
      submittedAt: bj(2022, 1, rng.int(17, 21), rng.int(9, 18), rng.int(0, 59)),
      registeredAt: REGISTERED_AT,
      urgent: isUrgent,
      lead: topic.lead,
      co,
      scenario: g.rehandled.has(i) ? "rehandled" : g.reclassified.has(i) ? "reclassified" : g.late.has(i) ? "late" : "closed",
      finalCategory: final,
      steps: monotonic(steps),
    };
  });
  addMerge(out, (a, b) => a.topic.id === b.topic.id && [a, b].every((x) => x.scenario === "closed" && !x.urgent));
  return out;
}
