// 13-5's casting: which topic each of the 181 suggestions takes, its final category (71 A / 93 B / 13 C / 4 D),
// and which ones show a particular history (reclassified, re-handled, late, returned, key, followed up).
import type { Rng } from "../prng";
import type { CategoryCode } from "./texts";
import { TOPICS, type Topic } from "./topics";
import { cityCodes } from "./plan-common";

const FINAL_COUNTS: Record<CategoryCode, number> = { A: 71, B: 93, C: 13, D: 4 };

export interface Groups135 {
  topics: Topic[];
  categories: CategoryCode[];
  /** Signed B, later B → A. */
  reclassified: Set<number>;
  /** First reply C/D, dissatisfied, re-handled. */
  rehandled: Set<number>;
  urgent: Set<number>;
  late: Set<number>;
  lateExtended: Set<number>;
  lateSupervised: Set<number>;
  returned: Set<number>;
  keyed: Set<number>;
  followedUp: Set<number>;
  /** Led by the demo deputy, on topics no city government handles. */
  demoLed: Set<number>;
}

/** Draws from `rng` in a fixed order: the same casting every time. */
export function castSuggestions135(rng: Rng): Groups135 {
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
  const reclassified = take(
    indices((i) => categories[i] === "A"),
    5,
    special,
  );
  const rehandled = take(
    indices((i) => categories[i] === "B"),
    2,
    special,
  );
  const urgent = take(
    indices(() => true),
    5,
    special,
  );
  const late = take(
    indices(() => true),
    6,
    special,
  );
  const [lateExtended, lateSupervised] = [new Set([...late].slice(0, 2)), new Set([...late].slice(2, 4))];
  const returned = take(
    indices(() => true),
    10,
    new Set(special),
  );
  const keyed = take(
    indices(() => true),
    3,
    new Set(special),
  );
  const followedUp = take(
    indices((i) => categories[i] === "B" && !special.has(i)),
    12,
    new Set(special),
  );
  const demoLed = take(
    indices((i) => !special.has(i) && !topics[i]!.co.some((u) => cityCodes.has(u)) && !cityCodes.has(topics[i]!.lead)),
    2,
    new Set(),
  );
  return { topics, categories, reclassified, rehandled, urgent, late, lateExtended, lateSupervised, returned, keyed, followedUp, demoLed };
}
