// The types of the demo plan: the acts (steps) a planned suggestion goes through and when.
import type { DeputySeed } from "./deputies";
import type { CategoryCode } from "./texts";
import type { Topic } from "./topics";

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

export type StepSpec = Step extends unknown ? DistOmit<Step, "at"> : never;
export type DistOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

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
