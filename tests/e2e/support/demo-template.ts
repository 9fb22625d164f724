// The demo database the e2e servers start from, seeded once per run (E2E_RUN_ID) into .data-e2e-template.
// `npm test` seeds it in a stage of its own while vitest and the build run (it needs neither), so the e2e
// servers only copy it; a plain `playwright test` has the first lane's server seed it (support/serve.ts).
// With --check it then runs tests/integration/demo-seed.test.ts against the database it seeded, so npm test
// seeds the demo once for both (the unit stage leaves that file out: scripts/test.mjs).
// Usage: E2E_RUN_ID=… tsx tests/e2e/support/demo-template.ts [--check]
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../../../lib/server/embedded-postgres";
import { SERVERS } from "./servers";

const templates = path.resolve(".data-e2e-template");

export const templateDir = (runId: string) => path.join(templates, runId);

/** Seeds the run's template (its folder appears only complete); returns the seconds it took. */
export async function seedTemplate(runId: string, pgPort: number): Promise<number> {
  const started = Date.now();
  await rm(templates, { recursive: true, force: true }); // earlier runs'
  const seeding = `${templateDir(runId)}.seeding`;
  const result = spawnSync(process.execPath, ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server", "scripts/seed.ts"], {
    stdio: "inherit",
    // The template is seeded in UTC, like the main server; no disk flushes for a throwaway database.
    env: { ...process.env, DATA_DIR: seeding, EMBEDDED_PG_PORT: String(pgPort), DATABASE_URL: "", TZ: "UTC", EMBEDDED_PG_DURABLE: "false" },
  });
  if (result.status !== 0) throw new Error(`seeding the demo template failed (exit ${result.status})`);
  await rename(seeding, templateDir(runId));
  return Math.round((Date.now() - started) / 1000);
}

/** Runs the demo's checks (demo-seed.test.ts) on the seeded template, started for the purpose and stopped cleanly. */
async function checkTemplate(runId: string, pgPort: number): Promise<boolean> {
  const server = await startEmbeddedPostgres({ dataDir: templateDir(runId), port: pgPort, quiet: true, durable: false });
  try {
    const result = spawnSync(process.execPath, ["node_modules/vitest/vitest.mjs", "run", "tests/integration/demo-seed.test.ts"], {
      stdio: "inherit",
      env: { ...process.env, DEMO_SEEDED_DATABASE_URL: server.url, DATABASE_URL: "" },
    });
    return result.status === 0;
  } finally {
    await server.stop();
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(import.meta.filename)) {
  const runId = process.env.E2E_RUN_ID;
  if (!runId) throw new Error("usage: E2E_RUN_ID=… tsx tests/e2e/support/demo-template.ts");
  // A port of its own: the main server's PostgreSQL port is free until the e2e stage starts, but vitest runs now.
  const seconds = await seedTemplate(runId, SERVERS.main.pgPort);
  console.log(`demo template seeded in ${seconds} s (${templateDir(runId)}, ${existsSync(templateDir(runId)) ? "ready" : "missing"})`);
  if (process.argv.includes("--check") && !(await checkTemplate(runId, SERVERS.main.pgPort))) process.exit(1);
}
