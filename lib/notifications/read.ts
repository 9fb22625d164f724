// Reading notifications changes no workflow data (no audit event): it is the reader's own state. Every
// update is scoped by the reader's id, so nobody can mark another user's notification.
import { z } from "zod";
import { db } from "@/lib/db";

const notificationId = z.string().trim().min(1).max(40);

/** Marks one of the user's notifications read; an unknown, foreign or malformed id changes nothing (0). */
export async function markNotificationRead(userId: string, id: unknown, at = new Date()): Promise<number> {
  const parsed = notificationId.safeParse(id);
  if (!parsed.success) return 0;
  const { count } = await db.notification.updateMany({ where: { id: parsed.data, userId, readAt: null }, data: { readAt: at } });
  return count;
}

/** Marks all the user's unread notifications read. */
export async function markAllNotificationsRead(userId: string, at = new Date()): Promise<number> {
  const { count } = await db.notification.updateMany({ where: { userId, readAt: null }, data: { readAt: at } });
  return count;
}
