// Inputs of registration, assignment (交办) and merged handling (并案).
import { z } from "zod";
import { calendarDate, distinct, id, optionalText, text, version } from "./common";

const number = z.string().trim().min(1).max(20);
const unitCode = z.string().trim().min(1).max(20);

export const suggestionItemInput = z.object({
  number: z.union([number, z.number().int().nonnegative().transform(String)]),
  title: text(200),
  content: text(20_000),
  leadDeputyId: id,
  coSignerIds: distinct(id, 200).optional(),
  field: optionalText(20),
  submittedAt: calendarDate.optional(),
  urgent: z.boolean().optional(),
  confidential: z.boolean().optional(),
});

/** One suggestion or a batch; a batch is written all or nothing. */
export const registerSuggestionsInput = z.object({
  sessionCode: z.string().trim().min(1).max(20),
  items: z.array(suggestionItemInput).min(1).max(10_000),
});
/** The single form of POST /suggestions: the item's fields beside sessionCode. */
export const registerSuggestionInput = suggestionItemInput.extend({ sessionCode: z.string().trim().min(1).max(20) });

export const assignInput = z
  .object({
    leadUnitCode: unitCode,
    coUnitCodes: distinct(unitCode, 50).optional(),
    /** Another due date than rule 1 gives; needs `dueReason`, which the audit event keeps. */
    dueAt: calendarDate.optional(),
    dueReason: optionalText(500),
    expectedVersion: version.optional(),
  })
  .superRefine((v, ctx) => {
    if (v.coUnitCodes?.includes(v.leadUnitCode))
      ctx.addIssue({ code: "custom", path: ["coUnitCodes"], message: "errors.field.sameAsLead" });
    if (v.dueAt && !v.dueReason) ctx.addIssue({ code: "custom", path: ["dueReason"], message: "errors.field.dueReasonRequired" });
  });

export const assignBatchInput = z
  .object({
    suggestionIds: distinct(id, 1000).refine((l) => l.length > 0, "errors.field.required"),
    leadUnitCode: unitCode,
    coUnitCodes: distinct(unitCode, 50).optional(),
  })
  .superRefine((v, ctx) => {
    if (v.coUnitCodes?.includes(v.leadUnitCode))
      ctx.addIssue({ code: "custom", path: ["coUnitCodes"], message: "errors.field.sameAsLead" });
  });

export const mergeInput = z.object({
  sessionCode: z.string().trim().min(1).max(20).optional(),
  suggestionIds: distinct(id, 500).refine((l) => l.length >= 2, "errors.field.tooShort"),
  leadUnitCode: unitCode.optional(),
  note: optionalText(2000),
});
