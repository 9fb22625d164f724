// npm run backup [-- <folder>]: a consistent backup while the app runs (see lib/server/backup/backup.ts).
// Embedded database: a base backup through pg_backup_start/pg_backup_stop (the server is started for the
// occasion when npm start is not running); DATABASE_URL: pg_dump of the server's major version.
import path from "node:path";
import pg from "pg";
import { backupEmbedded, backupExternal } from "../lib/server/backup/backup";
import { setting } from "../lib/server/config";
import { startEmbeddedPostgres } from "../lib/server/embedded-postgres";

const log = (message: string) => console.log(`[建议办理] ${message}`);
const stamp = () => new Date().toISOString().replace(/[-:]/g, "").replace("T", "-").slice(0, 15);

async function isListening(port: number): Promise<boolean> {
  const client = new pg.Client({
    host: "127.0.0.1",
    port,
    user: "postgres",
    database: "postgres",
    password: "-",
    connectionTimeoutMillis: 2000,
  });
  try {
    await client.connect();
    return true;
  } catch (error) {
    // A refused password still means a server answers.
    return (error as NodeJS.ErrnoException).code !== "ECONNREFUSED";
  } finally {
    await client.end().catch(() => {});
  }
}

async function main() {
  // Only the settings a backup needs (npm start's full check asks for more, e.g. ADMIN_PASSWORD).
  const config = { DATABASE_URL: setting("DATABASE_URL"), DATA_DIR: setting("DATA_DIR"), EMBEDDED_PG_PORT: setting("EMBEDDED_PG_PORT") };
  const dest = path.resolve(process.argv[2] ?? path.join("backups", `jianyi-${stamp()}`));
  if (config.DATABASE_URL) {
    const manifest = await backupExternal({ url: config.DATABASE_URL, dataDir: config.DATA_DIR, dest });
    log(`backup written to ${dest} (pg_dump of PostgreSQL ${manifest.serverVersion}; secrets: ${manifest.secrets.join(", ") || "none"})`);
    return;
  }
  const running = await isListening(config.EMBEDDED_PG_PORT);
  const server = running ? null : await startEmbeddedPostgres({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, quiet: true });
  try {
    const manifest = await backupEmbedded({ dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT, dest });
    log(
      `backup written to ${dest} (base backup of PostgreSQL ${manifest.serverVersion}, WAL ${manifest.startLsn}–${manifest.stopLsn}; ` +
        `secrets: ${manifest.secrets.join(", ")})`,
    );
  } finally {
    await server?.stop();
  }
}

main().catch((error) => {
  console.error(`[建议办理] backup failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
