// One checksum over every domain table, to prove that a refused input changed nothing. Sign-in attempts
// (the throttle's own counters), the audit events of refused sign-ins and password changes, and a token's
// last-use stamp are left out: they change on refusals by design (issue 13 excepts them).
import { db } from "@/lib/db";

let sql: string | undefined;

/** Every table but the migrations' record, the sign-in throttle's, the statistics cache (reads fill it) and the test's own change log. */
const domainTables = () =>
  db.$queryRaw<{ name: string }[]>`
    SELECT table_name AS name FROM information_schema.tables
    WHERE table_schema = 'public' AND table_type = 'BASE TABLE'
      AND table_name NOT IN ('_prisma_migrations', 'LoginAttempt', 'AuthThrottle', 'fuzz_change', 'StatsCache') ORDER BY table_name`;

/** The audit of a refusal itself (a failed sign-in or password change) is written on purpose. */
const REFUSAL_AUDIT = `('auth.signInFailed', 'user.passwordChangeFailed')`;

async function buildSql(): Promise<string> {
  const tables = await domainTables();
  const parts = tables.map(({ name }) => {
    const row = name === "ApiToken" ? `(to_jsonb(r) - 'lastUsedAt')::text` : `r::text`;
    const where = name === "AuditEvent" ? ` WHERE r.action NOT IN ${REFUSAL_AUDIT}` : "";
    return `SELECT '${name}' AS t, count(*) AS n, md5(coalesce(string_agg(${row}, '|' ORDER BY ${row}), '')) AS h FROM "${name}" r${where}`;
  });
  return `SELECT string_agg(t || ':' || n || ':' || h, ' ' ORDER BY t) AS sum FROM (${parts.join(" UNION ALL ")}) x`;
}

/** "Table:rows:md5 …" for every domain table; equal strings mean equal contents. */
export async function domainChecksum(): Promise<string> {
  sql ??= await buildSql();
  const [row] = await db.$queryRawUnsafe<{ sum: string }[]>(sql);
  return row.sum;
}

/** The tables whose part of the checksum differs, for a readable failure. */
export function changedTables(before: string, after: string): string[] {
  const parts = (s: string) => new Map(s.split(" ").map((p) => [p.split(":")[0], p] as const));
  const a = parts(before);
  return [...parts(after)].filter(([t, p]) => a.get(t) !== p).map(([t]) => t);
}

/**
 * The checksum costs ~10–20 ms a call, too slow for every one of 10,000 inputs; so each domain table also
 * gets a row trigger that logs committed changes (a refused act's rolled-back writes leave no row, exactly
 * as they leave no data). Every input is checked against the log; the checksum confirms a sample.
 */
export async function installChangeLog(): Promise<void> {
  const tables = await domainTables();
  await db.$executeRawUnsafe(`CREATE TABLE fuzz_change (id bigserial PRIMARY KEY, tbl text NOT NULL, op text NOT NULL)`);
  await db.$executeRawUnsafe(`CREATE FUNCTION fuzz_log() RETURNS trigger LANGUAGE plpgsql AS $$
    BEGIN INSERT INTO fuzz_change (tbl, op) VALUES (TG_TABLE_NAME, TG_OP); RETURN NULL; END $$`);
  for (const { name } of tables) {
    if (name === "ApiToken") {
      await db.$executeRawUnsafe(`CREATE TRIGGER fuzz_log AFTER INSERT OR DELETE ON "ApiToken" FOR EACH ROW EXECUTE FUNCTION fuzz_log()`);
      await db.$executeRawUnsafe(`CREATE TRIGGER fuzz_log_update AFTER UPDATE ON "ApiToken" FOR EACH ROW
        WHEN ((to_jsonb(OLD) - 'lastUsedAt') IS DISTINCT FROM (to_jsonb(NEW) - 'lastUsedAt')) EXECUTE FUNCTION fuzz_log()`);
    } else if (name === "AuditEvent") {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER fuzz_log AFTER INSERT ON "AuditEvent" FOR EACH ROW WHEN (NEW.action NOT IN ${REFUSAL_AUDIT}) EXECUTE FUNCTION fuzz_log()`,
      );
      await db.$executeRawUnsafe(
        `CREATE TRIGGER fuzz_log_change AFTER UPDATE OR DELETE ON "AuditEvent" FOR EACH ROW EXECUTE FUNCTION fuzz_log()`,
      );
    } else {
      await db.$executeRawUnsafe(
        `CREATE TRIGGER fuzz_log AFTER INSERT OR UPDATE OR DELETE ON "${name}" FOR EACH ROW EXECUTE FUNCTION fuzz_log()`,
      );
    }
  }
}

/** Changes committed after log id `since`: the last id and "Table OP" for each. */
export async function changesSince(since: bigint): Promise<{ last: bigint; changes: string[] }> {
  const rows = await db.$queryRaw<
    { id: bigint; tbl: string; op: string }[]
  >`SELECT id, tbl, op FROM fuzz_change WHERE id > ${since} ORDER BY id`;
  return { last: rows.length ? rows[rows.length - 1].id : since, changes: rows.map((r) => `${r.tbl} ${r.op}`) };
}

/**
 * Watches one input at a time: `before()` ahead of the call, `after(refused)` once it answered, which gives
 * what a refused input changed (empty when nothing). Every `sample`-th input is also checked by checksum.
 */
export class WriteGuard {
  private last = 0n;
  private baseline: string | undefined;
  private n = 0;
  constructor(private readonly sample: number) {}

  async before(): Promise<void> {
    if (this.n++ % this.sample === 0) this.baseline ??= await domainChecksum();
  }

  async after(refused: boolean): Promise<string[]> {
    const { last, changes } = await changesSince(this.last);
    this.last = last;
    const problems = refused ? [...changes] : [];
    const sampled = (this.n - 1) % this.sample === 0;
    if (refused && sampled && this.baseline !== undefined) {
      const now = await domainChecksum();
      if (now !== this.baseline) problems.push(`checksum: ${changedTables(this.baseline, now).join(", ")}`);
    }
    if (changes.length) this.baseline = undefined;
    return problems;
  }
}
