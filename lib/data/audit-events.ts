import "server-only";
// The audit log as the administrator reads it: filtered, newest first, a page at a time.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { AuditEvent, Prisma } from "@/lib/generated/prisma/client";
import { isAdmin } from "@/lib/permissions/roles";
import { describeRecords, type RecordLabel } from "./audit-records";

export interface AuditQuery {
  /** The start of an action name ("suggestion." finds every act on suggestions). */
  action?: string;
  entity?: string;
  /** One record's events: those on it (its id) and, for a suggestion, those on anything of it. */
  record?: string;
  /** The acting account's username. */
  actor?: string;
  /** China calendar days "YYYY-MM-DD", both included. */
  from?: string;
  to?: string;
  /** 1-based. */
  page: number;
}

export type AuditRow = AuditEvent & { actorUsername?: string; record: RecordLabel };

const DAY_MS = 86_400_000;
const chinaMidnight = (day: string) => new Date(`${day}T00:00:00+08:00`);

/** One page of events matching the filters and how many match (404 for anyone but the administrator). */
export async function listAuditEvents(actor: Actor, q: AuditQuery, pageSize: number): Promise<{ items: AuditRow[]; total: number }> {
  if (!isAdmin(actor)) throw notFound();
  const actorUser = q.actor ? await db.user.findUnique({ where: { username: q.actor }, select: { id: true } }) : null;
  const where: Prisma.AuditEventWhereInput = {
    ...(q.action ? { action: { startsWith: q.action } } : {}),
    ...(q.entity ? { entity: q.entity } : {}),
    ...(q.record ? { OR: [{ entityId: q.record }, { suggestionId: q.record }] } : {}),
    // An unknown username matches nothing, rather than being ignored.
    ...(q.actor ? { actorId: actorUser?.id ?? "-" } : {}),
    ...(q.from || q.to
      ? {
          createdAt: {
            ...(q.from ? { gte: chinaMidnight(q.from) } : {}),
            ...(q.to ? { lt: new Date(chinaMidnight(q.to).getTime() + DAY_MS) } : {}),
          },
        }
      : {}),
  };
  const [events, total] = await Promise.all([
    db.auditEvent.findMany({ where, orderBy: [{ createdAt: "desc" }, { id: "desc" }], skip: (q.page - 1) * pageSize, take: pageSize }),
    db.auditEvent.count({ where }),
  ]);
  const actorIds = [...new Set(events.map((e) => e.actorId).filter((id): id is string => !!id))];
  const usernames = new Map(
    (await db.user.findMany({ where: { id: { in: actorIds } }, select: { id: true, username: true } })).map((u) => [u.id, u.username]),
  );
  const records = await describeRecords(events);
  return {
    items: events.map((e, i) => ({
      ...e,
      actorUsername: e.actorId ? usernames.get(e.actorId) : undefined,
      record: records[i] ?? other(e),
    })),
    total,
  };
}

const other = (e: AuditEvent): RecordLabel => ({ kind: "other", entity: e.entity, id: e.entityId });

/** The words for one record (the filter's heading), or null when it has no event. */
export async function describeRecord(actor: Actor, record: string): Promise<RecordLabel | null> {
  if (!isAdmin(actor)) throw notFound();
  const event = await db.auditEvent.findFirst({ where: { OR: [{ entityId: record }, { suggestionId: record }] }, orderBy: { id: "asc" } });
  if (!event) return null;
  // The record itself, not whatever the first event was on: a suggestion's id names the suggestion.
  const [label] = await describeRecords([
    event.entityId === record ? event : { entity: "Suggestion", entityId: record, suggestionId: record },
  ]);
  return label ?? other(event);
}
