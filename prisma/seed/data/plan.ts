// The demo as data: which deputies, which suggestions, and for each suggestion the acts it goes through and
// when. demo.ts replays these acts through the workflow functions; nothing here touches the database.
// 13-5 (2022, plan-13-5.ts) reproduces the report; 14-1 (plan-14-1.ts) is in progress around `now`.
import { createRng, type Rng } from "../prng";
import { DEMO_DEPUTY, generateDeputies } from "./deputies";
import { bj, daysAgo, TitleBook, type ContentFn } from "./plan-common";
import { plan135 } from "./plan-13-5";
import { plan141 } from "./plan-14-1";
import type { DemoPlan } from "./plan-types";
import { suggestionContent } from "./texts";

export { bj } from "./plan-common";
export type { DemoPlan, PlannedSuggestion, RatingCode, SessionPlan, Step } from "./plan-types";

const contentFor =
  (rng: Rng): ContentFn =>
  (topic, place) =>
    suggestionContent(rng, topic, place);

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
