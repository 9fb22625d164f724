// Runs before each test file: a database of its own, copied from the migrated template, so files run in
// parallel without seeing each other's rows. lib/db picks it up through DATABASE_URL.
import { randomBytes } from "node:crypto";
import pg from "pg";
import { afterAll, inject } from "vitest";

const adminUrl = inject("adminDatabaseUrl");
const template = inject("templateDatabase");
const name = `jianyi_test_${randomBytes(5).toString("hex")}`;

const admin = new pg.Client({ connectionString: adminUrl });
await admin.connect();
await admin.query(`CREATE DATABASE "${name}" TEMPLATE "${template}"`);
await admin.end();

const url = new URL(adminUrl);
url.pathname = `/${name}`;
process.env.DATABASE_URL = url.toString();
process.env.AUTH_SECRET ??= "test-secret-test-secret-test-secret";
(globalThis as { prisma?: unknown }).prisma = undefined;

afterAll(async () => {
  const client = (globalThis as { prisma?: { $disconnect(): Promise<void> } }).prisma;
  await client?.$disconnect();
});
