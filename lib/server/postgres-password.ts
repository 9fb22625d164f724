// The embedded PostgreSQL's superuser password: random, kept in DATA_DIR/postgres-password (mode 0600).
// A cluster made before this file existed was initialised with "postgres": it starts with that once and
// gets a random one at once (see rotateLegacyPassword).
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { chmod, readFile, unlink, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";

export const LEGACY_PASSWORD = "postgres";

export const passwordFile = (dataDir: string) => path.join(dataDir, "postgres-password");

const randomPassword = () => randomBytes(24).toString("base64url");

async function save(file: string, password: string) {
  await writeFile(file, password + "\n", { mode: 0o600 });
  await chmod(file, 0o600); // writeFile's mode applies only to a new file
}

/** The password to start with; `legacy` when the cluster exists but the file does not. */
export async function embeddedPassword(dataDir: string, clusterExists: boolean): Promise<{ password: string; legacy: boolean }> {
  const file = passwordFile(dataDir);
  if (existsSync(file)) return { password: (await readFile(file, "utf8")).trim(), legacy: false };
  if (clusterExists) return { password: LEGACY_PASSWORD, legacy: true };
  const password = randomPassword();
  await save(file, password);
  return { password, legacy: false };
}

/** Replaces the old fixed password of a running cluster by a random one, saved first so it is never lost. */
export async function rotateLegacyPassword(dataDir: string, connection: { port: number; user: string }): Promise<string> {
  const file = passwordFile(dataDir);
  const password = randomPassword();
  await save(file, password);
  const client = new pg.Client({
    host: "127.0.0.1",
    port: connection.port,
    user: connection.user,
    password: LEGACY_PASSWORD,
    database: "postgres",
  });
  try {
    await client.connect();
    // base64url only: safe inside a literal (ALTER ROLE takes no bind parameters).
    await client.query(`ALTER ROLE "${connection.user}" PASSWORD '${password}'`);
  } catch (error) {
    await unlink(file).catch(() => {});
    throw error;
  } finally {
    await client.end().catch(() => {});
  }
  return password;
}
