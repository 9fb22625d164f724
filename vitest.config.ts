import path from "node:path";
import { configDefaults, defineConfig } from "vitest/config";
import { SlowFirst } from "./tests/support/slow-first";

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(import.meta.dirname),
      // Server-only modules are exercised directly by the integration tests.
      "server-only": path.resolve(import.meta.dirname, "tests/support/empty.ts"),
    },
  },
  test: {
    include: ["tests/unit/**/*.test.ts", "tests/integration/**/*.test.ts"],
    // npm test's seed stage runs the demo's checks on the demo it seeds for the e2e servers (scripts/test.mjs).
    exclude: [...configDefaults.exclude, ...(process.env.DEMO_SEED_CHECKED_BY_SEED_STAGE ? ["tests/integration/demo-seed.test.ts"] : [])],
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/fresh-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    sequence: { sequencer: SlowFirst },
    pool: "forks",
    maxWorkers: 2,
  },
});
