// npm start: build if needed, start the database (embedded unless DATABASE_URL), migrate, seed the demo on
// an empty database, make sure an admin exists, then serve Next on PORT. Ctrl-C stops everything cleanly.
import { spawn, type ChildProcess } from "node:child_process";
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { applyMigrations, projectRoot } from "../lib/migrations/migrations";
import { resolveAuthSecret } from "../lib/server/auth-secret";
import { ensureBuild } from "../lib/server/build";
import { appPort, dataDir, demoSeedEnabled, embeddedPostgresPort } from "../lib/server/config";
import { startEmbeddedPostgres, type EmbeddedDatabase } from "../lib/server/embedded-postgres";

const dev = process.argv.includes("--dev");
const log = (message: string) => console.log(`[建议办理] ${message}`);
const nextBin = path.join(projectRoot, "node_modules/next/dist/bin/next");

async function prepareDatabase(): Promise<{ url: string; embedded: EmbeddedDatabase | null }> {
  if (process.env.DATABASE_URL) return { url: process.env.DATABASE_URL, embedded: null };
  const embedded = await startEmbeddedPostgres({ dataDir: dataDir(), port: embeddedPostgresPort() });
  log(`embedded PostgreSQL on port ${embeddedPostgresPort()} (files in ${path.join(dataDir(), "postgres")})`);
  return { url: embedded.url, embedded };
}

async function seed(url: string) {
  process.env.DATABASE_URL = url;
  const { ensureAdmin } = await import("../prisma/seed/admin");
  const { seedDemo } = await import("../prisma/seed/demo");
  const accountsFile = path.join(dataDir(), "demo-accounts.json");
  if (demoSeedEnabled()) {
    const started = Date.now();
    const result = await seedDemo({ log });
    if (result.accounts.length) {
      await writeFile(accountsFile, JSON.stringify(result.accounts, null, 2));
      log(`demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
    }
  }
  const embeddedDemo = !process.env.DATABASE_URL || demoSeedEnabled();
  const username = process.env.ADMIN_USERNAME || (embeddedDemo ? "admin" : undefined);
  const password = process.env.ADMIN_PASSWORD || (embeddedDemo ? "demo1234" : undefined);
  if (username && password) await ensureAdmin(username, password);
  else log("no ADMIN_USERNAME/ADMIN_PASSWORD given: no admin created");
  if (existsSync(accountsFile)) {
    const accounts = JSON.parse(await readFile(accountsFile, "utf8")) as { role: string; username: string; password: string }[];
    log("demo accounts (demo only):");
    for (const a of accounts) console.log(`    ${a.role.padEnd(12)} ${a.username.padEnd(14)} ${a.password}`);
  }
}

async function main() {
  const secret = await resolveAuthSecret(dataDir());
  const baseEnv = { ...process.env, NEXT_TELEMETRY_DISABLED: "1", AUTH_SECRET: secret, NEXTAUTH_SECRET: secret };
  const [database] = await Promise.all([prepareDatabase(), dev ? null : ensureBuild({ log })]);
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
    await seed(database.url);
  } catch (error) {
    console.error(error);
    return stop(1);
  }
  const port = String(appPort());
  server = spawn(process.execPath, [nextBin, dev ? "dev" : "start", "-p", port], {
    cwd: projectRoot,
    env: { ...baseEnv, DATABASE_URL: database.url },
    stdio: "inherit",
  });
  server.on("exit", (code) => void stop(code ?? 0));
  log(`serving on http://localhost:${port}`);
}

void main();
