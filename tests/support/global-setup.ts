// One PostgreSQL for the whole run: DATABASE_URL's server when given, else an embedded one in a temp dir.
// A migrated template database is prepared once; every test file then gets its own copy of it.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/migrations/migrations";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";

const TEMPLATE = `jianyi_test_template_${process.pid}`;

async function recreate(adminUrl: string, name: string) {
  const client = new pg.Client({ connectionString: adminUrl });
  await client.connect();
  await client.query(`DROP DATABASE IF EXISTS "${name}" WITH (FORCE)`);
  await client.query(`CREATE DATABASE "${name}"`);
  await client.end();
}

export default async function setup(project: TestProject) {
  // A database the demo was seeded into is checked as it is (demo-seed.test.ts in npm test's seed stage).
  if (process.env.DEMO_SEEDED_DATABASE_URL) {
    project.provide("adminDatabaseUrl", "");
    project.provide("templateDatabase", "");
    return async () => {};
  }
  let adminUrl: string;
  let stop = async () => {};
  if (process.env.DATABASE_URL) {
    adminUrl = process.env.DATABASE_URL;
  } else {
    const dir = await mkdtemp(path.join(os.tmpdir(), "jianyi-test-"));
    await chmod(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
    const port = 55000 + Math.floor(Math.random() * 5000);
    const embedded = await startEmbeddedPostgres({ dataDir: dir, port, database: "postgres", quiet: true, durable: false });
    adminUrl = embedded.url;
    stop = async () => {
      await embedded.stop();
      await rm(dir, { recursive: true, force: true });
    };
  }
  await recreate(adminUrl, TEMPLATE);
  const templateUrl = new URL(adminUrl);
  templateUrl.pathname = `/${TEMPLATE}`;
  await applyMigrations(templateUrl.toString());
  project.provide("adminDatabaseUrl", adminUrl);
  project.provide("templateDatabase", TEMPLATE);
  return stop;
}

declare module "vitest" {
  export interface ProvidedContext {
    adminDatabaseUrl: string;
    templateDatabase: string;
  }
}
