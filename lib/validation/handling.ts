// Inputs of the handling acts: communications, opinions, replies, feedback, follow-up, requests, supervision.
import { z } from "zod";
import { calendarDate, CATEGORIES, dateTime, METHODS, optionalText, RATINGS, text, version, id } from "./common";

export const communicationInput = z.object({
  method: z.enum(METHODS),
  occurredAt: dateTime,
  summary: text(5000),
});
export type CommunicationInput = z.input<typeof communicationInput>;

export const opinionInput = z.object({ text: text(20_000) });
export type OpinionInput = z.input<typeof opinionInput>;

/** A commitment (承诺事项). A missing planned date is a rule (5), not a format error, so dueAt is optional here. */
export const commitmentInput = z.object({
  text: text(2000),
  dueAt: z.union([calendarDate, z.literal("").transform(() => undefined)]).optional(),
});

/** The reply's content. A missing category is rule 5 (422), so category is optional here. */
export const replyInput = z.object({
  category: z.union([z.enum(CATEGORIES), z.literal("").transform(() => undefined)]).optional(),
  text: text(50_000),
  commitments: z.array(commitmentInput).max(50).optional(),
});
export type ReplyInput = z.input<typeof replyInput>;

export const replyUpdateInput = replyInput.extend({ expectedVersion: version });
export type ReplyUpdateInput = z.input<typeof replyUpdateInput>;

/**
 * Rule 7 for the acts that judge what the user saw: the version the form (or API client) was loaded with.
 * Forms always send it; in the API it is optional, and when given and stale the act is 409.
 */
const seenVersion = (what: string) => version.optional().meta({ description: `${what}；与当前版本不符时返回 409` });
const replyVersion = seenVersion("调用者看到的答复版本（Reply.version）");
const suggestionVersion = seenVersion("调用者看到的建议版本（Suggestion.version）");

export const submitReplyInput = z.object({ expectedVersion: replyVersion });
export type SubmitReplyInput = z.input<typeof submitReplyInput>;

export const returnReplyInput = z.object({ comment: text(5000), expectedVersion: replyVersion });
export type ReturnReplyInput = z.input<typeof returnReplyInput>;

export const signReplyInput = z.object({
  publishable: z.boolean().optional(),
  publicSummary: optionalText(5000),
  expectedVersion: replyVersion,
});
export type SignReplyInput = z.input<typeof signReplyInput>;

/** 不满意 needs its reason: the unit re-handles the suggestion against it. */
export const feedbackInput = z
  .object({
    rating: z.enum(RATINGS),
    comment: optionalText(5000),
    expectedVersion: suggestionVersion,
  })
  .superRefine((v, ctx) => {
    if (v.rating === "DISSATISFIED" && !v.comment) ctx.addIssue({ code: "custom", path: ["comment"], message: "errors.field.dissatisfiedReason" });
  });
export type FeedbackInput = z.input<typeof feedbackInput>;

export const followUpInput = z.object({
  items: z
    .array(z.object({ commitmentId: id.optional(), text: text(5000), completed: z.boolean().optional() }))
    .min(1)
    .max(50),
});
export type FollowUpInput = z.input<typeof followUpInput>;

export const reclassifyInput = z.object({
  toCategory: z.enum(CATEGORIES),
  evidence: text(5000),
});
export type ReclassifyInput = z.input<typeof reclassifyInput>;

export const reassignmentRequestInput = z.object({ reason: text(5000) });
export type ReassignmentRequestInput = z.input<typeof reassignmentRequestInput>;

export const reassignmentDecisionInput = z.object({
  approve: z.boolean(),
  newLeadUnitCode: optionalText(20),
  note: optionalText(2000),
  expectedVersion: suggestionVersion,
});
export type ReassignmentDecisionInput = z.input<typeof reassignmentDecisionInput>;

export const extensionRequestInput = z.object({
  reason: text(5000),
  requestedDueAt: calendarDate,
  toldDeputyAt: calendarDate,
});
export type ExtensionRequestInput = z.input<typeof extensionRequestInput>;

export const extensionDecisionInput = z.object({
  approve: z.boolean(),
  note: optionalText(2000),
  expectedVersion: suggestionVersion,
});
export type ExtensionDecisionInput = z.input<typeof extensionDecisionInput>;

export const supervisionInput = z.object({
  unitCode: z.string().trim().min(1).max(20),
  text: text(5000),
  deadline: calendarDate.optional(),
});
export type SupervisionInput = z.input<typeof supervisionInput>;

export const instructionInput = z.object({ text: text(5000) });
export type InstructionInput = z.input<typeof instructionInput>;

export const markKeyInput = z.object({ key: z.boolean() });
export type MarkKeyInput = z.input<typeof markKeyInput>;
