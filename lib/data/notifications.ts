import "server-only";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";

// A user's own notifications only: every query is by the signed-in user's id. The header's unread count is read
// with the signed-in user (lib/auth/current.ts).

export async function listNotifications(actor: Actor, page: number, pageSize = 30) {
  const where = { userId: actor.id };
  const [items, total] = await Promise.all([
    db.notification.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        kind: true,
        params: true,
        readAt: true,
        createdAt: true,
        suggestion: { select: { id: true, number: true, title: true } },
      },
    }),
    db.notification.count({ where }),
  ]);
  return { items, total };
}
