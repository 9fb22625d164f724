// What the replay of the acts needs: the seeded world (ids, users, names) and one suggestion's running state.
import type { Actor } from "@/lib/auth/user";
import type { Ctx } from "@/lib/workflow/context";
import type { PlannedSuggestion, Step } from "../data/plan";
import type { CategoryCode } from "../data/texts";
import type { Rng } from "../prng";
import { unitUsername } from "./accounts";

export interface DemoWorld {
  /** Suggestion ids by "<session>/<number>". */
  ids: Map<string, string>;
  actor: (username: string) => Actor;
  unitName: Map<string, string>;
  deputyName: Map<number, string>;
  office: Actor;
  leader: Actor;
}

/** One suggestion's replay: its acts draw texts from `r` in order, and carry the current reply and round. */
export interface SuggestionReplay {
  s: PlannedSuggestion;
  id: string;
  r: Rng;
  /** The lead unit's code. */
  lead: string;
  /** The lead deputy's name. */
  deputy: string;
  replyId: string | null;
  category: CategoryCode;
  round: number;
}

/** An act of the plan, done as its actor at the step's time; false when the step is not of this kind. */
export type Act = (w: DemoWorld, rp: SuggestionReplay, step: Step, ctx: (a: Actor) => Ctx) => Promise<boolean>;

const DAY = 86_400_000;
export const iso = (d: Date) => d.toISOString();
export const addDays = (d: Date, days: number) => new Date(d.getTime() + days * DAY);

export const handlerOf = (w: DemoWorld, rp: SuggestionReplay) => w.actor(unitUsername(rp.lead, false));
export const unitLeaderOf = (w: DemoWorld, rp: SuggestionReplay) => w.actor(unitUsername(rp.lead, true));
