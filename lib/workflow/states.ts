// The one vocabulary of a suggestion's states (SPEC §3): which statuses make a set that a rule, a list, a
// statistic or a reminder speaks of. Pages, the API, the workflow and the SQL builders all read these sets;
// a status list written anywhere else drifts (tests/unit/workflow-states.test.ts looks for copies).
import { Prisma } from "@/lib/generated/prisma/client";
import { SuggestionStatus } from "@/lib/generated/prisma/enums";

type Status = SuggestionStatus;
type StatusSet = readonly Status[];

/** Every status, in the order of the workflow (filters, exports). */
export const ALL_STATUSES = Object.values(SuggestionStatus) as readonly Status[];

/** In handling: the lead unit owes this round's reply, co units their opinions. Only here is a duty overdue. */
export const HANDLING_STATUSES = ["IN_PROGRESS", "REHANDLING"] as const satisfies StatusSet;

/** Before any reply is signed: the lead deputy (or the office) may still withdraw the suggestion. */
export const WITHDRAWABLE_STATUSES = ["PENDING", "IN_PROGRESS"] as const satisfies StatusSet;

/** A signed reply stands: the lead unit follows up its commitments and may reclassify it. */
export const ANSWERED_STATUSES = ["REPLIED", "CLOSED"] as const satisfies StatusSet;

/** Found not to be a suggestion (issue 11): 不予立案, or 转为来信 for a letter about a personal matter. */
export const NOT_A_SUGGESTION_STATUSES = ["NOT_ACCEPTED", "TO_LETTER"] as const satisfies StatusSet;

/** The suggestion's handling is over (closed, withdrawn, not a suggestion): nothing more is merged into it. */
export const ENDED_STATUSES = ["CLOSED", "WITHDRAWN", ...NOT_A_SUGGESTION_STATUSES] as const satisfies StatusSet;

/** Left out of every statistic (totals, rates, units' figures, reports, exports): withdrawn, or not a suggestion. */
export const UNCOUNTED_STATUSES = ["WITHDRAWN", ...NOT_A_SUGGESTION_STATUSES] as const satisfies StatusSet;

/** The office may still find it not a suggestion: before any reply is signed, as for a withdrawal. */
export const MARKABLE_STATUSES = WITHDRAWABLE_STATUSES;

const within =
  (set: StatusSet) =>
  (status: string): boolean =>
    (set as readonly string[]).includes(status);

export const isHandling = within(HANDLING_STATUSES);
export const isWithdrawable = within(WITHDRAWABLE_STATUSES);
export const isAnswered = within(ANSWERED_STATUSES);
export const isEnded = within(ENDED_STATUSES);
export const isNotASuggestion = within(NOT_A_SUGGESTION_STATUSES);
export const isUncounted = within(UNCOUNTED_STATUSES);
export const isMarkable = within(MARKABLE_STATUSES);

/** The statuses of `wanted` that are in `set` (a filter narrowed to, e.g., what can be overdue). */
export const keepIn = (wanted: readonly Status[], set: StatusSet): Status[] => wanted.filter(within(set));

// The values are this module's own enum names, checked here, so writing them as SQL literals is safe; literals
// (not parameters) keep the statement text the planner and the partial indexes have always seen.
const literal = (status: Status) => {
  if (!/^[A-Z_]+$/.test(status)) throw new Error(`not a status: ${status}`);
  return `'${status}'`;
};

/** `('IN_PROGRESS', 'REHANDLING')`: a status set as an SQL list, for `s.status IN ${statusListSql(…)}`. */
export const statusListSql = (set: StatusSet): Prisma.Sql => Prisma.raw(`(${set.map(literal).join(", ")})`);

/** `<column> IN ('IN_PROGRESS', 'REHANDLING')`. */
export const statusInSql = (column: Prisma.Sql, set: StatusSet): Prisma.Sql => Prisma.sql`${column} IN ${statusListSql(set)}`;
