import { defineConfig, type PlaywrightTestConfig } from "@playwright/test";

const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

interface Target {
  port: number;
  pgPort: number;
  /** The embedded database's folder, emptied before the run. */
  dataDir: string;
  /** The server's time zone (process.env.TZ): the app must not depend on it (issue 9). */
  serverTz: string;
  testMatch?: string | RegExp;
}

/**
 * The e2e tests drive the real built app (npm run build) with a fresh embedded database and the demo data.
 * playwright.la.config.ts runs the forms spec again against a server in America/Los_Angeles.
 */
export function configFor(target: Target): PlaywrightTestConfig {
  return defineConfig({
    testDir: "tests/e2e",
    ...(target.testMatch ? { testMatch: target.testMatch } : {}),
    outputDir: `test-results${target.dataDir.replace(/^\.data-e2e/, "")}`,
    timeout: 120_000, // a shared 2-core machine: pages under axe take seconds each
    expect: { timeout: 10_000 },
    fullyParallel: false,
    workers: 1,
    retries: 0,
    reporter: [["list"]],
    use: {
      baseURL: `http://localhost:${target.port}`,
      locale: "zh-CN",
      trace: "retain-on-failure",
      screenshot: "only-on-failure",
      launchOptions: {
        executablePath: chromium,
        args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
      },
    },
    webServer: {
      command: `rm -rf ${target.dataDir} && node_modules/.bin/tsx --conditions=react-server scripts/start.ts`,
      url: `http://localhost:${target.port}/api/v1/health`,
      // Seeding the demo takes minutes on a busy machine.
      timeout: 600_000,
      reuseExistingServer: false,
      stdout: "pipe",
      env: {
        PORT: String(target.port),
        DATA_DIR: target.dataDir,
        EMBEDDED_PG_PORT: String(target.pgPort),
        DATABASE_URL: "",
        NEXT_TELEMETRY_DISABLED: "1",
        TZ: target.serverTz,
      },
    },
  });
}

export default configFor({
  port: Number(process.env.E2E_PORT) || 3100,
  pgPort: Number(process.env.E2E_PG_PORT) || 54410,
  dataDir: ".data-e2e",
  serverTz: process.env.E2E_SERVER_TZ || "UTC",
});
