// npm test: every check, in stages, with each stage's duration printed so the budget stays visible
// (README "Tests and benchmarks": under 10 minutes on 2 cores). Stages in one step run side by side; the
// first failure stops the others and the run. `npm test -- unit e2e` runs only the stages named.
// Plain Node (no tsx) so it starts at once.
import { spawn } from "node:child_process";
import { setPriority } from "node:os";

/**
 * Each step's stages run at the same time; the steps run one after the other. vitest never reads .next and
 * the build never touches the databases, so they share a step; tsc reads .next/types, which the build
 * writes, so it waits for the build and runs while the e2e servers seed their demo data; lint runs beside it.
 */
const STEPS = [
  [{ name: "generate", command: ["node", "scripts/prisma-generate.mjs"] }],
  [
    { name: "unit", command: ["node_modules/.bin/vitest", "run"] },
    // Niced: it takes the CPU vitest leaves, so the integration tests' timings are not squeezed.
    { name: "build", command: ["node_modules/.bin/tsx", "scripts/build.ts", "--no-generate"], nice: 10 },
  ],
  [
    { name: "typecheck", command: ["npm", "run", "--silent", "typecheck"], nice: 10 },
    { name: "lint", command: ["sh", "-c", "npm run --silent lint && npm run --silent format:check"], nice: 10 },
    { name: "e2e", command: ["node_modules/.bin/playwright", "test"] },
  ],
];

const only = process.argv.slice(2);
const unknown = only.filter((name) => !STEPS.flat().some((s) => s.name === name));
if (unknown.length) {
  console.error(
    `unknown stage ${unknown.join(", ")}; the stages: ${STEPS.flat()
      .map((s) => s.name)
      .join(", ")}`,
  );
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

// The stages are detached, so Ctrl-C reaches only this process: pass it on and end as the step ends.
process.on("SIGINT", stopAll);

for (const step of STEPS) {
  const stages = step.filter((s) => !only.length || only.includes(s.name));
  if (!stages.length) continue;
  console.log(`== ${stages.map((s) => s.name).join(" + ")}`);
  const results = stages.map((stage) =>
    run(stage).then((ok) => {
      if (!ok) stopAll(); // fail fast: the stages beside it stop too
      return ok;
    }),
  );
  if (!(await Promise.all(results)).every(Boolean)) {
    summary(false);
    process.exit(1);
  }
}
summary(true);
