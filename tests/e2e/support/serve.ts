// One e2e server: npm start's scripts/start.ts on a copy of a demo database seeded once per run
// (support/demo-template.ts). `npm test` seeds it beforehand; otherwise the first lane's server seeds it
// while the others wait. Each copies it into its own DATA_DIR before starting.
// Usage (playwright.config.ts): tsx tests/e2e/support/serve.ts <lane>, with E2E_RUN_ID and E2E_SEEDER set.
import { spawn, spawnSync } from "node:child_process";
import { existsSync } from "node:fs";
import { rm } from "node:fs/promises";
import path from "node:path";
import { setTimeout as sleep } from "node:timers/promises";
import { templateDir, seedTemplate } from "./demo-template";
import { SERVERS, type Server } from "./servers";

const server = SERVERS[process.argv[2] as Server["name"]];
const runId = process.env.E2E_RUN_ID;
if (!server || !runId) throw new Error("usage: E2E_RUN_ID=… tsx tests/e2e/support/serve.ts main|side|a11y|la");

const template = templateDir(runId);
const log = (message: string) => console.log(`[e2e ${server.name}] ${message}`);

if (existsSync(template)) {
  log("demo template already seeded (npm test's seed stage)");
} else if (process.env.E2E_SEEDER === server.name) {
  // Its own port is free until its server starts.
  log(`demo template seeded in ${await seedTemplate(runId, server.pgPort)} s`);
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

const tsx = ["node_modules/tsx/dist/cli.mjs", "--conditions=react-server"];
const child = spawn(process.execPath, [...tsx, "scripts/start.ts"], { stdio: "inherit" });
// Playwright stops the server with a signal to this process: pass it on so PostgreSQL stops cleanly.
for (const signal of ["SIGINT", "SIGTERM"] as const) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
