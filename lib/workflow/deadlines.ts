// The clocks of SPEC §3 rule 1 and §2 (reassignment window, extension ceiling). Pure functions; calendar
// arithmetic is done in China Standard Time (UTC+8, no daylight saving), where the working days are.
// A due date computed here is an instant; the day it falls on in China is the due date, and the duty is
// overdue only once that whole day is over (isOverdue, lib/dates/china-date.ts; in SQL lib/stats/due.ts).
import { isWorkingDay, type WorkCalendar } from "@/lib/calendar/work-calendar";
import { endOfChinaDay as endOfDay, fromDbValue } from "@/lib/dates/china-date";

export { isOnTime, isOverdue } from "@/lib/dates/china-date";
const DAY = 86_400_000;
const CST = 8 * 3_600_000;

export const URGENT_REPLY_DAYS = 30;
export const CO_OPINION_DAYS = 30;
export const REHANDLING_DAYS = 30;
export const FEEDBACK_DAYS = 30;
export const EXTENSION_CEILING_MONTHS = 6;
export const REASSIGNMENT_WORKING_DAYS = 7;

export const addDays = (date: Date, days: number) => new Date(date.getTime() + days * DAY);

/** Rule 1: the lead unit's reply is due `replyDays` after assignment (90 by default), 30 days when urgent. */
export const leadDueAt = (assignedAt: Date, replyDays: number, urgent: boolean) =>
  addDays(assignedAt, urgent ? URGENT_REPLY_DAYS : replyDays);

/** Rule 1: a co-handling unit's opinion is due 30 days after assignment. */
export const coDueAt = (assignedAt: Date) => addDays(assignedAt, CO_OPINION_DAYS);

/** Rule 1: after dissatisfied feedback the new reply is due 30 days later. */
export const rehandlingDueAt = (feedbackAt: Date) => addDays(feedbackAt, REHANDLING_DAYS);

/** Rule 1: the deputy may give feedback until 30 days after the signed reply. */
export const feedbackDueAt = (signedAt: Date) => addDays(signedAt, FEEDBACK_DAYS);

/** Calendar months later, in China time; the day is clamped to the month's end (31 Aug + 6 months = 28/29 Feb). */
export function addMonths(date: Date, months: number): Date {
  const local = new Date(date.getTime() + CST);
  const day = local.getUTCDate();
  local.setUTCDate(1);
  local.setUTCMonth(local.getUTCMonth() + months);
  const lastDay = new Date(Date.UTC(local.getUTCFullYear(), local.getUTCMonth() + 1, 0)).getUTCDate();
  local.setUTCDate(Math.min(day, lastDay));
  return new Date(local.getTime() - CST);
}

/** SPEC §2: an extended due date may never be more than 6 months after the assignment. */
export const extensionCeiling = (assignedAt: Date) => addMonths(assignedAt, EXTENSION_CEILING_MONTHS);

/**
 * `days` working days after `date`, at the same time of day: the days are counted in China time through the
 * working calendar (holidays skipped, make-up working days counted; lib/calendar/work-calendar.ts).
 */
export function addWorkingDays(date: Date, days: number, calendar: WorkCalendar): Date {
  let result = date;
  let left = days;
  while (left > 0) {
    result = addDays(result, 1);
    if (isWorkingDay(fromDbValue(result), calendar)) left--;
  }
  return result;
}

/** The years whose calendar a count of working days from `date` may need: its own and the next. */
export const workingDayYears = (date: Date): number[] => {
  const year = Number(fromDbValue(date).slice(0, 4));
  return [year, year + 1];
};

/** The last instant of the calendar day (China time) that `date` falls on; a due date holds until then. */
export const endOfChinaDay = (date: Date): Date => endOfDay(date);

/** SPEC §2: a lead unit may ask for reassignment until the end of the 7th working day after assignment. */
export const reassignmentWindowEnd = (assignedAt: Date, calendar: WorkCalendar) =>
  endOfChinaDay(addWorkingDays(assignedAt, REASSIGNMENT_WORKING_DAYS, calendar));
