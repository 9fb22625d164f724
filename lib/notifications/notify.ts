// In-app notifications to the users who must act (SPEC §2). Written inside the workflow's transaction, so a
// notification exists exactly when its change does. A `dedupeKey` makes a notification once-only per user
// (the unique index on userId + dedupeKey, createMany with skipDuplicates), e.g. for reminders. The e-mail and
// webhook messages of the users' chosen channels are queued in the same transaction (outbox/queue.ts).
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { queueForNotifications } from "./outbox/queue";

/** The kinds of notification the workflow creates; the UI's catalogues name them. */
export const NOTIFICATION_KINDS = [
  "assignment.new", // a unit got a suggestion to lead or co-handle
  "assignment.batch", // an import gave a unit params.count assignments at once
  "assignment.ended", // a unit's assignment ended (reassignment approved, suggestion withdrawn)
  "opinion.received", // a co unit gave its opinion to the lead unit
  "reply.review", // a reply awaits the unit leader's signature
  "reply.returned", // the unit leader returned a reply to draft
  "reply.signed", // a signed reply reached the deputy
  "feedback.received", // the deputy rated the reply (params.rating)
  "reassignment.requested", // a lead unit asks OFFICE to reassign
  "reassignment.decided", // OFFICE approved or rejected it (params.approved)
  "extension.requested", // a lead unit asks OFFICE for more time
  "extension.decided", // OFFICE approved or rejected it (params.approved, params.dueAt)
  "supervision.notice", // OFFICE's supervision notice (督办)
  "supervision.instruction", // a leader's instruction (批示)
  "suggestion.withdrawn", // the deputy withdrew the suggestion
  "key.assigned", // the office asked a leader to lead a key suggestion (领导领办)
  "key.report", // the lead unit reported progress on a key suggestion to its leader (params.unit)
  "suggestion.corrected", // the office corrected the suggestion or its units (params.reason)
  "suggestion.notASuggestion", // the office found it not a suggestion (params.status, params.reason)
  "suggestion.restored", // the office restored it as a suggestion (params.reason)
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

export interface NotifyOptions {
  /** When the notification was created (the workflow's ctx time); the database's now when absent. */
  at?: Date;
  /** Only these roles (of a unit's users); both unit roles by default. */
  roles?: Role[];
}

type Params = Record<string, string | number | boolean | null>;

/** Notifies the given users once each; with a dedupeKey, a user who already has that key gets nothing new. */
export async function notifyUsers(
  tx: Tx,
  userIds: string[],
  kind: NotificationKind,
  suggestionId: string | null,
  params: Params = {},
  dedupeKey?: string,
  options: NotifyOptions = {},
): Promise<number> {
  const ids = [...new Set(userIds)];
  if (!ids.length) return 0;
  const created = await tx.notification.createManyAndReturn({
    data: ids.map((userId) => ({
      userId,
      kind,
      suggestionId,
      params: params as Prisma.InputJsonValue,
      dedupeKey: dedupeKey ?? null,
      ...(options.at ? { createdAt: options.at } : {}),
    })),
    skipDuplicates: true,
    select: { id: true },
  });
  await queueForNotifications(
    tx,
    created.map((n) => n.id),
  );
  return created.length;
}

type NotifyArgs = [kind: NotificationKind, suggestionId: string | null, params?: Params, dedupeKey?: string, options?: NotifyOptions];

/** Every active user matching `where`. */
async function notifyMatching(
  tx: Tx,
  where: Prisma.UserWhereInput,
  ...[kind, suggestionId, params = {}, dedupeKey, options = {}]: NotifyArgs
) {
  const users = await tx.user.findMany({ where: { ...where, active: true }, select: { id: true } });
  return notifyUsers(
    tx,
    users.map((u) => u.id),
    kind,
    suggestionId,
    params,
    dedupeKey,
    options,
  );
}

/** Every active handler and leader of a unit (or only `options.roles`). */
export function notifyUnit(tx: Tx, unitId: string, ...args: NotifyArgs): Promise<number> {
  return notifyMatching(tx, { unitId, role: { in: args[4]?.roles ?? [...ROLE_GROUPS.unit] } }, ...args);
}

/** The deputy's account(s), if the deputy has one. */
export function notifyDeputy(tx: Tx, deputyId: string, ...args: NotifyArgs): Promise<number> {
  return notifyMatching(tx, { deputyId, role: "DEPUTY" }, ...args);
}

/** Everyone active with one of these roles, e.g. OFFICE for requests awaiting a decision. */
export function notifyRoles(tx: Tx, roles: Role[], ...args: NotifyArgs): Promise<number> {
  return notifyMatching(tx, { role: { in: roles } }, ...args);
}
