// Building blocks of the workflow schemas. Dates travel as ISO 8601 strings (with an offset, or a plain
// date meaning midnight China time) and come out as Date; enumerations are the upper-case codes of SPEC §1–§2.
import { z } from "zod";
import { parseChinaDate, toDbValue } from "@/lib/dates/china-date";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

/** Required text: trimmed, not empty, at most `max` characters. */
export const text = (max: number) => z.string().trim().min(1).max(max);
/** Optional text: trimmed; empty becomes undefined. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .transform((v) => (v ? v : undefined));

/** A record id (cuid). */
export const id = z.string().trim().min(1).max(64);

const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/**
 * An instant: "2022-03-01T09:30:00+08:00", "2022-03-01T01:30:00Z" or "2022-03-01" (midnight in China), in
 * 1900–2200 (year 0 parses but PostgreSQL cannot store it; nothing here happens outside that range).
 */
export const dateTime = z
  .union([z.iso.datetime({ offset: true }), z.iso.date()])
  .transform((v) => (v.length === 10 ? chinaMidnight(v) : new Date(v)))
  .refine((d) => d.getUTCFullYear() >= 1900 && d.getUTCFullYear() <= 2200, "errors.field.date");

/**
 * A calendar date (a date-only value: planned, due, extension, deadline, 提出日期): "2022-03-01", or an instant
 * naming its China day. Stored as that day's midnight in China (lib/dates/china-date.ts).
 */
export const calendarDate = z.union([z.iso.datetime({ offset: true }), z.iso.date()]).transform((v, ctx) => {
  const day = parseChinaDate(v);
  if (day) return toDbValue(day);
  ctx.addIssue({ code: "custom", message: "errors.field.date" });
  return z.NEVER;
});

export const version = z.coerce.number().int().min(1);

/** A page number from a URL: 1 to 1,000,000; anything else shows the first page (a mistyped link is not an error). */
export const pageParam = z.coerce.number().int().min(1).max(1_000_000).catch(1);

/** A switch in a URL (`?correct=1`): on only for "1"; anything else, or several values, is off. */
export const flagParam = z
  .literal("1")
  .optional()
  .catch(undefined)
  .transform((value) => value === "1");

export const ROLES = ROLE_GROUPS.everyone;
export const UNIT_KINDS = ["DEPARTMENT", "CITY", "OTHER"] as const;
export const METHODS = ["FACE_TO_FACE", "PHONE", "WECHAT", "VIDEO", "VISIT", "MEETING"] as const;
export const CATEGORIES = ["A", "B", "C", "D"] as const;
export const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;

/** A list of distinct codes or ids. */
export const distinct = <T extends z.ZodType<string>>(item: T, max: number) =>
  z
    .array(item)
    .max(max)
    .refine((list) => new Set(list).size === list.length, "errors.field.duplicateItem");
