import "server-only";
// The reads of kept statistics (lib/stats/cache.ts) asked for in one turn of the event loop go to PostgreSQL as
// one statement. A dashboard asks for eight values at once, and under load many pages ask together: each
// statement costs the app's single thread its client work and a wake-up of a database process.
// Every read still asks the database whether the value is current. The text of a value this process read
// before is kept with its versions (a value is a function of its session, key and versions), and the
// database sends the text again only when its versions differ: the dashboard's values are ~150 kB at a
// million suggestions, and receiving them through Prisma cost ~8 ms of the ~40 ms of CPU a dashboard view took.
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { KeptTexts } from "./kept-texts";

/** The "session" of values kept over every session, valid while the sum of all versions is unchanged. */
export const ACROSS_SESSIONS = "*";

/** The current versions of a session (an id, or a column naming one) and of "*": a value's two versions. */
export const versionsSql = (session: string | Prisma.Sql) => Prisma.sql`
  COALESCE((SELECT version FROM "StatsVersion" WHERE scope = ${session}), 0),
  COALESCE((SELECT version FROM "StatsVersion" WHERE scope = ${ACROSS_SESSIONS}), 0)`;

/** The version of a value kept across sessions: the sum of all versions, which any write makes grow. */
export const allVersionsSql = Prisma.sql`(SELECT COALESCE(sum(version), 0)::int FROM "StatsVersion")`;

interface Pending {
  sessionId: string;
  key: string;
  resolve: (hit: { value: unknown } | undefined) => void;
  reject: (error: unknown) => void;
}

let pending: Pending[] = [];
// 16 million characters: at most 32 MB of the heap (two bytes a character for Chinese text), some hundred
// dashboards' worth at a million suggestions.
const kept = new KeptTexts(16 * 1024 * 1024);

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
    const known = batch.map((p) => kept.get(p.sessionId, p.key));
    const rows = await db.$queryRaw<{ i: bigint; version: number; globalVersion: number; value: string | null }[]>`
      SELECT k.i, c.version, c."globalVersion",
        CASE WHEN (c.version, c."globalVersion") = (k.version, k."globalVersion") THEN NULL ELSE c.value::text END AS value
      FROM unnest(${batch.map((p) => p.sessionId)}::text[], ${batch.map((p) => p.key)}::text[],
          ${known.map((k) => k?.version ?? -1)}::int[], ${known.map((k) => k?.globalVersion ?? -1)}::int[])
        WITH ORDINALITY AS k("sessionId", key, version, "globalVersion", i)
      JOIN "StatsCache" c ON c."sessionId" = k."sessionId" AND c.key = k.key
      WHERE CASE WHEN k."sessionId" = ${ACROSS_SESSIONS} THEN c.version = ${allVersionsSql}
        ELSE (c.version, c."globalVersion") = (${versionsSql(Prisma.raw('k."sessionId"'))}) END`;
    const texts = new Map<number, string>();
    for (const row of rows) {
      const index = Number(row.i) - 1;
      const { sessionId, key } = batch[index]!;
      const text = row.value ?? known[index]?.text;
      if (text === undefined) throw new Error("the database kept the versions of a value this process does not hold");
      if (row.value !== null) kept.set(sessionId, key, { version: row.version, globalVersion: row.globalVersion, text });
      texts.set(index, text);
    }
    // Parsed for each reader: no two requests share an object that one of them might change.
    batch.forEach((p, index) => {
      const text = texts.get(index);
      p.resolve(text === undefined ? undefined : { value: JSON.parse(text) as unknown });
    });
  } catch (error) {
    for (const p of batch) p.reject(error);
  }
}
