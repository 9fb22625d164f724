"use server";
// Every act on a suggestion from its detail page. The workflow functions authorize, validate and apply the
// rules; these only translate form fields into their inputs.
import { chinaTime, formValues, runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { giveFeedback } from "@/lib/workflow/feedback";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { decideExtension, decideReassignment, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { issueSupervision, markKey, writeInstruction } from "@/lib/workflow/supervision";
import { withdrawSuggestion } from "@/lib/workflow/register";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

const pathOf = (v: Record<string, string | undefined>) => `/suggestions/${v.suggestionId ?? ""}`;
const list = (value: string | undefined) => (value ? value.split(/[,，、\s]+/).filter(Boolean) : undefined);

/** Commitments come as parallel fields commitmentText.N / commitmentDue.N. */
function commitments(v: Record<string, string | undefined>) {
  const items: { text: string; dueAt: string }[] = [];
  for (let i = 0; i < 20; i++) {
    const text = v[`commitmentText.${i}`];
    const dueAt = chinaTime(v[`commitmentDue.${i}`]);
    if (text || dueAt) items.push({ text: text ?? "", dueAt: dueAt ?? "" });
  }
  return items;
}

export const assignAction: Action = async (_p, form) => {
  const v = formValues(form);
  const multi = form.getAll("coUnitCodesMulti").map(String).filter((c) => c && c !== v.leadUnitCode);
  return runWorkflow(pathOf(v), (actor) =>
    assignSuggestion({ actor }, v.suggestionId!, {
      leadUnitCode: v.leadUnitCode ?? "",
      coUnitCodes: multi.length ? multi : list(v.coUnitCodes),
      dueAt: chinaTime(v.dueAt),
      dueReason: v.dueReason,
      expectedVersion: v.version ? Number(v.version) : undefined,
    }),
  );
};

export const communicationAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) =>
    recordCommunication({ actor }, v.suggestionId!, { method: v.method, occurredAt: chinaTime(v.occurredAt), summary: v.summary } as never),
  );
};

export const opinionAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => submitOpinion({ actor }, v.suggestionId!, { text: v.text } as never));
};

export const saveReplyAction: Action = async (_p, form) => {
  const v = formValues(form);
  const body = { category: v.category, text: v.text, commitments: commitments(v) };
  return runWorkflow(pathOf(v), (actor) =>
    v.replyId
      ? updateReply({ actor }, v.replyId, { ...body, expectedVersion: Number(v.version) } as never)
      : draftReply({ actor }, v.suggestionId!, body as never),
  );
};

export const submitReplyAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => submitReply({ actor }, v.replyId!, { expectedVersion: v.version } as never), "work.submitted");
};

export const returnReplyAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => returnReply({ actor }, v.replyId!, { comment: v.comment, expectedVersion: v.version } as never), "work.returned");
};

export const signReplyAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) =>
    signReply({ actor }, v.replyId!, { publishable: v.publishable === "on", publicSummary: v.publicSummary, expectedVersion: v.version } as never),
    "work.signed",
  );
};

export const feedbackAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => giveFeedback({ actor }, v.suggestionId!, { rating: v.rating, comment: v.comment, expectedVersion: v.version } as never), "work.feedbackThanks");
};

export const followUpAction: Action = async (_p, form) => {
  const v = formValues(form);
  const items = form.getAll("commitmentId").map((id) => ({ commitmentId: String(id) || undefined, text: v.text, completed: v.completed === "on" }));
  return runWorkflow(pathOf(v), (actor) => postFollowUp({ actor }, v.suggestionId!, { items: items.length ? items : [{ text: v.text, completed: false }] } as never));
};

export const reclassifyAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => reclassify({ actor }, v.suggestionId!, { toCategory: v.toCategory, evidence: v.evidence } as never));
};

export const reassignmentRequestAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => requestReassignment({ actor }, v.suggestionId!, { reason: v.reason } as never), "work.requested");
};

export const extensionRequestAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) =>
    requestExtension({ actor }, v.suggestionId!, { reason: v.reason, requestedDueAt: chinaTime(v.requestedDueAt), toldDeputyAt: chinaTime(v.toldDeputyAt) } as never),
    "work.requested",
  );
};

export const decideReassignmentAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) =>
    decideReassignment({ actor }, v.requestId!, { approve: v.decision === "approve", newLeadUnitCode: v.newLeadUnitCode, note: v.note, expectedVersion: v.version } as never),
  );
};

export const decideExtensionAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => decideExtension({ actor }, v.requestId!, { approve: v.decision === "approve", note: v.note, expectedVersion: v.version } as never));
};

export const supervisionAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) =>
    issueSupervision({ actor }, v.suggestionId!, { unitCode: v.unitCode, text: v.text, deadline: chinaTime(v.deadline) } as never),
  );
};

export const instructionAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => writeInstruction({ actor }, v.suggestionId!, { text: v.text } as never));
};

export const markKeyAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => markKey({ actor }, v.suggestionId!, { key: v.key === "true" } as never));
};

export const withdrawAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow(pathOf(v), (actor) => withdrawSuggestion({ actor }, v.suggestionId!));
};
