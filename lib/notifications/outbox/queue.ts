// Messages queued beside in-app notifications, in the same statement or transaction, so a message exists
// exactly when its notification does. One SQL fragment serves notify.ts (rows just created) and the reminder
// job (an INSERT … RETURNING in a CTE). The payload keeps the notification's facts without the suggestion's
// title: the sender words the message, and a confidential suggestion's title never leaves the app.
import type { Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { OutboxChannel } from "@/lib/generated/prisma/enums";
import { configuredChannels } from "./channels";

/** The recipient per channel: the e-mail address, or the phone number a gateway delivers to. */
export const recipientSql = (channel: Prisma.Sql) =>
  Prisma.sql`NULLIF(trim(CASE ${channel} WHEN 'EMAIL' THEN u.email ELSE u.phone END), '')`;

/** The user's choice for a kind and channel, the default when none is stored (channels.ts DEFAULT_ON). */
export const chosenSql = (userId: Prisma.Sql, kind: Prisma.Sql, channel: Prisma.Sql) => Prisma.sql`COALESCE(
  (SELECT c.enabled FROM "NotificationChannelChoice" c WHERE c."userId" = ${userId} AND c.kind = ${kind} AND c.channel = ${channel}),
  ${channel} = 'EMAIL')`;

/**
 * INSERT of one message per notification of `source` (id, userId, kind, suggestionId, params, createdAt)
 * and chosen channel. The key is the notification's id and the channel: once, however often it runs.
 */
export function outboxInsertSql(source: Prisma.Sql, channels: OutboxChannel[]): Prisma.Sql {
  const ch = Prisma.sql`ch.channel`;
  return Prisma.sql`
    INSERT INTO "OutboxMessage" (id, channel, "userId", recipient, kind, "notificationId", "suggestionId",
                                 "idempotencyKey", payload, "nextAttemptAt", "createdAt")
    SELECT gen_random_uuid()::text, ${ch}, n."userId", ${recipientSql(ch)}, n.kind, n.id, n."suggestionId",
           n.id || ':' || ${ch}::text, n.params - 'title', LEAST(n."createdAt", now() AT TIME ZONE 'UTC'), n."createdAt"
    FROM ${source} n
    JOIN "User" u ON u.id = n."userId" AND u.active
    CROSS JOIN unnest(${channels}::text[]::"OutboxChannel"[]) AS ch(channel)
    WHERE ${recipientSql(ch)} IS NOT NULL AND ${chosenSql(Prisma.sql`n."userId"`, Prisma.sql`n.kind`, ch)}
    ON CONFLICT ("idempotencyKey") DO NOTHING`;
}

/** Messages for notifications just created in this transaction (notify.ts). */
export async function queueForNotifications(tx: Tx, notificationIds: string[]): Promise<void> {
  const channels = configuredChannels();
  if (!channels.length || !notificationIds.length) return;
  const source = Prisma.sql`(SELECT id, "userId", kind, "suggestionId", params, "createdAt" FROM "Notification"
    WHERE id = ANY(${notificationIds}::text[]))`;
  await tx.$executeRaw(outboxInsertSql(source, channels));
}
