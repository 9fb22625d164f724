// Who may do what on one suggestion, given its assignments: small pure predicates the workflow uses after
// the record has been loaded through suggestionScope (so "cannot see" is already a 404; these make 403s).
import type { Actor } from "@/lib/auth/user";
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
/** Leadership writes instructions (批示) and marks key suggestions it leads (领办). */
export const canInstruct = isLeader;
export const canMarkKey = isLeader;
