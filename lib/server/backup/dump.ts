// Backup and restore of an external PostgreSQL (DATABASE_URL) with pg_dump / pg_restore. pg_dump's snapshot
// makes the dump consistent while the app writes. Its major version must equal the server's: an older
// pg_dump refuses a newer server, and a newer one writes a dump an older pg_restore cannot read.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import pg from "pg";

const run = promisify(execFile);

export const majorOf = (version: string) => Number(/(\d+)(?:\.\d+)?/.exec(version)?.[1] ?? NaN);

async function toolMajor(tool: "pg_dump" | "pg_restore"): Promise<number | null> {
  try {
    const { stdout } = await run(tool, ["--version"]);
    return majorOf(stdout.replace(/^[^\d]*/, ""));
  } catch {
    return null;
  }
}

export async function serverMajor(url: string): Promise<{ version: string; major: number }> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    // Each SELECT here calls functions without a FROM: it returns exactly one row, hence rows[0]!.
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    return { version, major: majorOf(version) };
  } finally {
    await client.end();
  }
}

/** Throws a message saying what to install when the client tool is missing or of another major version. */
export async function assertTool(tool: "pg_dump" | "pg_restore", server: number): Promise<void> {
  const major = await toolMajor(tool);
  if (major === server) return;
  throw new Error(
    major === null
      ? `${tool} is not installed: install the PostgreSQL ${server} client tools (e.g. apt-get install postgresql-client-${server})`
      : `${tool} is version ${major}, the server ${server}: install the PostgreSQL ${server} client tools and put them first on PATH`,
  );
}

// libpq reads the URL itself; the password stays out of the process list through PGPASSWORD.
function connection(url: string): { dbArg: string; env: NodeJS.ProcessEnv } {
  const u = new URL(url);
  const password = decodeURIComponent(u.password);
  u.password = "";
  return { dbArg: u.toString(), env: { ...process.env, ...(password ? { PGPASSWORD: password } : {}) } };
}

export async function dumpDatabase(url: string, file: string): Promise<void> {
  const { dbArg, env } = connection(url);
  await run("pg_dump", ["--format=custom", "--no-owner", "--no-privileges", "--file", file, "--dbname", dbArg], {
    env,
    maxBuffer: 1 << 26,
  });
}

/** Into an empty database only: refuses one that already has tables. */
export async function restoreDatabase(url: string, file: string): Promise<void> {
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  const tables = await client.query("SELECT 1 FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema') LIMIT 1");
  await client.end();
  if (tables.rowCount) throw new Error("the database of DATABASE_URL is not empty: restore into a new, empty database");
  const { dbArg, env } = connection(url);
  await run("pg_restore", ["--no-owner", "--no-privileges", "--exit-on-error", "--single-transaction", "--dbname", dbArg, file], {
    env,
    maxBuffer: 1 << 26,
  });
}
