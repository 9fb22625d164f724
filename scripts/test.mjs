// npm test: every check, in stages, with each stage's duration printed so the budget stays visible
// (README "Tests and benchmarks": under 10 minutes on 2 cores). Stages run side by side as soon as what they
// need is there; the first failure stops the others and the run. `npm test -- unit e2e` runs only the stages named.
// Plain Node (no tsx) so it starts at once.
import { spawn } from "node:child_process";
import { setPriority } from "node:os";

/**
 * The stages, each started as soon as the ones it waits for have passed. vitest needs only the generated
 * client and has the CPU to itself but for niced stages beside it: the build, the e2e demo seed, lint, and tsc
 * (which reads the route types the build writes). The e2e run starts after vitest: both at once on 2 cores
 * starved each other into timeouts (measured: the a11y lane's tests took 2–4 minutes each and failed).
 */
const STAGES = [
  { name: "generate", command: ["node", "scripts/prisma-generate.mjs"], after: [] },
  { name: "unit", command: ["node_modules/.bin/vitest", "run"], after: ["generate"] },
  // Without Next's own type check: the typecheck stage runs tsc over the same files and the tests.
  {
    name: "build",
    command: ["node_modules/.bin/tsx", "scripts/build.ts", "--no-generate"],
    after: ["generate"],
    env: { BUILD_TYPECHECK: "false" },
    nice: 10,
  },
  // Seeds the e2e servers' demo and runs demo-seed.test.ts on it, which the unit stage then leaves out.
  { name: "seed", command: ["node_modules/.bin/tsx", "tests/e2e/support/demo-template.ts", "--check"], after: ["generate"], nice: 10 },
  { name: "lint", command: ["sh", "-c", "npm run --silent lint && npm run --silent format:check"], after: ["generate"], nice: 15 },
  { name: "typecheck", command: ["npm", "run", "--silent", "typecheck"], after: ["build"], nice: 15 },
  { name: "e2e", command: ["node_modules/.bin/playwright", "test"], after: ["build", "seed", "unit"] },
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !STAGES.some((s) => s.name === name));
if (unknown.length) {
  console.error(`unknown stage ${unknown.join(", ")}; the stages: ${STAGES.map((s) => s.name).join(", ")}`);
  process.exit(2);
}
const seconds = (ms) => `${Math.round(ms / 1000)} s`;
const running = new Set();
const durations = [];
const started = Date.now();

function run(stage) {
  return new Promise((resolve) => {
    const begun = Date.now();
    // A process group of its own, so a failure elsewhere can stop the stage with everything it started.
    const child = spawn(stage.command[0], stage.command.slice(1), {
      env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1", FORCE_COLOR: "0", ...stage.env },
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    running.add(child);
    if (stage.nice) setPriority(child.pid, stage.nice); // before it starts its own workers, which inherit it
    const prefix = (stream, out) => {
      let rest = "";
      stream.on("data", (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop();
        for (const line of lines) out.write(`[${stage.name}] ${line}\n`);
      });
      stream.on("end", () => rest && out.write(`[${stage.name}] ${rest}\n`));
    };
    prefix(child.stdout, process.stdout);
    prefix(child.stderr, process.stderr);
    child.on("close", (code, signal) => {
      running.delete(child);
      const took = Date.now() - begun;
      durations.push([stage.name, took, code === 0 ? "" : stopping ? "  stopped" : "  FAILED"]);
      const outcome = code === 0 ? "" : stopping ? " — stopped" : ` — FAILED (${signal ?? `exit ${code}`})`;
      console.log(`== ${stage.name}: ${seconds(took)}${outcome}`);
      resolve(code === 0);
    });
  });
}

let stopping = false;

// SIGINT, as Ctrl-C would send: Playwright then stops its web servers (each in a process group of its own)
// and vitest its PostgreSQL. Whatever is still there a minute later is killed.
function stopAll() {
  stopping = true;
  for (const child of running) {
    try {
      process.kill(-child.pid, "SIGINT");
    } catch {
      // already gone
    }
  }
  setTimeout(() => {
    for (const child of running) {
      try {
        process.kill(-child.pid, "SIGKILL");
      } catch {
        // already gone
      }
    }
  }, 60_000).unref();
}

function summary(ok) {
  console.log("== stages:");
  for (const [name, took, outcome] of durations) console.log(`==   ${name.padEnd(10)} ${seconds(took).padStart(6)}${outcome}`);
  console.log(`== total: ${seconds(Date.now() - started)}${ok ? "" : " — FAILED"}`);
}

// The stages are detached, so Ctrl-C reaches only this process: pass it on; the run ends as they do.
process.on("SIGINT", stopAll);

// One id for the run: the seed stage seeds the demo template under it and the e2e servers copy it.
process.env.E2E_RUN_ID ||= `${Date.now()}`;
const selected = STAGES.filter((s) => !only.length || only.includes(s.name));
const names = new Set(selected.map((s) => s.name));
// The seed stage checks the demo it seeds (demo-seed.test.ts), so vitest leaves that file out when both run.
if (names.has("seed") && names.has("unit")) selected.find((s) => s.name === "unit").env = { DEMO_SEED_CHECKED_BY_SEED_STAGE: "1" };
const finished = new Map(); // name → Promise<boolean>
function start(stage) {
  if (!finished.has(stage.name)) {
    const waits = stage.after.filter((name) => names.has(name)).map((name) => start(selected.find((s) => s.name === name)));
    finished.set(
      stage.name,
      Promise.all(waits).then((oks) => {
        if (!oks.every(Boolean) || stopping) return false;
        console.log(`== ${stage.name}: started at ${seconds(Date.now() - started)}`);
        return run(stage).then((ok) => {
          if (!ok) stopAll(); // fail fast: the others stop too
          return ok;
        });
      }),
    );
  }
  return finished.get(stage.name);
}
const results = await Promise.all(selected.map(start));
const ok = results.every(Boolean);
summary(ok);
process.exit(ok ? 0 : 1);
