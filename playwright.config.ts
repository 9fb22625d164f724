import { existsSync } from "node:fs";
import { defineConfig, type PlaywrightTestConfig, type Project } from "@playwright/test";
import { AUTH_SETUP, authDir, SERVERS, type Server } from "./tests/e2e/support/servers";

// Debian's headless shell (package chromium-headless-shell, the one Playwright's own download uses for headless
// runs) when installed: the same engine without the full browser's window and compositor, measured a third less
// CPU than /usr/bin/chromium on the same specs. The full browser otherwise; CHROMIUM_PATH chooses.
const HEADLESS_SHELL = "/usr/bin/chromium-headless-shell";
const chromium = process.env.CHROMIUM_PATH || (existsSync(HEADLESS_SHELL) ? HEADLESS_SHELL : "/usr/bin/chromium");

/**
 * The e2e tests drive the real built app (npm run build) with fresh embedded databases and the demo data.
 * Four servers, each with a database of its own, so their lanes run side by side without sharing rows
 * (tests/e2e/support/servers.ts): "main" runs the specs one file after the other, as they were written
 * (they pick demo rows the others leave alone, and resilience.spec.ts stops the database); "side" runs the
 * specs of issues 11 and 14 the same way on a server of its own; "a11y" runs
 * a11y.spec.ts's tests in parallel; "la" runs forms-kept.spec.ts against a server in America/Los_Angeles.
 * The demo is seeded once and copied for each server (tests/e2e/support/serve.ts). Each lane first signs its
 * roles in once (tests/e2e/support/sign-in.setup.ts); tests start from that state.
 */
function server(s: Server): Extract<PlaywrightTestConfig["webServer"], { command: string }> {
  return {
    name: s.name,
    command: `node_modules/.bin/tsx tests/e2e/support/serve.ts ${s.name}`,
    url: `http://localhost:${s.port}/api/v1/health`,
    // Seeding the demo takes minutes on a busy machine.
    timeout: 600_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(s.port),
      DATA_DIR: s.dataDir,
      EMBEDDED_PG_PORT: String(s.pgPort),
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
      // The server's time zone (process.env.TZ): the app must not depend on it (issue 9).
      TZ: s.serverTz,
      E2E_RUN_ID: runId,
      E2E_SEEDER: seeder,
      // Throwaway databases: no disk flushes (a commit costs 3 ms of fsync on the test machine).
      EMBEDDED_PG_DURABLE: "false",
    },
  };
}

const project = (s: Server, extra: Project): Project => ({
  ...extra,
  use: { ...extra.use, baseURL: `http://localhost:${s.port}` },
  metadata: { authDir: authDir(s) },
});

const { main, side, a11y, la } = SERVERS;
// E2E_LANES=main (or side, a11y, la; comma-separated) starts only those servers, e.g. to run one spec quickly.
// All four by default: once axe ran in the page and Tab walks went in batches, the a11y lane became shorter
// than main, and main alone (one test at a time) would be the whole run's tail; with the side lane's specs
// on a server of their own the two workers share main's work (E2E_LANES=main,a11y,la puts them back).
const lanes = (process.env.E2E_LANES || "main,side,a11y,la").split(",").map((l) => l.trim());
// The side lane's specs (issues 11 and 14). Without the side server they run on main.
const SIDE_SPECS =
  /(key-suggestions|office-corrections|office-standing|worklists|admin-edits|outbox|papers|attachments|letter-archive)\.spec\.ts/;
const on = (s: Server) => lanes.includes(s.name);
// The demo is seeded once per run by the first lane's server and copied for the others (support/serve.ts).
const seeder = [main, side, a11y, la].find(on)?.name ?? "main";
// Set once in the runner's process; its workers inherit it (they load this file again).
const runId = (process.env.E2E_RUN_ID ||= `${Date.now()}`);

export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 120_000, // a shared 2-core machine: pages under axe take seconds each
  expect: { timeout: 10_000 },
  // Two lanes at a time on 2 cores (a browser, a Next server and its PostgreSQL each): main one test at a
  // time, side one at a time on the other, then the a11y lane's tests and la's on whichever is free. Three
  // workers starved each other.
  workers: Number(process.env.E2E_WORKERS) || 2,
  retries: 0,
  reporter: [["list"]],
  use: {
    locale: "zh-CN",
    // No trace unless E2E_TRACE=1: recording one (a screenshot and a DOM snapshot per action, kept only on
    // failure) measured 40 % of Chromium's CPU time, the suite's largest cost. Failures still leave a screenshot.
    trace: process.env.E2E_TRACE ? "retain-on-failure" : "off",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: [
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
      ],
    },
  },
  projects: [
    // Listed first so the long sequential lane starts first.
    ...(on(main)
      ? [
          project(main, { name: "main:sign-in", testMatch: AUTH_SETUP }),
          project(main, {
            name: "main",
            dependencies: ["main:sign-in"],
            testIgnore: [/a11y\.spec\.ts/, ...(on(side) ? [SIDE_SPECS] : [])],
            workers: 1,
            fullyParallel: false,
          }),
        ]
      : []),
    ...(on(side)
      ? [
          project(side, { name: "side:sign-in", testMatch: AUTH_SETUP }),
          project(side, { name: "side", dependencies: ["side:sign-in"], testMatch: SIDE_SPECS, workers: 1, fullyParallel: false }),
        ]
      : []),
    ...(on(a11y)
      ? [
          project(a11y, { name: "a11y:sign-in", testMatch: AUTH_SETUP }),
          project(a11y, { name: "a11y", dependencies: ["a11y:sign-in"], testMatch: /a11y\.spec\.ts/, fullyParallel: true }),
        ]
      : []),
    ...(on(la)
      ? [
          project(la, { name: "la:sign-in", testMatch: AUTH_SETUP }),
          // What is typed must be kept whatever the server's zone (UTC−8/−7, the other side of the date line from China).
          project(la, { name: "la", dependencies: ["la:sign-in"], testMatch: /forms-kept\.spec\.ts/, workers: 1 }),
        ]
      : []),
  ],
  webServer: [main, side, a11y, la].filter(on).map(server),
});
