// The demo as data: which deputies, which suggestions, and for each suggestion the acts it goes through and
// when. demo.ts replays these acts through the workflow functions; nothing here touches the database.
//
// 13-5 (2022) reproduces the report: 181 suggestions, all 46 departments and 7 cities involved, all closed,
// final categories 71 A / 93 B / 13 C / 4 D, all latest feedback satisfied or basically satisfied.
// 14-1 is "in progress" relative to the real current date, with work in every state.
import { createRng, type Rng } from "../prng";
import { DEMO_DEPUTY, DELEGATIONS, generateDeputies, placeOf, type DeputySeed } from "./deputies";
import { suggestionContent, type CategoryCode } from "./texts";
import { TOPICS, type Topic } from "./topics";
import { CITIES, DEMO_UNIT_CODE, unitCode } from "./units";

export type RatingCode = "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED";

export type Step =
  | { kind: "assign"; at: Date }
  | { kind: "opinion"; at: Date; unit: string }
  | { kind: "communicate"; at: Date }
  | { kind: "draft"; at: Date; category: CategoryCode }
  | { kind: "revise"; at: Date }
  | { kind: "submit"; at: Date }
  | { kind: "return"; at: Date }
  | { kind: "sign"; at: Date; publishable: boolean }
  | { kind: "feedback"; at: Date; rating: RatingCode }
  | { kind: "followUp"; at: Date; completed: boolean }
  | { kind: "reclassify"; at: Date; to: CategoryCode }
  | { kind: "supervise"; at: Date; deadline: Date }
  | { kind: "markKey"; at: Date }
  | { kind: "instruct"; at: Date }
  | { kind: "withdraw"; at: Date }
  | { kind: "requestReassignment"; at: Date; target: string }
  | { kind: "requestExtension"; at: Date; requestedDueAt: Date }
  | { kind: "decideExtension"; at: Date; approve: boolean }
  /** 并案: OFFICE merges this suggestion with an earlier one (by number) of the same content and lead unit. */
  | { kind: "merge"; at: Date; with: string };

type StepSpec = Step extends unknown ? DistOmit<Step, "at"> : never;
type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

export interface PlannedSuggestion {
  sessionCode: "13-5" | "14-1";
  number: string;
  title: string;
  content: string;
  field: string;
  topic: Topic;
  leadDeputy: number; // DeputySeed.index
  coSigners: number[];
  submittedAt: Date;
  /** Registered by the office at this time (suggestions of one batch are registered together). */
  registeredAt: Date;
  urgent: boolean;
  lead: string | null; // unit code; null = left unassigned (PENDING)
  co: string[];
  /** What the demo means this suggestion to show, e.g. "closed", "overdue" (for logs and tests). */
  scenario: string;
  /** Final category the replay should end with (13-5), for checks. */
  finalCategory?: CategoryCode;
  steps: Step[];
}

export interface SessionPlan {
  code: "13-5" | "14-1";
  name: string;
  year: number;
  createdAt: Date;
}

export interface DemoPlan {
  deputies: DeputySeed[];
  sessions: SessionPlan[];
  suggestions: PlannedSuggestion[];
  /** When the replay of 14-1 ends: expired feedback windows are closed at this time. */
  now: Date;
}

const DAY = 86_400_000;
/** A moment in Beijing time (UTC+8). */
export const bj = (y: number, m: number, d: number, h = 10, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 8, min));
const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** A working-hours moment `days` whole days before `now` (Beijing calendar); always before `now` when days ≥ 1. */
function daysAgo(now: Date, days: number, rng: Rng): Date {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return bj(beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, beijing.getUTCDate() - days, rng.int(9, 16), rng.int(0, 59));
}

/** Steps of one suggestion strictly in time order (acts on the same day keep their written order). */
function monotonic(steps: Step[]): Step[] {
  let last = 0;
  return steps.map((s) => {
    const t = Math.max(s.at.getTime(), last + 7 * 60_000);
    last = t;
    return { ...s, at: new Date(t) };
  });
}

// ---- titles -------------------------------------------------------------------------------------------

const VERB_START = /^(加强|推进|加快|完善|提升|发展|扩大|落实|加大|强化|促进|全面|稳妥|推动|改善|建设|实施)/;
const cityCodes = new Set(CITIES.map((c) => c.code));

class TitleBook {
  private used = new Set<string>();
  variants(topic: Topic, place: string | null): string[] {
    const out = [`关于${topic.phrase}的建议`];
    if (!/^(进一步|持续)/.test(topic.phrase)) out.push(`关于进一步${topic.phrase}的建议`);
    if (place && !cityCodes.has(topic.lead) && VERB_START.test(topic.phrase)) out.push(`关于在${place}${topic.phrase}的建议`);
    out.push(`关于${topic.phrase}的几点建议`);
    out.push(`关于切实${topic.phrase.replace(/^(切实)/, "")}的建议`);
    return out;
  }
  has(topic: Topic, place: string | null) {
    return this.variants(topic, place).some((t) => !this.used.has(t));
  }
  take(topic: Topic, place: string | null, skipFirst = false): string {
    const options = this.variants(topic, place);
    const title = options.slice(skipFirst ? 1 : 0).find((t) => !this.used.has(t)) ?? options.find((t) => !this.used.has(t));
    if (!title) throw new Error(`no title left for topic ${topic.phrase}`);
    this.used.add(title);
    return title;
  }
}

// ---- deputies -----------------------------------------------------------------------------------------

function delegationOfCity(unit: string): string | null {
  const city = CITIES.find((c) => c.code === unit);
  return city ? (DELEGATIONS.find((d) => d.city === city.name)?.name ?? null) : null;
}

class DeputyPicker {
  constructor(
    private rng: Rng,
    private pool: DeputySeed[],
  ) {}
  /** A lead deputy for the topic: from the city's delegation when a city government handles it. */
  lead(topic: Topic): DeputySeed {
    const cityUnit = [topic.lead, ...topic.co].find((u) => cityCodes.has(u));
    const delegation = cityUnit ? delegationOfCity(cityUnit) : null;
    const candidates = delegation ? this.pool.filter((d) => d.delegation === delegation) : this.pool;
    return this.rng.pick(candidates.length ? candidates : this.pool);
  }
  coSigners(lead: DeputySeed, all: DeputySeed[]): number[] {
    const count = this.rng.pick([0, 0, 1, 1, 2, 2, 3, 4]);
    const same = all.filter((d) => d.delegation === lead.delegation && d.index !== lead.index);
    const pool = same.length >= count ? same : all.filter((d) => d.index !== lead.index);
    return this.rng.sample(pool, count).map((d) => d.index);
  }
}

// ---- 13-5 ---------------------------------------------------------------------------------------------

const FINAL_COUNTS: Record<CategoryCode, number> = { A: 71, B: 93, C: 13, D: 4 };
const CONFIDENTIAL_UNITS = new Set([unitCode("省人防办"), unitCode("省公安厅")]);

function plan135(rng: Rng, deputies: DeputySeed[], titles: TitleBook, contentOf: ContentFn): PlannedSuggestion[] {
  const pool = deputies.filter((d) => d.index >= 2 && d.index <= 115);
  const picker = new DeputyPicker(rng, pool);
  // Every topic once (so every unit leads at least one suggestion), then 27 more on recurring themes.
  const topics = [...rng.shuffle(TOPICS)];
  while (topics.length < 181) topics.push(rng.pick(TOPICS));

  const categories = rng.shuffle(
    (Object.entries(FINAL_COUNTS) as [CategoryCode, number][]).flatMap(([c, n]) => Array<CategoryCode>(n).fill(c)),
  );
  const indices = (pred: (i: number) => boolean) => categories.map((_, i) => i).filter(pred);
  const take = (from: number[], n: number, taken: Set<number>) => {
    const chosen = rng.shuffle(from.filter((i) => !taken.has(i))).slice(0, n);
    chosen.forEach((i) => taken.add(i));
    return new Set(chosen);
  };
  const special = new Set<number>();
  const reclassified = take(indices((i) => categories[i] === "A"), 5, special); // signed B, later B → A
  const rehandled = take(indices((i) => categories[i] === "B"), 2, special); // first reply C/D, dissatisfied, re-handled
  const urgent = take(indices(() => true), 5, special);
  const late = take(indices(() => true), 6, special);
  const [lateExtended, lateSupervised] = [new Set([...late].slice(0, 2)), new Set([...late].slice(2, 4))];
  const returned = take(indices(() => true), 10, new Set(special));
  const keyed = take(indices(() => true), 3, new Set(special));
  const followedUp = take(indices((i) => categories[i] === "B" && !special.has(i)), 12, new Set(special));
  const demoLed = take(indices((i) => !special.has(i) && !topics[i]!.co.some((u) => cityCodes.has(u)) && !cityCodes.has(topics[i]!.lead)), 2, new Set());

  const batches = [
    { from: 0, at: bj(2022, 2, 18, 10) },
    { from: 150, at: bj(2022, 2, 25, 15) },
    { from: 170, at: bj(2022, 3, 8, 10) },
  ];
  const registeredAt = bj(2022, 2, 10, 9, 30);
  const out: PlannedSuggestion[] = [];

  topics.forEach((topic, i) => {
    const lead = demoLed.has(i) ? DEMO_DEPUTY : picker.lead(topic);
    const place = placeOf(lead.delegation);
    const title = titles.take(topic, place);
    const isUrgent = urgent.has(i);
    const batch = [...batches].reverse().find((b) => i >= b.from)!;
    const assignAt = new Date(batch.at.getTime() + rng.int(0, 240) * 60_000);
    const co = topic.co.length && (rng.chance(0.55) || topic.co.some((u) => cityCodes.has(u)))
      ? rng.sample(topic.co, rng.int(1, topic.co.length))
      : [];
    const final = categories[i]!; // one category per topic index
    const firstCategory: CategoryCode = reclassified.has(i) ? "B" : rehandled.has(i) ? rng.pick(["C", "D"] as const) : final;
    const publishable = !CONFIDENTIAL_UNITS.has(topic.lead) && !rng.chance(0.04);
    // Acts fall on working hours a few hours either side of the assignment's time of day.
    const d = (days: number) => new Date(addDays(assignAt, days).getTime() + rng.int(-120, 180) * 60_000);

    const steps: Step[] = [{ kind: "assign", at: assignAt }];
    if (keyed.has(i)) steps.push({ kind: "markKey", at: d(3) }, { kind: "instruct", at: d(3.1) });
    const opinionDays = co.map(() => (isUrgent ? rng.int(3, 8) : rng.int(5, 22)));
    co.forEach((unit, k) => steps.push({ kind: "opinion", at: d(opinionDays[k]! + rng.next() * 0.3), unit }));
    const afterOpinions = Math.max(2, ...opinionDays) + 1;

    let signDay: number;
    if (late.has(i)) {
      signDay = lateSupervised.has(i) ? 94 + rng.int(0, 6) : 92 + rng.int(0, 10);
      const submitDay = signDay - rng.int(1, 2);
      const draftDay = submitDay - rng.int(0, 2);
      const commDay = Math.max(afterOpinions, draftDay - rng.int(3, 8));
      if (lateExtended.has(i)) {
        steps.push({ kind: "requestExtension", at: d(74), requestedDueAt: d(120) }, { kind: "decideExtension", at: d(76), approve: true });
      }
      steps.push({ kind: "communicate", at: d(commDay) });
      if (lateSupervised.has(i)) steps.push({ kind: "supervise", at: d(91.2), deadline: d(101) });
      steps.push({ kind: "draft", at: d(draftDay), category: firstCategory }, { kind: "submit", at: d(submitDay) });
    } else {
      const commDay = afterOpinions + (isUrgent ? rng.int(1, 4) : rng.int(3, 25));
      const draftDay = commDay + (isUrgent ? rng.int(1, 2) : rng.int(1, 8));
      let submitDay = draftDay + rng.int(0, 2);
      steps.push(
        { kind: "communicate", at: d(commDay) },
        { kind: "draft", at: d(draftDay), category: firstCategory },
        { kind: "submit", at: d(submitDay) },
      );
      if (returned.has(i) && !isUrgent) {
        const returnDay = submitDay + rng.int(1, 3);
        const reviseDay = returnDay + rng.int(1, 3);
        submitDay = reviseDay + rng.int(0, 1);
        steps.push({ kind: "return", at: d(returnDay) }, { kind: "revise", at: d(reviseDay) }, { kind: "submit", at: d(submitDay) });
      }
      signDay = submitDay + rng.int(1, isUrgent ? 2 : 4);
    }
    steps.push({ kind: "sign", at: d(signDay), publishable });

    let feedbackDay = signDay + rng.int(2, 20);
    if (rehandled.has(i)) {
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
      const rating: RatingCode = reclassified.has(i) || rng.chance(0.8) ? "SATISFIED" : "BASICALLY_SATISFIED";
      steps.push({ kind: "feedback", at: d(feedbackDay), rating });
    }
    if (reclassified.has(i)) {
      const at = bj(2022, 9, rng.int(1, 30), rng.int(9, 16));
      steps.push({ kind: "followUp", at, completed: true }, { kind: "reclassify", at: addDays(at, rng.int(2, 10)), to: "A" });
    } else if (followedUp.has(i)) {
      steps.push({ kind: "followUp", at: bj(2022, rng.pick([9, 10]), rng.int(1, 28), rng.int(9, 16)), completed: false });
    }

    out.push({
      sessionCode: "13-5",
      number: String(1001 + i),
      title,
      content: contentOf(topic, place),
      field: topic.field,
      topic,
      leadDeputy: lead.index,
      coSigners: picker.coSigners(lead, deputies),
      submittedAt: bj(2022, 1, rng.int(17, 21), rng.int(9, 18), rng.int(0, 59)),
      registeredAt,
      urgent: isUrgent,
      lead: topic.lead,
      co,
      scenario: rehandled.has(i) ? "rehandled" : reclassified.has(i) ? "reclassified" : late.has(i) ? "late" : "closed",
      finalCategory: final,
      steps: monotonic(steps),
    });
  });
  addMerge(out, (a, b) => a.topic.id === b.topic.id && [a, b].every((x) => x.scenario === "closed" && !x.urgent));
  return out;
}

/** Merges the first pair of suggestions that `match`, a day after the later of their assignments. */
function addMerge(list: PlannedSuggestion[], match: (a: PlannedSuggestion, b: PlannedSuggestion) => boolean) {
  for (let j = 0; j < list.length; j++) {
    const b = list[j]!; // j < list.length
    const i = list.findIndex((a, k) => k < j && match(a, b));
    if (i < 0) continue;
    const a = list[i]!; // found above
    const assigned = (x: PlannedSuggestion) => x.steps.find((st) => st.kind === "assign")!.at.getTime();
    const at = new Date(Math.max(assigned(a), assigned(b)) + DAY);
    const merge: Step = { kind: "merge", at, with: a.number };
    const pos = b.steps.findIndex((st) => st.at.getTime() > at.getTime());
    b.steps = monotonic(pos < 0 ? [...b.steps, merge] : [...b.steps.slice(0, pos), merge, ...b.steps.slice(pos)]);
    b.scenario = `${b.scenario}+merged`;
    a.scenario = `${a.scenario}+merged`;
    return;
  }
  throw new Error("demo plan: no pair of suggestions to merge");
}

// ---- 14-1 ---------------------------------------------------------------------------------------------

type Spec = {
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

interface FlowCtx {
  rng: Rng;
  topic: Topic;
  lead: string;
  co: string[];
}

const EDU = DEMO_UNIT_CODE;
const RENSHE = unitCode("省人社厅");

/** The standard acts before signing, given the day (days ago) of assignment and of signing. */
function handledUntil(f: FlowCtx, assign: number, until: "comm" | "draft" | "review" | "signed", signAgo: number, category: CategoryCode) {
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

const cat = (rng: Rng): CategoryCode => rng.pick(["A", "A", "A", "B", "B", "B", "B", "C", "D"] as const);

const SPECS: Spec[] = [
  // Registered a few days ago, not yet assigned.
  ...Array.from({ length: 6 }, (_, k): Spec => ({ scenario: "pending", demoDeputy: k === 0, build: () => ({ steps: [], lead: null, co: [] }) })),
  // Withdrawn by the deputy before a reply.
  { scenario: "withdrawn", edu: "lead", build: ({ rng }) => ({ steps: [[{ kind: "assign" }, 40], [{ kind: "communicate" }, 30], [{ kind: "withdraw" }, rng.int(15, 20)]] }) },
  // Freshly assigned.
  ...Array.from({ length: 6 }, (_, k): Spec => ({
    scenario: "new",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    urgent: k === 2,
    sameTopicAsPrevious: k === 4,
    build: ({ rng }) => ({ steps: [[{ kind: "assign" }, rng.int(6, 14)]] }),
  })),
  // In hand: the unit has talked with the deputy; co-handling opinions in.
  ...Array.from({ length: 6 }, (_, k): Spec => ({
    scenario: k === 2 ? "key" : "communicated",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    demoDeputy: k === 3,
    build: (f) => {
      const assign = f.rng.int(35, 50);
      const steps = handledUntil(f, assign, "comm", 5, "B");
      if (k === 2) steps.splice(1, 0, [{ kind: "markKey" }, assign - 2], [{ kind: "instruct" }, assign - 2]);
      return { steps };
    },
  })),
  // Due within a week. The co-handling unit 省教育厅 has not sent its opinion (overdue for the co unit).
  ...Array.from({ length: 3 }, (_, k): Spec => ({
    scenario: "due-soon",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    build: (f) => {
      const assign = f.rng.int(84, 87);
      const steps = handledUntil(f, assign, "comm", 10, "B");
      return { steps: k === 1 ? steps.filter(([s]) => !(s.kind === "opinion" && "unit" in s && s.unit === EDU)) : steps };
    },
  })),
  // An approved extension: assigned more than 90 days ago, but due later.
  {
    scenario: "extended",
    build: (f) => ({
      steps: [
        ...handledUntil(f, 96, "comm", 30, "B"),
        [{ kind: "requestExtension", requestedDueAt: new Date(0) }, 20], // requestedDueAt filled in below (assign + 135 days)
        [{ kind: "decideExtension", approve: true }, 18],
      ],
    }),
  },
  // Overdue: assigned more than 90 days ago, no signed reply; two of them supervised (督办).
  ...Array.from({ length: 5 }, (_, k): Spec => ({
    scenario: "overdue",
    edu: k === 0 ? "lead" : k === 4 ? "co" : undefined,
    build: (f) => {
      const assign = f.rng.int(100, 115);
      const steps = handledUntil(f, assign, k === 3 ? "draft" : "comm", 20, "B");
      if (k === 4) return { steps: steps.filter(([s]) => !(s.kind === "opinion" && "unit" in s && s.unit === EDU)) };
      if (k <= 1) steps.push([{ kind: "supervise", deadline: new Date(0) }, assign - 95]); // deadline: 10 days after the notice
      return { steps };
    },
  })),
  // A reply drafted.
  ...Array.from({ length: 4 }, (_, k): Spec => ({
    scenario: "draft",
    edu: k === 0 ? "lead" : undefined,
    build: (f) => ({ steps: handledUntil(f, f.rng.int(45, 70), "draft", 3, cat(f.rng)) }),
  })),
  // A reply waiting for the unit leader's signature.
  ...Array.from({ length: 4 }, (_, k): Spec => ({
    scenario: "in-review",
    edu: k === 0 || k === 1 ? "lead" : undefined,
    build: (f) => ({ steps: handledUntil(f, f.rng.int(50, 75), "review", 2, k === 0 ? "B" : cat(f.rng)) }),
  })),
  // Returned by the leader to the handler with a comment.
  {
    scenario: "returned",
    edu: "lead",
    build: (f) => ({ steps: [...handledUntil(f, 60, "review", 5, "A"), [{ kind: "return" }, 3]] }),
  },
  // The lead unit says the matter is outside its remit (within 7 working days of assignment).
  {
    scenario: "reassignment-requested",
    edu: "lead",
    topicFilter: (t) => t.lead === RENSHE && t.co.includes(EDU),
    build: () => ({ steps: [[{ kind: "assign" }, 4], [{ kind: "requestReassignment", target: RENSHE }, 2]] }),
  },
  // The lead unit asks for more time.
  {
    scenario: "extension-requested",
    edu: "lead",
    build: (f) => ({
      steps: [...handledUntil(f, 80, "comm", 10, "B"), [{ kind: "requestExtension", requestedDueAt: new Date(0) }, 2]],
    }),
  },
  // Signed within the last 30 days, waiting for the deputy's feedback.
  ...Array.from({ length: 8 }, (_, k): Spec => ({
    scenario: "replied",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    demoDeputy: k === 0 || k === 2,
    build: (f) => ({ steps: handledUntil(f, f.rng.int(70, 100), "signed", f.rng.int(2, 25), k === 0 ? "B" : cat(f.rng)) }),
  })),
  // Closed on satisfied / basically satisfied feedback.
  ...Array.from({ length: 10 }, (_, k): Spec => ({
    scenario: "closed",
    edu: k === 0 ? "lead" : k === 1 ? "co" : undefined,
    demoDeputy: k === 2,
    build: (f) => {
      const signAgo = f.rng.int(40, 75);
      const category = k === 0 ? "B" : cat(f.rng);
      const steps = handledUntil(f, f.rng.int(95, 110), "signed", signAgo, category);
      steps.push([{ kind: "feedback", rating: f.rng.chance(0.7) ? "SATISFIED" : "BASICALLY_SATISFIED" }, signAgo - f.rng.int(3, 20)]);
      if (category === "B" || category === "C") steps.push([{ kind: "followUp", completed: false }, f.rng.int(2, 6)]);
      return { steps };
    },
  })),
  // Signed more than 30 days ago and never rated: closed as "no feedback" when the window expires.
  ...Array.from({ length: 2 }, (): Spec => ({
    scenario: "no-feedback",
    build: (f) => ({ steps: handledUntil(f, f.rng.int(95, 105), "signed", f.rng.int(35, 45), cat(f.rng)) }),
  })),
  // Dissatisfied feedback: being handled again.
  {
    scenario: "rehandling",
    edu: "lead",
    build: (f) => ({
      steps: [
        ...handledUntil(f, 100, "signed", 40, "D"),
        [{ kind: "feedback", rating: "DISSATISFIED" }, 12],
        [{ kind: "communicate" }, 5],
      ],
    }),
  },
];

function plan141(rng: Rng, now: Date, deputies: DeputySeed[], titles: TitleBook, contentOf: ContentFn): PlannedSuggestion[] {
  // The 14th congress: some deputies re-elected, many new.
  const pool = deputies.filter((d) => d.index >= 70);
  const picker = new DeputyPicker(rng, pool);
  const usedTopics = new Map<number, number>();
  const eduLead = TOPICS.filter((t) => t.lead === EDU);
  const eduCo = TOPICS.filter((t) => t.co.includes(EDU) && t.lead !== EDU);
  const others = TOPICS.filter((t) => t.lead !== EDU && !t.co.includes(EDU));
  const pickTopic = (candidates: Topic[], place: string | null) => {
    const fresh = rng.shuffle(candidates).sort((a, b) => (usedTopics.get(a.id) ?? 0) - (usedTopics.get(b.id) ?? 0));
    const topic = fresh.find((t) => titles.has(t, place))!;
    usedTopics.set(topic.id, (usedTopics.get(topic.id) ?? 0) + 1);
    return topic;
  };

  const mainRegistered = daysAgo(now, 118, rng);
  const lateRegistered = daysAgo(now, 3, rng);
  const specs = [...SPECS.filter((s) => s.scenario !== "pending"), ...SPECS.filter((s) => s.scenario === "pending")];
  let previous: Topic | null = null;
  const out = specs.map((spec, i): PlannedSuggestion => {
    const pending = spec.scenario === "pending";
    const candidates = spec.topicFilter
      ? TOPICS.filter(spec.topicFilter)
      : spec.edu === "lead" ? eduLead : spec.edu === "co" ? eduCo : others;
    let leadDeputy = spec.demoDeputy ? DEMO_DEPUTY : null;
    const topic: Topic = spec.sameTopicAsPrevious && previous ? previous : pickTopic(candidates, leadDeputy ? placeOf(leadDeputy.delegation) : null);
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
    const assignAgo = built.steps.find(([s]) => s.kind === "assign")?.[1] ?? 0;
    const steps = monotonic(
      built.steps.map(([s, ago]) => {
        const at = daysAgo(now, ago, rng);
        if (s.kind === "requestExtension") return { ...s, at, requestedDueAt: addDays(daysAgo(now, assignAgo, rng), 135) } as Step;
        if (s.kind === "supervise") return { ...s, at, deadline: addDays(at, 10) } as Step;
        return { ...s, at } as Step;
      }),
    );
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

// ---- the whole plan -----------------------------------------------------------------------------------

type ContentFn = (topic: Topic, place: string | null) => string;
const contentFor = (rng: Rng): ContentFn => (topic, place) => suggestionContent(rng, topic, place);

export function buildDemoPlan(now: Date): DemoPlan {
  const deputies = [DEMO_DEPUTY, ...generateDeputies(createRng(20220117), 179, 2, [DEMO_DEPUTY.name])];
  const titles = new TitleBook();
  const s135 = plan135(createRng(1355), deputies, titles, contentFor(createRng(135_001)));
  const s141 = plan141(createRng(1411), now, deputies, titles, contentFor(createRng(141_001)));
  return {
    deputies,
    sessions: [
      { code: "13-5", name: "吉林省第十三届人民代表大会第五次会议", year: 2022, createdAt: bj(2022, 1, 10, 9) },
      { code: "14-1", name: "吉林省第十四届人民代表大会第一次会议", year: 2023, createdAt: daysAgo(now, 125, createRng(1)) },
    ],
    suggestions: [...s135, ...s141],
    now,
  };
}
