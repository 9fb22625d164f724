// 14-1 is "in progress" relative to the real current date, with work in every state: one suggestion per
// scenario of the table (plan-14-1-before.ts, plan-14-1-after.ts), the pending ones registered last.
import type { Rng } from "../prng";
import { DEMO_DEPUTY, placeOf, type DeputySeed } from "./deputies";
import { EDU, type Spec } from "./plan-14-1-flow";
import { SPECS_FROM_REPLY } from "./plan-14-1-after";
import { SPECS_BEFORE_REPLY } from "./plan-14-1-before";
import { addDays, addMerge, daysAgo, DeputyPicker, monotonic, type ContentFn, type TitleBook } from "./plan-common";
import type { PlannedSuggestion, Step, StepSpec } from "./plan-types";
import { TOPICS, type Topic } from "./topics";

const SPECS: Spec[] = [...SPECS_BEFORE_REPLY, ...SPECS_FROM_REPLY];

/** Picks topics for the demo unit's lead or co-handling work, or others, the least used first, with a title left. */
function topicChooser(rng: Rng, titles: TitleBook) {
  const usedTopics = new Map<number, number>();
  const eduLead = TOPICS.filter((t) => t.lead === EDU);
  const eduCo = TOPICS.filter((t) => t.co.includes(EDU) && t.lead !== EDU);
  const others = TOPICS.filter((t) => t.lead !== EDU && !t.co.includes(EDU));
  return (spec: Spec, place: string | null) => {
    const candidates = spec.topicFilter
      ? TOPICS.filter(spec.topicFilter)
      : spec.edu === "lead"
        ? eduLead
        : spec.edu === "co"
          ? eduCo
          : others;
    const fresh = rng.shuffle(candidates).sort((a, b) => (usedTopics.get(a.id) ?? 0) - (usedTopics.get(b.id) ?? 0));
    const topic = fresh.find((t) => titles.has(t, place))!;
    usedTopics.set(topic.id, (usedTopics.get(topic.id) ?? 0) + 1);
    return topic;
  };
}

/** A scenario's acts in days ago, made dates; an extension asks for assignment + 135 days, a supervision gives 10. */
function datedSteps(rng: Rng, now: Date, planned: [StepSpec, number][]): Step[] {
  const assignAgo = planned.find(([s]) => s.kind === "assign")?.[1] ?? 0;
  return monotonic(
    planned.map(([s, ago]) => {
      const at = daysAgo(now, ago, rng);
      if (s.kind === "requestExtension") return { ...s, at, requestedDueAt: addDays(daysAgo(now, assignAgo, rng), 135) } as Step;
      if (s.kind === "supervise") return { ...s, at, deadline: addDays(at, 10) } as Step;
      return { ...s, at } as Step;
    }),
  );
}

export function plan141(rng: Rng, now: Date, deputies: DeputySeed[], titles: TitleBook, contentOf: ContentFn): PlannedSuggestion[] {
  // The 14th congress: some deputies re-elected, many new.
  const pool = deputies.filter((d) => d.index >= 70);
  const picker = new DeputyPicker(rng, pool);
  const pickTopic = topicChooser(rng, titles);
  const mainRegistered = daysAgo(now, 118, rng);
  const lateRegistered = daysAgo(now, 3, rng);
  const specs = [...SPECS.filter((s) => s.scenario !== "pending"), ...SPECS.filter((s) => s.scenario === "pending")];
  let previous: Topic | null = null;
  // Every draw below comes from the one `rng`, in this order per suggestion: keep the order to keep the demo.
  const out = specs.map((spec, i): PlannedSuggestion => {
    const pending = spec.scenario === "pending";
    let leadDeputy = spec.demoDeputy ? DEMO_DEPUTY : null;
    const topic: Topic =
      spec.sameTopicAsPrevious && previous ? previous : pickTopic(spec, leadDeputy ? placeOf(leadDeputy.delegation) : null);
    previous = topic;
    leadDeputy ??= picker.lead(topic);
    const place = placeOf(leadDeputy.delegation);
    const title = titles.take(topic, place, true);
    const lead = spec.edu === "lead" ? EDU : topic.lead;
    const co =
      spec.edu === "co"
        ? [EDU, ...topic.co.filter((u) => u !== EDU && u !== lead)].slice(0, 2)
        : topic.co.filter((u) => u !== lead && u !== EDU).slice(0, rng.int(0, 2));
    const built = spec.build({ rng, topic, lead, co });
    const steps = datedSteps(rng, now, built.steps);
    return {
      sessionCode: "14-1",
      number: String(1001 + i),
      title,
      content: contentOf(topic, place),
      field: topic.field,
      topic,
      leadDeputy: leadDeputy.index,
      coSigners: spec.demoDeputy ? [] : i % 9 === 0 ? [DEMO_DEPUTY.index] : picker.coSigners(leadDeputy, pool),
      submittedAt: pending ? daysAgo(now, 4, rng) : daysAgo(now, 120, rng),
      registeredAt: pending ? lateRegistered : mainRegistered,
      urgent: !!spec.urgent,
      lead: pending ? null : lead,
      co: pending ? [] : (built.co ?? co),
      scenario: spec.scenario,
      steps,
    };
  });
  addMerge(out, (a, b) => a.topic.id === b.topic.id && a.scenario === "new" && b.scenario === "new");
  return out;
}
