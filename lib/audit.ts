// Audit events are written inside the same transaction as the change they describe.
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

export interface AuditInput {
  actorId: string | null;
  action: string; // e.g. "suggestion.assign", "reply.sign"
  entity: string; // model name
  entityId: string;
  suggestionId?: string | null;
  before?: unknown;
  after?: unknown;
  /** When the act happened; the database's now when absent (a replayed past keeps its own dates). */
  at?: Date;
}

const toJson = (value: unknown) => (value === undefined ? undefined : (JSON.parse(JSON.stringify(value)) as Prisma.InputJsonValue));

const row = (event: AuditInput) => ({
  actorId: event.actorId,
  action: event.action,
  entity: event.entity,
  entityId: event.entityId,
  suggestionId: event.suggestionId ?? null,
  before: toJson(event.before),
  after: toJson(event.after),
  ...(event.at ? { createdAt: event.at } : {}),
});

export async function audit(tx: Tx, event: AuditInput): Promise<void> {
  await tx.auditEvent.create({ data: row(event) });
}

/** One event per record of a batch (a registration, an import), in one statement. */
export async function auditMany(tx: Tx, events: AuditInput[]): Promise<void> {
  if (events.length) await tx.auditEvent.createMany({ data: events.map(row) });
}
