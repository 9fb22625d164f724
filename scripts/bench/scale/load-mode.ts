// A throwaway load: set up before the generation and undone after it.
import type pg from "pg";
import { seconds, type Query } from "./shape";

export interface DroppedIndex {
  indexname: string;
  indexdef: string;
}

/** Fast, unsafe settings, secondary indexes dropped, and bench_r, the generator's hash function. */
export async function prepareFastLoad(client: pg.Client, q: Query): Promise<DroppedIndex[]> {
  // A throwaway load: no FK triggers (the generator keeps the references right), no fsync, secondary indexes
  // dropped and rebuilt once at the end, which is several times faster than maintaining them row by row.
  await q("", `ALTER SYSTEM SET fsync = off`);
  await q("", `ALTER SYSTEM SET max_wal_size = '16GB'`);
  await q("", `ALTER SYSTEM SET checkpoint_timeout = '1h'`);
  await q("", `SELECT pg_reload_conf()`);
  await q("", `SET session_replication_role = replica`);
  await q("", `SET synchronous_commit = off`);
  await q("", `SET maintenance_work_mem = '1GB'`);
  await q("", `SET work_mem = '256MB'`);
  await q("", `SET max_parallel_maintenance_workers = 2`);
  const big = [
    "Suggestion",
    "SuggestionCoSigner",
    "Assignment",
    "Communication",
    "Opinion",
    "Reply",
    "ReplyVersion",
    "Commitment",
    "Feedback",
    "FollowUp",
    "Reclassification",
    "Supervision",
    "ExtensionRequest",
    "AuditEvent",
    "Deputy",
    "Unit",
    "User",
  ];
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(
    `
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`,
    [big],
  );
  for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);

  // r(g, salt): a uniform number in [0, 1) from a hash of the row number: deterministic, and independent per salt.
  await q(
    "",
    `CREATE OR REPLACE FUNCTION bench_r(g bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(g, salt) & 2147483647)::float8 / 2147483648 $$`,
  );

  return indexes;
}

/** The indexes rebuilt once, the helpers dropped, statistics gathered, and the safe settings back. */
export async function finishLoad(client: pg.Client, q: Query, indexes: DroppedIndex[]): Promise<void> {
  let started = performance.now();
  for (const i of indexes) await client.query(i.indexdef);
  console.log(`  ${"indexes".padEnd(34)} ${String(indexes.length).padStart(9)}       ${seconds(started)}`);
  await q("", `DROP TABLE bench_plan`);
  await q("", `DROP FUNCTION bench_r`);
  await q("", `RESET session_replication_role`);
  started = performance.now();
  await q("", `VACUUM (ANALYZE)`); // what autovacuum does to a settled database: statistics, visibility map, hint bits
  console.log(`  ${"vacuum analyze".padEnd(34)} ${"".padStart(9)}       ${seconds(started)}`);
  await q("", `ALTER SYSTEM RESET fsync`);
  await q("", `ALTER SYSTEM RESET max_wal_size`);
  await q("", `ALTER SYSTEM RESET checkpoint_timeout`);
  await q("", `SELECT pg_reload_conf()`);
  await q("", `CHECKPOINT`);
}
