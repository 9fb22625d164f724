import "server-only";
// The reads of kept statistics (lib/stats/cache.ts) asked for in one turn of the event loop go to PostgreSQL as
// one statement. A dashboard asks for eight values at once, and under load many pages ask together: each
// statement costs the app's single thread its client work and a wake-up of a database process, which at 50
// views at once was a sizeable part of a page's CPU. Nothing is kept here: every read still goes to the
// database, and a value comes back only while both its versions are current.
import { db } from "@/lib/db";

/** The "session" of values kept over every session, valid while the sum of all versions is unchanged. */
export const ACROSS_SESSIONS = "*";

interface Pending {
  sessionId: string;
  key: string;
  resolve: (hit: { value: unknown } | undefined) => void;
  reject: (error: unknown) => void;
}

let pending: Pending[] = [];

/** The kept value of `key` for the session (or ACROSS_SESSIONS), if it is current; else undefined. */
export function readCurrentValue(sessionId: string, key: string): Promise<{ value: unknown } | undefined> {
  return new Promise((resolve, reject) => {
    if (pending.length === 0) setImmediate(flush);
    pending.push({ sessionId, key, resolve, reject });
  });
}

async function flush() {
  const batch = pending;
  pending = [];
  try {
    // One text whatever the number of reads, so the statement stays prepared (lib/db-statements.ts).
    const rows = await db.$queryRaw<{ i: bigint; value: string }[]>`
      SELECT k.i, c.value::text AS value
      FROM unnest(${batch.map((p) => p.sessionId)}::text[], ${batch.map((p) => p.key)}::text[])
        WITH ORDINALITY AS k("sessionId", key, i)
      JOIN "StatsCache" c ON c."sessionId" = k."sessionId" AND c.key = k.key
      WHERE CASE WHEN k."sessionId" = ${ACROSS_SESSIONS}
        THEN c.version = (SELECT COALESCE(sum(version), 0)::int FROM "StatsVersion")
        ELSE (c.version, c."globalVersion") = (
          COALESCE((SELECT v.version FROM "StatsVersion" v WHERE v.scope = k."sessionId"), 0),
          COALESCE((SELECT v.version FROM "StatsVersion" v WHERE v.scope = ${ACROSS_SESSIONS}), 0))
      END`;
    const hits = new Map(rows.map((row) => [Number(row.i), JSON.parse(row.value) as unknown]));
    batch.forEach((p, index) => p.resolve(hits.has(index + 1) ? { value: hits.get(index + 1) } : undefined));
  } catch (error) {
    for (const p of batch) p.reject(error);
  }
}
