// npm run bench:load [-- --demo] [--data DIR] [--connections 1,20,50,100] [--requests 5 | --duration S] [--only TEXT] [--pool N] [--rounds N] [--warm S]
// Pages under load (issue 12): the built app (`npm start`'s script) on the bench:scale database (generated once
// into --data, default .data-scale) or, with --demo, on the demo (.data-bench-demo), driven by autocannon at
// each number of connections: the dashboard, the list, the detail, the unit's inbox, the supervision and the
// reports pages, and the API reads, as the office (the inbox as the busiest unit's handler). Prints p50, p95,
// p99, requests per second, errors (non-2xx included), each page's p95 over the sign-in page's p95 measured just
// before and just after it (the mean of the two), and the CPU each view cost the app and PostgreSQL (scripts/bench/cpu.ts); then the session
// statistics against a hand-written SQL floor. With --rounds N every page is driven N times in turn at each number
// of connections and a last table gives the medians, each ratio the median of its rounds' ratios: one 8-second
// run moves by ±20 % on a shared machine, the sign-in page's p95 more. The app's RENDER_CONCURRENCY comes from the
// environment (RENDER_CONCURRENCY=0 npm run bench:load … measures without the admission gate). Not part of npm test.
import { randomBytes } from "node:crypto";
import path from "node:path";
import autocannon from "autocannon";
import { projectRoot } from "../../lib/migrations/migrations";
import { embeddedSettings } from "../../lib/server/embedded-postgres";
import { BENCH_PASSWORD, ensureScaleData, prepareActors, startApp, startDatabase, stopApp } from "./load-setup";
import { sampleCpu, waitUntilIdle } from "./cpu";
import { compareWithFloor } from "./stats-floor";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const DEMO = args.includes("--demo");
const DIR = path.resolve(projectRoot, option("data") ?? (DEMO ? ".data-bench-demo" : ".data-scale"));
const CONNECTIONS = (option("connections") ?? "1,20,50,100").split(",").map(Number);
// Each page gets the same sample: --requests per connection (default 5), or --duration seconds when given
// (a page slower than the duration then shows no figures).
const DURATION = Number(option("duration")) || 0;
const PER_CONNECTION = Number(option("requests")) || 5;
const ONLY = option("only");
const PORT = Number(option("port") ?? 3227);
const PG_PORT = Number(option("pg-port") ?? 55527);
const POOL = Number(option("pool")) || undefined;
const ROUNDS = Number(option("rounds")) || 1;
const WARM_SECONDS = Number(option("warm") ?? 5);

interface Target {
  name: string;
  path: string;
  headers?: Record<string, string>;
}

async function signIn(base: string, username: string): Promise<string> {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = (await csrf.json()) as { csrfToken: string };
  const jar = csrf.headers.getSetCookie().map((c) => c.split(";")[0] ?? "");
  const res = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "content-type": "application/x-www-form-urlencoded", cookie: jar.join("; ") },
    body: new URLSearchParams({ csrfToken, username, password: BENCH_PASSWORD, json: "true" }),
  });
  const cookies = [...jar, ...res.headers.getSetCookie().map((c) => c.split(";")[0] ?? "")];
  if (!cookies.some((c) => c.includes("session-token"))) throw new Error(`sign-in of ${username} failed (${res.status})`);
  return cookies.join("; ");
}

async function apiToken(base: string, username: string): Promise<string> {
  const res = await fetch(`${base}/api/v1/auth/token`, {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ username, password: BENCH_PASSWORD, name: "bench" }),
  });
  if (!res.ok) throw new Error(`token of ${username}: ${res.status}`);
  return ((await res.json()) as { token: string }).token;
}

const percentile = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)] ?? NaN;

async function drive(base: string, target: Target, connections: number, appGroup: number, seconds = DURATION) {
  const latencies: number[] = [];
  const before = sampleCpu(appGroup);
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const span = seconds ? { duration: seconds } : { amount: connections * PER_CONNECTION };
    const options = { url: base + target.path, connections, ...span, headers: target.headers, timeout: 60 };
    const instance = autocannon(options, (error, r) => (error ? reject(error) : resolve(r)));
    instance.on("response", (_client, _status, _bytes, responseTime) => latencies.push(responseTime));
  });
  // The renders autocannon abandoned at the end of a timed run are this page's cost, not the next page's.
  await waitUntilIdle(appGroup);
  const after = sampleCpu(appGroup);
  // Rendered: the answered requests and, in a timed run, the one each connection had in flight at the end.
  const rendered = latencies.length + (seconds ? connections : 0);
  const perView = (key: "app" | "database") => (before && after && latencies.length ? (after[key] - before[key]) / rendered : NaN);
  latencies.sort((a, b) => a - b);
  return {
    appCpu: perView("app"),
    dbCpu: perView("database"),
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    rps: result.requests.average,
    errors: result.errors + result.timeouts + result.non2xx,
    total: latencies.length,
    // The body's size: a page's rendering cost grows with it.
    kb: result.requests.total ? result.throughput.total / result.requests.total / 1024 : NaN,
  };
}

const cpu = (x: number) => (Number.isNaN(x) ? "—" : x.toFixed(1));
const ms = (x: number) => (Number.isNaN(x) ? "—" : `${Math.round(x)}`).padStart(7);
const median = (xs: number[]) => {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[mid] ?? NaN) : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
};
const HEADER = `${"".padEnd(22)} ${"p50".padStart(7)} ${"p95".padStart(7)} ${"p99".padStart(7)} ${"req/s".padStart(7)} ${"errors".padStart(7)}  p95/sign-in ${"kB".padStart(6)}  CPU ms/view: app   db`;
type Row = Pick<Awaited<ReturnType<typeof drive>>, "p50" | "p95" | "p99" | "rps" | "errors" | "kb" | "appCpu" | "dbCpu">;
const row = (name: string, r: Row, ratio: number) =>
  `${name.padEnd(22)} ${ms(r.p50)} ${ms(r.p95)} ${ms(r.p99)} ${r.rps.toFixed(1).padStart(7)} ${String(r.errors).padStart(7)}  ${ratio.toFixed(2).padStart(11)} ${r.kb.toFixed(0).padStart(6)}  ${cpu(r.appCpu).padStart(15)} ${cpu(r.dbCpu).padStart(4)}`;

/** The median of each figure over runs of one page; errors are summed. */
function medianRow(results: Row[]): Row {
  const m = (key: Exclude<keyof Row, "errors">) => median(results.map((r) => r[key]));
  const errors = results.reduce((sum, r) => sum + r.errors, 0);
  return { p50: m("p50"), p95: m("p95"), p99: m("p99"), rps: m("rps"), kb: m("kb"), appCpu: m("appCpu"), dbCpu: m("dbCpu"), errors };
}

async function main() {
  if (!DEMO) await ensureScaleData(DIR);
  const database = await startDatabase(DIR, PG_PORT, DEMO);
  let app: Awaited<ReturnType<typeof startApp>> | undefined;
  try {
    const actors = await prepareActors(database.url);
    app = await startApp({ url: database.url, port: PORT, secret: randomBytes(32).toString("base64"), poolSize: POOL });
    const base = `http://127.0.0.1:${PORT}`;
    const office = { cookie: await signIn(base, actors.office) };
    const handler = { cookie: await signIn(base, actors.handler) };
    const bearer = { authorization: `Bearer ${await apiToken(base, actors.office)}` };
    const q = `session=${encodeURIComponent(actors.session)}`;
    const targets: Target[] = [
      { name: "sign-in page (floor)", path: "/login" },
      { name: "dashboard", path: `/dashboard?${q}`, headers: office },
      { name: "list", path: `/suggestions?${q}`, headers: office },
      { name: "detail", path: `/suggestions/${actors.suggestionId}`, headers: office },
      { name: "unit inbox", path: "/inbox", headers: handler },
      { name: "supervision", path: "/supervision", headers: office },
      { name: "reports", path: `/reports?${q}`, headers: office },
      { name: "API health", path: "/api/v1/health" },
      { name: "API stats", path: `/api/v1/stats?${q}`, headers: bearer },
      { name: "API list", path: `/api/v1/suggestions?${q}`, headers: bearer },
      { name: "API detail", path: `/api/v1/suggestions/${actors.suggestionId}`, headers: bearer },
    ].filter((t) => !ONLY || t.name === "sign-in page (floor)" || t.name.includes(ONLY));
    console.log(
      `\n${DEMO ? "demo" : "bench:scale"} database in ${DIR}; session ${actors.session}, office ${actors.office}, handler ${actors.handler}`,
    );
    // The server's own word for how many views it renders at once (RENDER_CONCURRENCY, from the environment).
    const health = (await (await fetch(`${base}/api/v1/health`)).json()) as { requests?: { limit: number } };
    console.log(
      `PostgreSQL: ${Object.entries(embeddedSettings())
        .map(([k, v]) => `${k}=${v}`)
        .join(", ")}; app pool ${POOL ?? "DB_POOL_SIZE default"}; views rendered at once ${health.requests?.limit ?? "?"} (0: no limit)`,
    );
    // A fresh server needs about a thousand views of a page before its CPU per view settles (JIT): the
    // first measured round would otherwise be of a cold server. --warm 0 to measure it cold.
    console.log(`warming every page for ${WARM_SECONDS} s at 10 connections (not measured)`);
    for (const t of targets) {
      await fetch(base + t.path, { headers: t.headers });
      if (WARM_SECONDS > 0) await drive(base, t, 10, app.pid!, WARM_SECONDS);
    }
    for (const c of CONNECTIONS) {
      const runs = new Map<string, { result: Awaited<ReturnType<typeof drive>>; ratio: number }[]>();
      runs.set(targets[0]!.name, []); // the floor's row first in the table of medians
      for (let round = 1; round <= ROUNDS; round++) {
        const span = DURATION ? `${DURATION} s` : `${c * PER_CONNECTION} requests`;
        console.log(`\n${c} connection(s), ${span} each${ROUNDS > 1 ? `, round ${round} of ${ROUNDS}` : ""}`);
        console.log(HEADER);
        // The floor is measured again after every page and each page is compared with the mean of the sign-in runs
        // just before and just after it: the machine's speed drifts by a third within a minute, and one floor per
        // round made a page's ratio follow the drift more than the page. API reads are compared with the last floor.
        const [floorTarget, ...rest] = targets;
        const floors = [await drive(base, floorTarget!, c, app.pid!)];
        const lines: string[] = [];
        for (const t of rest) {
          const result = await drive(base, t, c, app.pid!);
          const before = floors.at(-1)!.p95;
          let floor = before;
          if (!t.name.startsWith("API")) {
            floors.push(await drive(base, floorTarget!, c, app.pid!));
            floor = (before + floors.at(-1)!.p95) / 2;
          }
          const ratio = result.p95 / floor;
          runs.set(t.name, [...(runs.get(t.name) ?? []), { result, ratio }]);
          lines.push(row(t.name, result, ratio));
        }
        runs.set(floorTarget!.name, [...(runs.get(floorTarget!.name) ?? []), ...floors.map((result) => ({ result, ratio: 1 }))]);
        const p95s = floors.map((f) => Math.round(f.p95)).join(" ");
        console.log(`${row(floorTarget!.name, medianRow(floors), 1)}  (median of ${floors.length} runs, p95 ${p95s})`);
        for (const line of lines) console.log(line);
      }
      if (ROUNDS > 1) {
        console.log(`\n${c} connection(s), median of ${ROUNDS} rounds`);
        console.log(HEADER);
        for (const [name, rs] of runs) {
          console.log(row(name, medianRow(rs.map((r) => r.result)), median(rs.map((r) => r.ratio))));
        }
      }
    }
    const floor = await compareWithFloor(database.url, actors.session);
    console.log(
      `\nsession statistics, median ms: hand-written SQL floor ${floor.floorMs.toFixed(1)}, getSessionStats (cached) ${floor.cachedMs.toFixed(1)}` +
        ` (ratio ${(floor.cachedMs / floor.floorMs).toFixed(2)}), computed fresh ${floor.freshMs.toFixed(1)}; cached equals fresh: ${floor.agree}`,
    );
  } finally {
    if (app) await stopApp(app);
    await database.stop();
  }
  process.exit(0);
}

await main();
