// Inputs of the handling acts: communications, opinions, replies, feedback, follow-up, requests, supervision.
import { z } from "zod";
import { calendarDate, CATEGORIES, dateTime, METHODS, optionalText, RATINGS, text, version, id } from "./common";

export const communicationInput = z.object({
  method: z.enum(METHODS),
  occurredAt: dateTime,
  summary: text(5000),
});

export const opinionInput = z.object({ text: text(20_000) });

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

export const replyUpdateInput = replyInput.extend({ expectedVersion: version });

/**
 * Rule 7 for the acts that judge what the user saw: the version the form (or API client) was loaded with.
 * Forms always send it; in the API it is optional, and when given and stale the act is 409.
 */
const seenVersion = (what: string) => version.optional().meta({ description: `${what}；与当前版本不符时返回 409` });
const replyVersion = seenVersion("调用者看到的答复版本（Reply.version）");
const suggestionVersion = seenVersion("调用者看到的建议版本（Suggestion.version）");

export const submitReplyInput = z.object({ expectedVersion: replyVersion });

export const returnReplyInput = z.object({ comment: text(5000), expectedVersion: replyVersion });

export const signReplyInput = z.object({
  publishable: z.boolean().optional(),
  publicSummary: optionalText(5000),
  expectedVersion: replyVersion,
});

/** 不满意 needs its reason: the unit re-handles the suggestion against it. */
export const feedbackInput = z
  .object({
    rating: z.enum(RATINGS),
    comment: optionalText(5000),
    expectedVersion: suggestionVersion,
  })
  .superRefine((v, ctx) => {
    if (v.rating === "DISSATISFIED" && !v.comment)
      ctx.addIssue({ code: "custom", path: ["comment"], message: "errors.field.dissatisfiedReason" });
  });

export const followUpInput = z.object({
  items: z
    .array(z.object({ commitmentId: id.optional(), text: text(5000), completed: z.boolean().optional() }))
    .min(1)
    .max(50),
});

export const reclassifyInput = z.object({
  toCategory: z.enum(CATEGORIES),
  evidence: text(5000),
});

export const reassignmentRequestInput = z.object({ reason: text(5000) });

export const reassignmentDecisionInput = z.object({
  approve: z.boolean(),
  newLeadUnitCode: optionalText(20),
  note: optionalText(2000),
  expectedVersion: suggestionVersion,
});

export const extensionRequestInput = z.object({
  reason: text(5000),
  requestedDueAt: calendarDate,
  toldDeputyAt: calendarDate,
});

export const extensionDecisionInput = z.object({
  approve: z.boolean(),
  note: optionalText(2000),
  expectedVersion: suggestionVersion,
});

export const supervisionInput = z.object({
  unitCode: z.string().trim().min(1).max(20),
  text: text(5000),
  deadline: calendarDate.optional(),
});

export const instructionInput = z.object({ text: text(5000) });

export const markKeyInput = z.object({ key: z.boolean() });
