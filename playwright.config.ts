import { defineConfig } from "@playwright/test";

const port = Number(process.env.E2E_PORT) || 3100;
const chromium = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

// The e2e tests drive the real built app (npm run build) with a fresh embedded database and the demo data.
export default defineConfig({
  testDir: "tests/e2e",
  outputDir: "test-results",
  timeout: 60_000,
  expect: { timeout: 10_000 },
  fullyParallel: false,
  workers: 1,
  retries: 0,
  reporter: [["list"]],
  use: {
    baseURL: `http://localhost:${port}`,
    locale: "zh-CN",
    trace: "retain-on-failure",
    screenshot: "only-on-failure",
    launchOptions: {
      executablePath: chromium,
      args: ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
    },
  },
  webServer: {
    command: "rm -rf .data-e2e && node_modules/.bin/tsx --conditions=react-server scripts/start.ts",
    url: `http://localhost:${port}/api/v1/health`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: "pipe",
    env: {
      PORT: String(port),
      DATA_DIR: ".data-e2e",
      EMBEDDED_PG_PORT: String(Number(process.env.E2E_PG_PORT) || 54410),
      DATABASE_URL: "",
      NEXT_TELEMETRY_DISABLED: "1",
    },
  },
});
