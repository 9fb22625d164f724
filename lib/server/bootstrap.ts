// What a start puts into the database after migrating: the demo (only on the embedded default, or with
// DEMO_SEED=true said outright) and the first administrator. A production start (DATABASE_URL) creates no
// demo account and needs ADMIN_USERNAME/ADMIN_PASSWORD (checked by the password policy in config.ts) while
// no administrator exists. Nothing here logs a password except the demo's, and only for the demo.
import { existsSync } from "node:fs";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { DEMO_PASSWORD } from "@/lib/auth/password-policy";
import { seedWorkCalendar } from "@/lib/calendar/seed";
import { db } from "@/lib/db";
import { ensureAdmin } from "@/prisma/seed/admin";
import type { Config } from "./config";
import { StartError } from "./start-error";

type Log = (message: string) => void;

export const NO_ADMIN_MESSAGE =
  "no administrator exists yet: set ADMIN_USERNAME and ADMIN_PASSWORD (at least 12 characters, not a common password) for this first start";

export async function bootstrapData(config: Config, log: Log): Promise<void> {
  const calendarDays = await seedWorkCalendar();
  if (calendarDays) log(`working calendar: ${calendarDays} holidays and make-up working days added from chinese-days`);
  if (config.demoSeed) return bootstrapDemo(config, log);
  const existing = await db.user.findFirst({ where: { role: "ADMIN", active: true }, select: { id: true } });
  if (existing) return;
  if (!config.ADMIN_USERNAME || config.ADMIN_PASSWORD === undefined) throw new StartError(NO_ADMIN_MESSAGE);
  const { actor, created } = await ensureAdmin(config.ADMIN_USERNAME, config.ADMIN_PASSWORD);
  if (created) log(`administrator "${actor.username}" created from ADMIN_USERNAME/ADMIN_PASSWORD`);
}

async function bootstrapDemo(config: Config, log: Log) {
  // Imported here: the demo's planner and texts are large and a production start never needs them.
  const { seedDemo } = await import("@/prisma/seed/demo");
  const accountsFile = path.join(config.DATA_DIR, "demo-accounts.json");
  const started = Date.now();
  const result = await seedDemo({ log });
  if (result.accounts.length) {
    await writeFile(accountsFile, JSON.stringify(result.accounts, null, 2), { mode: 0o600 });
    log(`demo data seeded in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  }
  await ensureAdmin(config.ADMIN_USERNAME ?? "admin", config.ADMIN_PASSWORD ?? DEMO_PASSWORD);
  if (existsSync(accountsFile)) {
    const accounts = JSON.parse(await readFile(accountsFile, "utf8")) as { role: string; username: string; password: string }[];
    log("demo accounts (demo only):");
    for (const a of accounts) console.log(`    ${a.role.padEnd(12)} ${a.username.padEnd(14)} ${a.password}`);
  }
}
