import "server-only";
// Statistics kept per session in PostgreSQL (issue 12), shared by every instance. A process holds only the texts
// it has read, and uses one only when the database says its versions are still current (./cache-reads.ts).
// A cached value carries the versions of its session and of "*" (units, deputies, sessions) it was computed
// at; every audited write bumps them in its own transaction (the AuditEvent trigger of migration
// stats_cache_issue12), so a value is served only while nothing it was computed from has changed. A miss
// computes in one REPEATABLE READ snapshot that also reads the versions, so a write committed during the
// computation makes the stored value stale at once instead of wrong.
import { db, type Tx } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { ACROSS_SESSIONS, allVersionsSql, readCurrentValue, versionsSql } from "./cache-reads";
import type { ResolvedFilter } from "./filters";

/** What a statistics query runs on: the app's client or the snapshot transaction of a cache miss. */
export type Queryer = Pick<Tx, "$queryRaw">;

interface Versions {
  version: number;
  globalVersion: number;
}

/** The cache key of a figure for a filter (the session is the row's own column). */
export function cacheKey(kind: string, filter: ResolvedFilter, extra: Record<string, unknown> = {}): string {
  const { sessionId: _session, ...rest } = filter;
  const parts = Object.entries({ ...rest, ...extra })
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => a.localeCompare(b));
  return `${kind}|${JSON.stringify(parts)}`;
}

/**
 * The cached value of `key` for the filter's session if both its versions are current; else `compute` runs
 * (on the snapshot it is given) and its result is stored. `revive` turns the stored JSON back into T.
 */
export async function cachedStat<T>(
  filter: ResolvedFilter,
  key: string,
  compute: (q: Queryer) => Promise<T>,
  revive: (json: unknown) => T = (json) => json as T,
): Promise<T> {
  const hit = await readCurrentValue(filter.sessionId, key);
  if (hit) return revive(hit.value);

  const { versions, value } = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<
        Versions[]
      >`SELECT v.* FROM (SELECT ${versionsSql(filter.sessionId)}) AS v(version, "globalVersion")`;
      if (!row) throw new Error("the versions query returned no row"); // a SELECT of two scalars: one row
      return { versions: row, value: await compute(tx) };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60_000, maxWait: 30_000 },
  );
  const json = JSON.stringify(value);
  // Last writer wins: an older value stored over a newer one only costs the next reader a recomputation,
  // since every read checks the versions.
  await db.$executeRaw`
    INSERT INTO "StatsCache" ("sessionId", key, version, "globalVersion", value)
    VALUES (${filter.sessionId}, ${key}, ${versions.version}, ${versions.globalVersion}, ${json}::jsonb)
    ON CONFLICT ("sessionId", key) DO UPDATE SET version = EXCLUDED.version,
      "globalVersion" = EXCLUDED."globalVersion", value = EXCLUDED.value, "computedAt" = now()`;
  return revive(JSON.parse(json));
}

/**
 * A value over every session (e.g. the sessions with their counts), valid while the sum of all versions is
 * unchanged: versions only grow, so any write anywhere changes the sum.
 */
export async function cachedAcrossSessions<T>(key: string, compute: (q: Queryer) => Promise<T>): Promise<T> {
  const hit = await readCurrentValue(ACROSS_SESSIONS, key);
  if (hit) return hit.value as T;
  const { version, value } = await db.$transaction(
    async (tx) => {
      const [row] = await tx.$queryRaw<{ version: number }[]>`SELECT ${allVersionsSql} AS version`;
      if (!row) throw new Error("the version query returned no row"); // a SELECT of one scalar: one row
      return { version: row.version, value: await compute(tx) };
    },
    { isolationLevel: Prisma.TransactionIsolationLevel.RepeatableRead, timeout: 60_000, maxWait: 30_000 },
  );
  const json = JSON.stringify(value);
  await db.$executeRaw`
    INSERT INTO "StatsCache" ("sessionId", key, version, "globalVersion", value) VALUES (${ACROSS_SESSIONS}, ${key}, ${version}, 0, ${json}::jsonb)
    ON CONFLICT ("sessionId", key) DO UPDATE SET version = EXCLUDED.version, value = EXCLUDED.value, "computedAt" = now()`;
  return JSON.parse(json) as T;
}

/** How long a kept value may go unrecomputed before the hourly job removes it. */
export const STATS_CACHE_KEEP_DAYS = 2;

/**
 * Removes kept values computed more than STATS_CACHE_KEEP_DAYS ago. Keys carry the China day or a unit (the
 * inbox, the navigation's counts), so yesterday's rows are never read again but would pile up, a few thousand a
 * day at a province with many units; a removed value that was still current is simply computed again. Returns
 * how many were removed.
 */
export async function pruneStatsCache(now: Date = new Date()): Promise<number> {
  const before = new Date(now.getTime() - STATS_CACHE_KEEP_DAYS * 86_400_000);
  return db.$executeRaw`DELETE FROM "StatsCache" WHERE "computedAt" < ${before}`;
}
