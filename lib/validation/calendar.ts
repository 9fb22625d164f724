// Inputs of the working calendar's administration (issue 14 item 4): one day at a time, by its China date.
import { z } from "zod";
import { isChinaDate } from "@/lib/dates/china-date";
import { text } from "./common";

export const CALENDAR_DAY_KINDS = ["HOLIDAY", "WORKDAY"] as const;
/** The years the calendar may hold: the package's history and a few decades ahead. */
export const CALENDAR_YEARS = { min: 2000, max: 2100 } as const;

const chinaDay = z
  .string()
  .trim()
  .refine(
    (v) => isChinaDate(v) && Number(v.slice(0, 4)) >= CALENDAR_YEARS.min && Number(v.slice(0, 4)) <= CALENDAR_YEARS.max,
    "errors.field.date",
  );

const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** A holiday, or a weekend day worked in its place (a make-up working day is a Saturday or a Sunday). */
export const calendarDayInput = z
  .object({ date: chinaDay, kind: z.enum(CALENDAR_DAY_KINDS), name: text(40) })
  .refine((d) => d.kind !== "WORKDAY" || [0, 6].includes(weekday(d.date)), { path: ["date"], message: "errors.field.workdayOnWeekend" });
export type CalendarDayInput = z.input<typeof calendarDayInput>;

export const removeCalendarDayInput = z.object({ date: chinaDay });

/** The year shown on the admin page (?year=2027); out of range or malformed is the current year. */
export const calendarYearParam = z.coerce.number().int().min(CALENDAR_YEARS.min).max(CALENDAR_YEARS.max);
