// Runs before each test file: a database of its own, copied from the migrated template, so files run in
// parallel without seeing each other's rows. lib/db picks it up through DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");

/** A new database copied from the migrated template; or the demo database given to be checked as it is. */
async function databaseForThisFile(): Promise<string> {
  const seeded = process.env.DEMO_SEEDED_DATABASE_URL;
  if (seeded) return seeded;
  const name = `jianyi_test_${randomBytes(5).toString("hex")}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
  await admin.end();
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

process.env.DATABASE_URL = await databaseForThisFile();
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
(globalThis as { prisma?: unknown }).prisma = undefined;

afterAll(async () => {
  const client = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await client?.$disconnect();
});
