// The working calendar as the rules see it (issue 14 item 4): pure functions of a date and a calendar, so a
// rule loads the years it needs once (lib/data/work-calendar.ts) and then counts without the database.
// A day is a working day when it is a make-up working day (调休上班), or Monday–Friday and no holiday.
import type { ChinaDate } from "@/lib/dates/china-date";

export type CalendarDayKind = "HOLIDAY" | "WORKDAY";
export interface CalendarDay {
  date: string;
  kind: CalendarDayKind;
  name: string;
}

export interface WorkCalendar {
  /** Holiday name by China date. */
  readonly holidays: ReadonlyMap<string, string>;
  /** Make-up working days (weekend days worked), name of the holiday they belong to by China date. */
  readonly workdays: ReadonlyMap<string, string>;
}

/** A calendar of the given days (e.g. the rows of the years a rule spans). */
export function workCalendarOf(days: readonly CalendarDay[]): WorkCalendar {
  const holidays = new Map<string, string>();
  const workdays = new Map<string, string>();
  for (const d of days) (d.kind === "HOLIDAY" ? holidays : workdays).set(d.date, d.name);
  return { holidays, workdays };
}

/** Weekends only: what the rules used before the calendar, and what a year nobody has entered counts as. */
export const WEEKENDS_ONLY: WorkCalendar = workCalendarOf([]);

/** Day of the week of a China date, 0 = Sunday. */
const weekdayOf = (date: ChinaDate | string) => {
  const [y = 0, m = 1, d = 1] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
};

export function isWorkingDay(date: ChinaDate | string, calendar: WorkCalendar): boolean {
  if (calendar.workdays.has(date)) return true;
  if (calendar.holidays.has(date)) return false;
  const weekday = weekdayOf(date);
  return weekday !== 0 && weekday !== 6;
}

/** The holiday's name when `date` is a statutory holiday, else null (for the note beside a due date). */
export const holidayOn = (date: ChinaDate | string, calendar: WorkCalendar): string | null => calendar.holidays.get(date) ?? null;

/**
 * The holiday a calendar-day deadline (an instant, stored as the start of its China day or with its time of
 * day) falls in, or null. Such a deadline is not moved: the pages only note it (suggestions.detail.dueOnHoliday).
 */
export function holidayOfDue(dueAt: Date | null | undefined, calendar: WorkCalendar): string | null {
  if (!(dueAt instanceof Date)) return null;
  const local = new Date(dueAt.getTime() + 8 * 3_600_000); // China time, as lib/dates/china-date.ts's fromDbValue
  return holidayOn(local.toISOString().slice(0, 10), calendar);
}
