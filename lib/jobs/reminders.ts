// Reminders before due dates and on overdue (SPEC §2 notifications), for the units that must act.
// Each is one INSERT … SELECT with a dedupe key per assignment and due date, so however many workers
// run the scan at once, every user gets each reminder once — and its e-mail/webhook messages, queued by the
// same statement (lib/notifications/outbox/queue.ts), once too.
import { db } from "@/lib/db";
import { configuredChannels } from "@/lib/notifications/outbox/channels";
import { outboxInsertSql } from "@/lib/notifications/outbox/queue";
import { Prisma } from "@/lib/generated/prisma/client";
import { dueWithinSql, pastDueSql } from "@/lib/stats/due";
import { HANDLING_STATUSES, statusInSql } from "@/lib/workflow/states";

export const DUE_SOON_DAYS = 7;

/** Open duties: a lead unit that has not replied this round, a co unit that has not given its opinion. */
export const openDuty = Prisma.sql`
  a.state = 'ACTIVE' AND ${statusInSql(Prisma.sql`s.status`, HANDLING_STATUSES)} AND (
    a.role = 'LEAD' OR NOT EXISTS (SELECT 1 FROM "Opinion" o WHERE o."assignmentId" = a.id)
  )`;

/** One kind of reminder for every open duty whose due date matches `dueWhen`, once per user and due date. */
async function remind(kind: "dueSoon" | "overdue", dueWhen: Prisma.Sql, now: Date): Promise<number> {
  const channels = configuredChannels();
  const queued = channels.length ? Prisma.sql`, queued AS (${outboxInsertSql(Prisma.sql`created`, channels)})` : Prisma.empty;
  const rows = await db.$queryRaw<{ count: number }[]>`
    WITH created AS (
     INSERT INTO "Notification" (id, "userId", kind, "suggestionId", params, "dedupeKey", "createdAt")
     SELECT gen_random_uuid()::text, u.id, ${`reminder.${kind}`}, s.id,
            jsonb_build_object('number', s.number, 'title', s.title, 'dueAt', a."dueAt", 'role', a.role),
            ${`${kind}:`} || a.id || ':' || to_char(a."dueAt", 'YYYYMMDD'), ${now}
     FROM "Assignment" a
     JOIN "Suggestion" s ON s.id = a."suggestionId"
     JOIN "User" u ON u."unitId" = a."unitId" AND u.active AND u.role IN ('UNIT_HANDLER', 'UNIT_LEADER')
     WHERE ${openDuty} AND ${dueWhen}
     ON CONFLICT ("userId", "dedupeKey") DO NOTHING
     RETURNING id, "userId", kind, "suggestionId", params, "createdAt"
    )${queued}
    SELECT count(*)::int AS count FROM created`;
  return rows[0]?.count ?? 0;
}

/**
 * A due date is its whole China day (lib/stats/due.ts): "due soon" from today to DUE_SOON_DAYS days on,
 * "overdue" once the due day is over.
 */
export async function sendDeadlineReminders(now = new Date()): Promise<number> {
  const dueAt = Prisma.sql`a."dueAt"`;
  const dueSoon = await remind("dueSoon", dueWithinSql(dueAt, now, DUE_SOON_DAYS), now);
  const overdue = await remind("overdue", pastDueSql(dueAt, now), now);
  return dueSoon + overdue;
}
