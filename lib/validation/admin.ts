// Inputs of the administration acts (SPEC §6: POST /sessions, /units, /deputies, /users).
import { z } from "zod";
import { id, optionalText, ROLES, text, UNIT_KINDS } from "./common";

export const createSessionInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[\w.-]+$/, "errors.field.invalid"),
  name: text(200),
  year: z.coerce.number().int().min(1949).max(2200),
  replyDays: z.coerce.number().int().min(1).max(365).optional(),
});

export const createUnitInput = z.object({
  code: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[\w.-]+$/, "errors.field.invalid"),
  name: text(100),
  kind: z.enum(UNIT_KINDS),
  /** 文号 prefix of the unit's reply letters, e.g. 吉教建字; without it, the unit's name and 建字. */
  docPrefix: optionalText(20),
});

export const createDeputyInput = z.object({
  name: text(50),
  delegation: text(50),
  code: optionalText(40),
});

/** Unit roles need a unit, a deputy account needs its deputy record; other roles take neither. */
export const createUserInput = z
  .object({
    username: z
      .string()
      .trim()
      .min(1)
      .max(60)
      .regex(/^[\w.@-]+$/, "errors.field.invalid"),
    password: z.string().min(8).max(200),
    name: text(50),
    role: z.enum(ROLES),
    unitCode: optionalText(20),
    deputyId: id.optional(),
    /** Office telephone for the letters the user signs or handles: digits, spaces, +, -, parentheses, 转 (extension). */
    phone: optionalText(30).refine((v) => v === undefined || /^[\d\s+()\-转]+$/.test(v), "errors.field.invalid"),
  })
  .superRefine((v, ctx) => {
    const unitRole = v.role === "UNIT_HANDLER" || v.role === "UNIT_LEADER";
    if (unitRole && !v.unitCode) ctx.addIssue({ code: "custom", path: ["unitCode"], message: "errors.field.required" });
    if (!unitRole && v.unitCode) ctx.addIssue({ code: "custom", path: ["unitCode"], message: "errors.field.notAllowed" });
    if (v.role === "DEPUTY" && !v.deputyId) ctx.addIssue({ code: "custom", path: ["deputyId"], message: "errors.field.required" });
    if (v.role !== "DEPUTY" && v.deputyId) ctx.addIssue({ code: "custom", path: ["deputyId"], message: "errors.field.notAllowed" });
  });

/** An API token for an integration account, valid for `days`. */
export const createTokenInput = z.object({
  username: z.string().trim().min(1).max(60),
  name: z.string().trim().min(1).max(100),
  days: z.coerce.number().int().min(1).max(366),
});
