import "server-only";
// The working calendar as pages read it: one year's days for the admin page, and the calendar of the years a
// list of due dates spans, for the note beside a calendar-day deadline that falls in a holiday.
import { WEEKENDS_ONLY, workCalendarOf, type CalendarDay, type WorkCalendar } from "@/lib/calendar/work-calendar";
import { fromDbValue } from "@/lib/dates/china-date";
import { db } from "@/lib/db";
import { cachedAcrossSessions } from "@/lib/stats/cache";

export interface CalendarDayRow {
  id: string;
  date: string;
  kind: "HOLIDAY" | "WORKDAY";
  name: string;
  source: "PACKAGE" | "ADMIN";
}

/** The year's holidays and make-up working days in date order (removed ones left out). */
export function listCalendarYear(year: number): Promise<CalendarDayRow[]> {
  return db.workCalendarDay.findMany({
    where: { year, removedAt: null },
    orderBy: { date: "asc" },
    select: { id: true, date: true, kind: true, name: true, source: true },
  });
}

/**
 * The calendar covering every given instant (null and undefined ignored); weekends only when there are none.
 * Kept in the statistics cache until any write (the admin's edits are audited; the start's seed moves a version
 * of its own): the suggestion page and the inbox read it on every view.
 */
export async function calendarForDates(dates: readonly (Date | null | undefined)[]): Promise<WorkCalendar> {
  const years = dates.filter((d): d is Date => d instanceof Date).map((d) => Number(fromDbValue(d).slice(0, 4)));
  if (years.length === 0) return WEEKENDS_ONLY;
  const from = Math.min(...years);
  const to = Math.min(Math.max(...years), from + 20);
  const days = await cachedAcrossSessions(
    `calendar|${from}|${to}`,
    (q) => q.$queryRaw<CalendarDay[]>`SELECT date, kind::text AS kind, name FROM "WorkCalendarDay"
      WHERE year BETWEEN ${from} AND ${to} AND "removedAt" IS NULL`,
  );
  return workCalendarOf(days);
}
