import type { ActionState } from "@/lib/actions/result";

/** A server action as `ActionForm` calls it (React's useActionState). */
export type FormAction = (prev: ActionState, form: FormData) => Promise<ActionState>;

/**
 * The acts of the suggestion page, keyed by their export names in app/(app)/suggestions/[id]/actions.ts.
 * The page hands them down (`import * as actions from "./actions"`): components never import from app/,
 * so layers point one way, and a renamed or missing action fails tsc at the page.
 */
export interface SuggestionActions {
  assignAction: FormAction;
  communicationAction: FormAction;
  opinionAction: FormAction;
  saveReplyAction: FormAction;
  submitReplyAction: FormAction;
  returnReplyAction: FormAction;
  signReplyAction: FormAction;
  feedbackAction: FormAction;
  followUpAction: FormAction;
  reclassifyAction: FormAction;
  reassignmentRequestAction: FormAction;
  extensionRequestAction: FormAction;
  decideReassignmentAction: FormAction;
  decideExtensionAction: FormAction;
  supervisionAction: FormAction;
  instructionAction: FormAction;
  markKeyAction: FormAction;
  withdrawAction: FormAction;
}
