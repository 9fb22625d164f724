// The one definition of "overdue" and "on time", in SQL, for every figure, list, filter and reminder
// (the JS twins, for one row at a time: isDutyOverdue below, on isOverdue / isOnTime in lib/dates/china-date.ts).
//
// A due date is the whole China calendar day it falls on (SPEC §3 rule 1 counts days): a duty is overdue
// from 00:00 China time the next day, and a reply signed at any time of the due day is on time. The columns
// are timestamp(3) holding UTC; China has no daylight saving, so its wall clock is the column + 8 hours.
import { Prisma } from "@/lib/generated/prisma/client";
import { addChinaDays, isOverdue, startOfChinaDay, todayInChina } from "@/lib/dates/china-date";
import { HANDLING_STATUSES, isHandling, statusListSql } from "@/lib/workflow/states";

/** A JS instant as a UTC `timestamp`, whatever the server's TimeZone. */
const utc = (date: Date) => Prisma.sql`${date}::timestamp`;

/**
 * `dueAt` (a column) names a day that ended before `now`'s day began: overdue. Written as a plain comparison
 * with the start of today in China, so an index on the column still serves it.
 */
export const pastDueSql = (dueAt: Prisma.Sql, now: Date) => Prisma.sql`${dueAt} < ${utc(startOfChinaDay(now))}`;

/** `dueAt` falls on today or one of the next `days` days (China): due soon, not yet overdue. */
export const dueWithinSql = (dueAt: Prisma.Sql, now: Date, days: number) =>
  Prisma.sql`${dueAt} >= ${utc(startOfChinaDay(now))} AND ${dueAt} < ${utc(startOfChinaDay(addChinaDays(todayInChina(now), days + 1)))}`;

/** `doneAt` is on or before the China day of `dueAt`: on time. */
export const onTimeSql = (doneAt: Prisma.Sql, dueAt: Prisma.Sql) =>
  Prisma.sql`(${doneAt} < date_trunc('day', ${dueAt} + interval '8 hours') + interval '16 hours')`;

/** Whole China calendar days from the due day to `now`'s day (1 on the first overdue day). */
export const daysOverdueSql = (dueAt: Prisma.Sql, now: Date) =>
  Prisma.sql`((${utc(now)} + interval '8 hours')::date - (${dueAt} + interval '8 hours')::date)`;

/** Suggestion states in which a lead reply or a co opinion is still owed (lib/workflow/states.ts). */
export const AWAITING_REPLY_SQL = statusListSql(HANDLING_STATUSES);

/**
 * One duty, in JS (a page's row): overdue when its assignment is active, the suggestion in handling, the duty
 * not done (a co unit's opinion given) and its due day over — what overdue_lead / overdue_co count in SQL.
 */
export const isDutyOverdue = (duty: { dueAt: Date; state?: string; done?: boolean }, status: string, now: Date): boolean =>
  (duty.state ?? "ACTIVE") === "ACTIVE" && !duty.done && isHandling(status) && isOverdue(duty.dueAt, now);

/** A co-handling assignment `a` whose unit has not given its opinion (rule 8): its duty is open. */
export const coOpinionMissingSql = (a: string) =>
  Prisma.sql`NOT EXISTS (SELECT 1 FROM "Opinion" o WHERE o."suggestionId" = ${Prisma.raw(a)}."suggestionId" AND o."unitId" = ${Prisma.raw(a)}."unitId")`;
