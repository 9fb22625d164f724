// What both sessions' plans use: Beijing times, acts kept in time order, unique titles, deputies picked by
// delegation, and the one merged pair (并案) of each session.
import type { Rng } from "../prng";
import { DELEGATIONS, type DeputySeed } from "./deputies";
import type { PlannedSuggestion, Step } from "./plan-types";
import type { Topic } from "./topics";
import { CITIES } from "./units";

export type ContentFn = (topic: Topic, place: string | null) => string;

export const DAY = 86_400_000;
/** A moment in Beijing time (UTC+8). */
export const bj = (y: number, m: number, d: number, h = 10, min = 0) => new Date(Date.UTC(y, m - 1, d, h - 8, min));
export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** A working-hours moment `days` whole days before `now` (Beijing calendar); always before `now` when days ≥ 1. */
export function daysAgo(now: Date, days: number, rng: Rng): Date {
  const beijing = new Date(now.getTime() + 8 * 3_600_000);
  return bj(beijing.getUTCFullYear(), beijing.getUTCMonth() + 1, beijing.getUTCDate() - days, rng.int(9, 16), rng.int(0, 59));
}

/** Steps of one suggestion strictly in time order (acts on the same day keep their written order). */
export function monotonic(steps: Step[]): Step[] {
  let last = 0;
  return steps.map((s) => {
    const t = Math.max(s.at.getTime(), last + 7 * 60_000);
    last = t;
    return { ...s, at: new Date(t) };
  });
}

// ---- titles -------------------------------------------------------------------------------------------

const VERB_START = /^(加强|推进|加快|完善|提升|发展|扩大|落实|加大|强化|促进|全面|稳妥|推动|改善|建设|实施)/;
export const cityCodes = new Set(CITIES.map((c) => c.code));

export class TitleBook {
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

export class DeputyPicker {
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

/** Merges the first pair of suggestions that `match`, a day after the later of their assignments. */
export function addMerge(list: PlannedSuggestion[], match: (a: PlannedSuggestion, b: PlannedSuggestion) => boolean) {
  for (let j = 0; j < list.length; j++) {
    const b = list[j]!; // j < list.length
    const i = list.findIndex((x, k) => k < j && match(x, b));
    const a = list[i];
    if (!a) continue;
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
