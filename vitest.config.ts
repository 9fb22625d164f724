import path from "node:path";
import { defineConfig } from "vitest/config";
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
    globalSetup: ["tests/support/global-setup.ts"],
    setupFiles: ["tests/support/fresh-database.ts"],
    testTimeout: 30_000,
    hookTimeout: 120_000,
    sequence: { sequencer: SlowFirst },
    pool: "forks",
    maxWorkers: 2,
  },
});
