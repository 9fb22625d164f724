// Who may do what on one suggestion, given its assignments: small pure predicates the workflow uses after
// the record has been loaded through suggestionScope (so "cannot see" is already a 404; these make 403s).
import type { Actor } from "@/lib/auth/user";
import { isAnswered, isHandling, isMarkable, isNotASuggestion, isWithdrawable } from "@/lib/workflow/states";
import { isDeputy, isLeader, isOffice, isUnitLeader, isUnitUser } from "./roles";

export interface AssignmentLike {
  id: string;
  unitId: string;
  role: "LEAD" | "CO";
  state: "ACTIVE" | "REASSIGNED" | "CANCELLED";
}

export interface SuggestionLike {
  leadDeputyId: string;
}

/** What "may act now" reads: who (the role and the assignments) and the state (lib/workflow/states.ts). */
export interface SuggestionState extends SuggestionLike {
  status: string;
  assignments: AssignmentLike[];
}

/** The actor's unit's active assignment on the suggestion, if any. */
export const activeAssignmentOf = <A extends AssignmentLike>(actor: Actor, assignments: A[]): A | undefined =>
  isUnitUser(actor) ? assignments.find((a) => a.state === "ACTIVE" && a.unitId === actor.unitId) : undefined;

export const activeLead = <A extends AssignmentLike>(assignments: A[]): A | undefined =>
  assignments.find((a) => a.state === "ACTIVE" && a.role === "LEAD");

export const activeCos = <A extends AssignmentLike>(assignments: A[]): A[] =>
  assignments.filter((a) => a.state === "ACTIVE" && a.role === "CO");

/** A handler or leader of the unit that leads the suggestion now: drafts replies, follow-up, requests. */
export const canActAsLeadUnit = (actor: Actor, assignments: AssignmentLike[]) => activeAssignmentOf(actor, assignments)?.role === "LEAD";

/** A handler or leader of an active co-handling unit: gives opinions. */
export const canActAsCoUnit = (actor: Actor, assignments: AssignmentLike[]) => activeAssignmentOf(actor, assignments)?.role === "CO";

/** Any unit with an active assignment (lead or co): records communications with the deputy. */
export const canCommunicate = (actor: Actor, assignments: AssignmentLike[]) => !!activeAssignmentOf(actor, assignments);

/** Rule 4: only a UNIT_LEADER of the lead unit signs, or returns a reply in review. */
export const canSignReply = (actor: Actor, assignments: AssignmentLike[]) => isUnitLeader(actor) && canActAsLeadUnit(actor, assignments);

/** Only the lead deputy rates the reply (co-signers see it but may not rate). */
export const canGiveFeedback = (actor: Actor, suggestion: SuggestionLike) => isDeputy(actor) && actor.deputyId === suggestion.leadDeputyId;

/** The lead deputy, or OFFICE on the deputy's behalf, withdraws a suggestion. */
export const canWithdraw = (actor: Actor, suggestion: SuggestionLike) => isOffice(actor) || canGiveFeedback(actor, suggestion);

export const canRegister = isOffice;
export const canAssign = isOffice;
export const canDecideRequests = isOffice;
export const canSupervise = isOffice;
export const canCreateDeputy = isOffice;
/** The office corrects a registered suggestion and the units handling it (issue 11). */
export const canCorrect = isOffice;
/** The office corrects deputies' details as it registers them (issue 11). */
export const canEditDeputy = isOffice;
/** Leadership writes instructions (批示) and marks key suggestions it leads (领办). */
export const canInstruct = isLeader;
export const canMarkKey = isLeader;
/** The office decides a registration's standing (不予立案 / 转为来信, and back) and corrects merged handling. */
export const canDecideStanding = isOffice;
export const canCorrectMerge = isOffice;

// "May act now": who may do it (above) and whether the suggestion's state allows it. The detail page shows a
// form when these say yes; the workflow checks the same two halves apart, to say which one refused (403 / 422).

/** The office assigns a suggestion that awaits its lead unit. */
export const mayAssignNow = (actor: Actor, s: SuggestionState) => canAssign(actor) && s.status === "PENDING";

/** The office supervises (督办) a suggestion in handling that has a lead unit. */
export const maySuperviseNow = (actor: Actor, s: SuggestionState) =>
  canSupervise(actor) && !!activeLead(s.assignments) && isHandling(s.status);

/** A unit with an active assignment works on a suggestion in handling (communications, its own duty). */
export const mayHandleNow = (actor: Actor, s: SuggestionState) => canCommunicate(actor, s.assignments) && isHandling(s.status);

/** The lead unit follows up and reclassifies once a signed reply stands. */
export const mayFollowUpNow = (actor: Actor, s: SuggestionState, signedReplies: number) =>
  canActAsLeadUnit(actor, s.assignments) && signedReplies > 0 && isAnswered(s.status);

/** The lead deputy rates a reply that awaits feedback. */
export const mayGiveFeedbackNow = (actor: Actor, s: SuggestionState) => canGiveFeedback(actor, s) && s.status === "REPLIED";

/** The lead deputy (or the office) withdraws before any reply is signed. */
export const mayWithdrawNow = (actor: Actor, s: SuggestionState, signedReplies: number) =>
  canWithdraw(actor, s) && signedReplies === 0 && isWithdrawable(s.status);

// Key suggestions led by provincial leaders (领导领办).

/** The office assigns a key suggestion to a leader, changes or removes the leader. */
export const canAssignKeyLeader = isOffice;

/** A handler or leader of the lead unit reports progress (汇报) to the leader of a key suggestion. */
export const canReportKeyProgress = (actor: Actor, s: { key: boolean; assignments: AssignmentLike[] }) =>
  s.key && canActAsLeadUnit(actor, s.assignments);

/** Reports are owed while the suggestion stands: not once it is withdrawn. */
export const mayReportKeyProgressNow = (actor: Actor, s: SuggestionState & { key: boolean }) =>
  canReportKeyProgress(actor, s) && s.status !== "WITHDRAWN";

/** The office (re)assigns the leader of any suggestion still standing. */
export const mayAssignKeyLeaderNow = (actor: Actor, s: { status: string }) => canAssignKeyLeader(actor) && s.status !== "WITHDRAWN";
/** The office finds a registration not a suggestion before any reply is signed, and never inside a merged group. */
export const mayMarkNotASuggestionNow = (actor: Actor, s: SuggestionState & { mergeGroupId?: string | null }, signedReplies: number) =>
  canDecideStanding(actor) && signedReplies === 0 && isMarkable(s.status) && !s.mergeGroupId;

/** The office restores a registration it found not a suggestion. */
export const mayRestoreStandingNow = (actor: Actor, s: SuggestionState) => canDecideStanding(actor) && isNotASuggestion(s.status);
