// Inputs of the administration edits (issue 11): users, units, sessions and deputies. Each is partial — a
// field left out keeps its value, `null` clears an optional one — and carries the version the editor saw.
import { z } from "zod";
import { id, optionalText, ROLES, text, UNIT_KINDS, version } from "./common";

/** Digits, spaces, +, -, parentheses and 转 (extension), as on the create form. */
const phone = optionalText(30).refine((v) => v === undefined || /^[\d\s+()\-转]+$/.test(v), "errors.field.invalid");
const clearable = <T extends z.ZodType>(schema: T) => z.union([z.null(), schema]).optional();

export const updateUserInput = z.object({
  name: text(50).optional(),
  role: z.enum(ROLES).optional(),
  /** The unit of a UNIT_HANDLER or UNIT_LEADER, by code; null for the other roles. */
  unitCode: clearable(text(20)),
  /** The deputy record of a DEPUTY account; null for the other roles. */
  deputyId: clearable(id),
  phone: clearable(phone),
  expectedVersion: version.optional(),
});

export const updateUnitInput = z.object({
  /** A new name is a rename: the old one stays on what was signed before (UnitName). */
  name: text(100).optional(),
  kind: z.enum(UNIT_KINDS).optional(),
  docPrefix: clearable(optionalText(20)),
  /** false deactivates (refused while the unit leads or co-handles open suggestions); true brings it back. */
  active: z.boolean().optional(),
  expectedVersion: version.optional(),
});

export const updateSessionInput = z.object({
  name: text(200).optional(),
  /** Days to reply for assignments made from now on; due dates already set do not move. */
  replyDays: z.coerce.number().int().min(1).max(365).optional(),
  expectedVersion: version.optional(),
});

export const updateDeputyInput = z.object({
  name: text(50).optional(),
  delegation: text(50).optional(),
  code: clearable(optionalText(40)),
  phone: clearable(phone),
  expectedVersion: version.optional(),
});

/** The hidden fields of an edit form on an admin page: which record, and the version on screen. */
export const adminEditForm = z.object({ target: z.string() });
/** The units page's deactivate / reactivate button. */
export const unitActiveForm = z.object({ target: z.string(), version: z.string().optional(), active: z.boolean() });
