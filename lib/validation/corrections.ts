// Inputs of the office's corrections (issue 11): of a registered suggestion's own facts, and of the units that
// handle it. Each names only what changes (absent = as it is), always with the reason and the version seen.
import { z } from "zod";
import { calendarDate, distinct, id, text } from "./common";

const unitCode = z.string().trim().min(1).max(20);
const reason = text(2000).meta({ description: "更正理由（必填，写入办理过程并告知代表）" });
// Required here (a correction overwrites what the office saw); a form sends it as text.
const seen = z
  .union([
    z.number(),
    z
      .string()
      .trim()
      .regex(/^\d{1,9}$/)
      .transform(Number),
  ])
  .pipe(z.number().int().min(1))
  .meta({ description: "调用者看到的建议版本（Suggestion.version）；与当前版本不符时返回 409" });

/** PATCH /suggestions/{id}: the facts as registered. `coSignerIds` is the whole new list ([] for none). */
export const correctSuggestionInput = z.object({
  title: text(200).optional(),
  content: text(20_000).optional(),
  field: text(20).optional(),
  leadDeputyId: id.optional(),
  coSignerIds: distinct(id, 200).optional(),
  urgent: z.boolean().optional(),
  confidential: z.boolean().optional(),
  reason,
  expectedVersion: seen,
});

/**
 * POST /suggestions/{id}/units: a new lead unit (its clock starts afresh), the whole new list of co-handling
 * units ([] for none), and/or the lead's new due date (never beyond 6 months after its assignment).
 */
export const correctUnitsInput = z
  .object({
    leadUnitCode: unitCode.optional(),
    coUnitCodes: distinct(unitCode, 50).optional(),
    dueAt: calendarDate.optional(),
    reason,
    expectedVersion: seen,
  })
  .superRefine((v, ctx) => {
    if (v.leadUnitCode && v.coUnitCodes?.includes(v.leadUnitCode))
      ctx.addIssue({ code: "custom", path: ["coUnitCodes"], message: "errors.field.sameAsLead" });
  });
