import "server-only";
// The outbox as pages read it: a user's own notice settings, and for the administrator the messages that
// failed or still wait (never their words: kind, recipient, status and the last error only).
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { configuredChannels } from "@/lib/notifications/outbox/channels";
import { readChannelSettings, type ChannelSettings } from "@/lib/notifications/outbox/choices";

export async function readNoticeSettings(actor: Actor): Promise<ChannelSettings & { phone: string | null; configured: string[] }> {
  const [settings, user] = await Promise.all([
    readChannelSettings(actor.id),
    db.user.findUniqueOrThrow({ where: { id: actor.id }, select: { phone: true } }),
  ]);
  return { ...settings, phone: user.phone, configured: configuredChannels() };
}

export interface OutboxProblem {
  id: string;
  channel: string;
  recipient: string;
  kind: string;
  status: string;
  attempts: number;
  nextAttemptAt: Date;
  lastError: string | null;
  createdAt: Date;
  user: { name: string; username: string };
}

/** Failed messages first, then those still waiting, newest first; 404 for anyone but the administrator. */
export async function listOutboxProblems(actor: Actor, take = 200): Promise<OutboxProblem[]> {
  if (!isAdmin(actor)) throw notFound();
  const select = {
    id: true,
    channel: true,
    recipient: true,
    kind: true,
    status: true,
    attempts: true,
    nextAttemptAt: true,
    lastError: true,
    createdAt: true,
    user: { select: { name: true, username: true } },
  } as const;
  const failed = await db.outboxMessage.findMany({ where: { status: "FAILED" }, orderBy: { createdAt: "desc" }, take, select });
  const waiting = await db.outboxMessage.findMany({
    where: { status: { in: ["PENDING", "SENDING"] } },
    orderBy: { createdAt: "desc" },
    take: Math.max(0, take - failed.length),
    select,
  });
  return [...failed, ...waiting];
}
