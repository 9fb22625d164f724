// The daily digest: each unit user with open duties due soon or overdue gets one message per chosen channel
// per China day, from DIGEST_HOUR on. The key names the user and the day, so the hourly job (on any number
// of instances) queues it once. It carries counts and a link only.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { DUE_SOON_DAYS, openDuty } from "@/lib/jobs/reminders";
import { todayInChina } from "@/lib/dates/china-date";
import { dueWithinSql, pastDueSql } from "@/lib/stats/due";
import { configuredChannels } from "./channels";
import { DIGEST_KIND } from "./kinds";
import { chosenSql, recipientSql } from "./queue";

/** China time, 08:00: the start of the working day. */
export const DIGEST_HOUR = 8;

const chinaHour = (now: Date) => new Date(now.getTime() + 8 * 3_600_000).getUTCHours();

/** Queues today's digests not yet queued; returns how many. */
export async function queueDailyDigests(now: Date = new Date()): Promise<number> {
  const channels = configuredChannels();
  if (!channels.length || chinaHour(now) < DIGEST_HOUR) return 0;
  const day = todayInChina(now);
  const dueAt = Prisma.sql`a."dueAt"`;
  const ch = Prisma.sql`ch.channel`;
  return db.$executeRaw`
    INSERT INTO "OutboxMessage" (id, channel, "userId", recipient, kind, "idempotencyKey", payload, "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, ${ch}, u.id, ${recipientSql(ch)}, ${DIGEST_KIND},
           'digest:' || u.id || ':' || ${day} || ':' || ${ch}::text,
           jsonb_build_object('day', ${day}::text, 'dueSoon', d.due_soon, 'overdue', d.overdue),
           now() AT TIME ZONE 'UTC', now() AT TIME ZONE 'UTC'
    FROM (
      SELECT a."unitId",
             count(*) FILTER (WHERE ${dueWithinSql(dueAt, now, DUE_SOON_DAYS)}) AS due_soon,
             count(*) FILTER (WHERE ${pastDueSql(dueAt, now)}) AS overdue
      FROM "Assignment" a JOIN "Suggestion" s ON s.id = a."suggestionId"
      WHERE ${openDuty}
      GROUP BY a."unitId"
    ) d
    JOIN "User" u ON u."unitId" = d."unitId" AND u.active AND u.role IN ('UNIT_HANDLER', 'UNIT_LEADER')
    CROSS JOIN unnest(${channels}::text[]::"OutboxChannel"[]) AS ch(channel)
    WHERE (d.due_soon > 0 OR d.overdue > 0)
      AND ${recipientSql(ch)} IS NOT NULL AND ${chosenSql(Prisma.sql`u.id`, Prisma.sql`${DIGEST_KIND}`, ch)}
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}
