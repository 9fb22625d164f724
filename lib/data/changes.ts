import "server-only";
// The "changed since" feed for a platform that keeps a copy (issue 11 item 5). Every audit event records its
// writing transaction's id (AuditEvent.txid, xid8); the feed reads in (txid, id) order and only below the oldest
// transaction still running (pg_snapshot_xmin), so a transaction that began earlier but commits later can never
// be passed: its events appear only once it has ended, and always after the cursor. A timestamp or the id alone
// would skip it. Its answer: the changed suggestions with their current state (nothing is ever deleted).
import { db } from "@/lib/db";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { type ChangeCursor, encodeCursor } from "@/lib/validation/worklists";

export interface SuggestionChange {
  suggestionId: string;
  sessionCode: string;
  number: string;
  status: SuggestionStatus;
  version: number;
  updatedAt: Date;
}

const START: ChangeCursor = { xid: 0n, seq: 0n };

export async function readChanges(after: ChangeCursor | undefined, limit: number) {
  const from = after ?? START;
  const events = await db.$queryRaw<{ seq: bigint; xid: string; suggestionId: string | null }[]>`
    SELECT e.id AS seq, e.txid::text AS xid, e."suggestionId" FROM "AuditEvent" e
    WHERE e.txid < pg_snapshot_xmin(pg_current_snapshot()) AND (e.txid, e.id) > (${from.xid.toString()}::text::xid8, ${from.seq})
    ORDER BY e.txid, e.id LIMIT ${limit}`;
  const last = events.at(-1);
  const cursor = last ? { xid: BigInt(last.xid), seq: last.seq } : from;
  // Each suggestion once, in the order of its last event in this batch.
  const order = new Map<string, number>();
  events.forEach((e, i) => e.suggestionId && order.set(e.suggestionId, i));
  const rows = await db.suggestion.findMany({
    where: { id: { in: [...order.keys()] } },
    select: { id: true, number: true, status: true, version: true, updatedAt: true, session: { select: { code: true } } },
  });
  const changes: SuggestionChange[] = rows
    .sort((a, b) => (order.get(a.id) ?? 0) - (order.get(b.id) ?? 0))
    .map((s) => ({
      suggestionId: s.id,
      sessionCode: s.session.code,
      number: s.number,
      status: s.status,
      version: s.version,
      updatedAt: s.updatedAt,
    }));
  return { changes, cursor: encodeCursor(cursor), hasMore: events.length === limit };
}
