"use server";
// Every act on a suggestion from its detail page. The workflow functions authorize, validate and apply the
// rules; these read the form through the act's schema (lib/validation/form.ts) and add the hidden ids.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { readForm } from "@/lib/validation/form";
import { followUpForm, targetForm } from "@/lib/validation/forms";
import * as h from "@/lib/validation/handling";
import { assignInput } from "@/lib/validation/suggestions";
import { assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { giveFeedback } from "@/lib/workflow/feedback";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { decideExtension, decideReassignment, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { issueSupervision, markKey, writeInstruction } from "@/lib/workflow/supervision";
import { withdrawSuggestion } from "@/lib/workflow/register";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** The hidden fields, and the page to refresh after the act. */
function targetOf(form: FormData) {
  const target = readForm(targetForm, form);
  return { ...target, replyId: target.replyId ?? "", path: `/suggestions/${target.suggestionId}` };
}

export const assignAction: Action = async (_p, form) => {
  const { suggestionId, version, path } = targetOf(form);
  const input = readForm(assignInput, form);
  // The lead unit ticked among the co-handling units too is only the lead.
  const coUnitCodes = input.coUnitCodes?.filter((c) => c !== input.leadUnitCode);
  return runWorkflow(path, (actor) =>
    assignSuggestion({ actor }, suggestionId, {
      ...input,
      coUnitCodes: coUnitCodes?.length ? coUnitCodes : undefined,
      expectedVersion: version,
    }),
  );
};

export const communicationAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => recordCommunication({ actor }, suggestionId, readForm(h.communicationInput, form)));
};

export const opinionAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => submitOpinion({ actor }, suggestionId, readForm(h.opinionInput, form)));
};

export const saveReplyAction: Action = async (_p, form) => {
  const { suggestionId, replyId, version, path } = targetOf(form);
  const input = readForm(h.replyInput, form);
  return runWorkflow(path, (actor) =>
    replyId ? updateReply({ actor }, replyId, { ...input, expectedVersion: version }) : draftReply({ actor }, suggestionId, input),
  );
};

export const submitReplyAction: Action = async (_p, form) => {
  const { replyId, version, path } = targetOf(form);
  return runWorkflow(path, (actor) => submitReply({ actor }, replyId, { expectedVersion: version }), "work.submitted");
};

export const returnReplyAction: Action = async (_p, form) => {
  const { replyId, version, path } = targetOf(form);
  return runWorkflow(
    path,
    (actor) => returnReply({ actor }, replyId, { ...readForm(h.returnReplyInput, form), expectedVersion: version }),
    "work.returned",
  );
};

export const signReplyAction: Action = async (_p, form) => {
  const { replyId, version, path } = targetOf(form);
  return runWorkflow(
    path,
    (actor) => signReply({ actor }, replyId, { ...readForm(h.signReplyInput, form), expectedVersion: version }),
    "work.signed",
  );
};

export const feedbackAction: Action = async (_p, form) => {
  const { suggestionId, version, path } = targetOf(form);
  return runWorkflow(
    path,
    (actor) => giveFeedback({ actor }, suggestionId, { ...readForm(h.feedbackInput, form), expectedVersion: version }),
    "work.feedbackThanks",
  );
};

export const followUpAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  const { commitmentId = [], text, completed } = readForm(followUpForm, form);
  const items = commitmentId.length ? commitmentId.map((id) => ({ commitmentId: id, text, completed })) : [{ text, completed: false }];
  return runWorkflow(path, (actor) => postFollowUp({ actor }, suggestionId, { items }));
};

export const reclassifyAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => reclassify({ actor }, suggestionId, readForm(h.reclassifyInput, form)));
};

export const reassignmentRequestAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(
    path,
    (actor) => requestReassignment({ actor }, suggestionId, readForm(h.reassignmentRequestInput, form)),
    "work.requested",
  );
};

export const extensionRequestAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => requestExtension({ actor }, suggestionId, readForm(h.extensionRequestInput, form)), "work.requested");
};

export const decideReassignmentAction: Action = async (_p, form) => {
  const { requestId, version, path } = targetOf(form);
  return runWorkflow(path, (actor) =>
    decideReassignment({ actor }, requestId, { ...readForm(h.reassignmentDecisionInput, form), expectedVersion: version }),
  );
};

export const decideExtensionAction: Action = async (_p, form) => {
  const { requestId, version, path } = targetOf(form);
  return runWorkflow(path, (actor) =>
    decideExtension({ actor }, requestId, { ...readForm(h.extensionDecisionInput, form), expectedVersion: version }),
  );
};

export const supervisionAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => issueSupervision({ actor }, suggestionId, readForm(h.supervisionInput, form)));
};

export const instructionAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => writeInstruction({ actor }, suggestionId, readForm(h.instructionInput, form)));
};

export const markKeyAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => markKey({ actor }, suggestionId, readForm(h.markKeyInput, form)));
};

export const withdrawAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => withdrawSuggestion({ actor }, suggestionId));
};
