// One e2e server: npm start's scripts/start.ts on a copy of a demo database seeded once per run. Seeding
// takes a minute of CPU; the three servers start together, so the first lane's server seeds a template
// (scripts/seed.ts) while the others wait, and each copies it into its own DATA_DIR before starting.
// Usage (playwright.config.ts): tsx tests/e2e/support/serve.ts <lane>, with E2E_RUN_ID and E2E_SEEDER set.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { SERVERS, type Server } from "./servers";

const server = SERVERS[process.argv[2] as Server["name"]];
const runId = process.env.E2E_RUN_ID;
if (!server || !runId) throw new Error("usage: E2E_RUN_ID=… tsx tests/e2e/support/serve.ts main|a11y|la");

const templates = path.resolve(".data-e2e-template");
const template = path.join(templates, runId);
const log = (message: string) => console.log(`[e2e ${server.name}] ${message}`);

function run(args: string[], env: Record<string, string>) {
  const result = spawnSync(process.execPath, args, { stdio: "inherit", env: { ...process.env, ...env } });
  if (result.status !== 0) process.exit(result.status ?? 1);
}

const tsx = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server"];

if (process.env.E2E_SEEDER === server.name) {
  const started = Date.now();
  await rm(templates, { recursive: true, force: true }); // earlier runs'
  const seeding = `${template}.seeding`;
  // Its own port is free until its server starts; the template is seeded in this server's time zone (UTC).
  run([...tsx, "scripts/seed.ts"], { DATA_DIR: seeding, EMBEDDED_PG_PORT: String(server.pgPort), DATABASE_URL: "" });
  await rename(seeding, template); // the others wait for this name: it appears only complete
  log(`demo template seeded in ${Math.round((Date.now() - started) / 1000)} s`);
} else {
  for (let waited = 0; !existsSync(template); waited += 250) {
    if (waited > 600_000) throw new Error(`no demo template after 10 minutes (${template})`);
    await sleep(250);
  }
}

await rm(server.dataDir, { recursive: true, force: true });
// -a keeps the PostgreSQL files' owner (the postgres user when run as root) and modes.
const copied = spawnSync("cp", ["-a", template, path.resolve(server.dataDir)], { stdio: "inherit" });
if (copied.status !== 0) process.exit(copied.status ?? 1);

const child = spawn(process.execPath, [...tsx, "scripts/start.ts"], { stdio: "inherit" });
// Playwright stops the server with a signal to this process: pass it on so PostgreSQL stops cleanly.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
