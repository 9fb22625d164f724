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

/**
 * One event per record of a batch (a registration, an import), in one INSERT from one array per column: with
 * createMany the client spent longer building a parameter per value than the database spent inserting (issue 12).
 */
export async function auditMany(tx: Tx, events: AuditInput[]): Promise<void> {
  if (!events.length) return;
  const written = new Date();
  const col = <T>(value: (event: AuditInput) => T) => events.map(value);
  const json = (value: unknown) => (value === undefined || value === null ? null : JSON.stringify(value));
  await tx.$executeRaw`
    INSERT INTO "AuditEvent" ("actorId", action, entity, "entityId", "suggestionId", before, after, "createdAt")
    SELECT * FROM unnest(${col((e) => e.actorId)}::text[], ${col((e) => e.action)}::text[], ${col((e) => e.entity)}::text[],
                         ${col((e) => e.entityId)}::text[], ${col((e) => e.suggestionId ?? null)}::text[],
                         ${col((e) => json(e.before))}::jsonb[], ${col((e) => json(e.after))}::jsonb[],
                         ${col((e) => (e.at ?? written).toISOString())}::timestamp(3)[])`;
}
