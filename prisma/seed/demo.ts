// The demo of SPEC §8, built through the app's own workflow functions: every unit, deputy, user, suggestion,
// assignment, communication, opinion, reply, signature and rating below passes the same authorization and
// rules as a click in the UI. Past acts are replayed with ctx.now, so 2022 goes through the real rules.
// The only direct write is the bootstrap administrator (admin.ts). The steps, in order, live in steps/.
import pg from "pg";
import { db } from "@/lib/db";
import { setting } from "@/lib/server/config";
import type { Ctx } from "@/lib/workflow/context";
import { ensureAdmin } from "./admin";
import { bj, buildDemoPlan } from "./data/plan";
import { UNITS } from "./data/units";
import { elapsed } from "./pool";
import { createRng } from "./prng";
import { createDemoUsers, DEMO_PASSWORD, demoUsers, loadActors } from "./steps/accounts";
import { registerPlannedSuggestions } from "./steps/register";
import { seedKeySuggestions } from "./steps/keys";
import { replaySessions, settleToday } from "./steps/replay";
import { createDeputies, createSessions, createUnits } from "./steps/structure";

export { DEMO_PASSWORD } from "./steps/accounts";

export interface DemoAccount {
  role: string;
  username: string;
  password: string;
}

export interface SeedDemoOptions {
  log?: (message: string) => void;
  /** Suggestions replayed at once (default 4). */
  concurrency?: number;
  /** The "current" date the in-progress session 14-1 is laid out around (default: now). */
  now?: Date;
}

/** Serializes seeders (several app instances starting on one empty database): one seeds, the others then no-op. */
const SEED_LOCK = 720_220_851;

/** Seeds the demo on an empty database; a no-op (no accounts returned) when the database has data. */
export async function seedDemo(options: SeedDemoOptions = {}): Promise<{ accounts: DemoAccount[] }> {
  const lock = new pg.Client({ connectionString: setting("DATABASE_URL") });
  await lock.connect();
  try {
    await lock.query("SELECT pg_advisory_lock($1)", [SEED_LOCK]);
    return await seedUnlocked(options);
  } finally {
    await lock.query("SELECT pg_advisory_unlock($1)", [SEED_LOCK]).catch(() => {});
    await lock.end();
  }
}

async function seedUnlocked(options: SeedDemoOptions): Promise<{ accounts: DemoAccount[] }> {
  const log = options.log ?? (() => {});
  if (await databaseHasData()) {
    log("demo seed skipped: the database already has sessions or units");
    return { accounts: [] };
  }
  const started = Date.now();
  const now = options.now ?? new Date();
  const plan = buildDemoPlan(now);

  // People and structure, as the administrator on the day the system was set up.
  const adminPassword = setting("ADMIN_PASSWORD");
  const { actor: admin, created: adminCreated } = await ensureAdmin(setting("ADMIN_USERNAME") || "admin", adminPassword || DEMO_PASSWORD);
  const asAdmin: Ctx = { actor: admin, now: bj(2022, 1, 5, 9) };
  await createUnits(asAdmin);
  await createSessions(admin, plan);
  const deputyIds = await createDeputies(asAdmin, plan);
  const users = demoUsers(plan, createRng(8));
  await createDemoUsers(asAdmin, users, deputyIds);
  const actor = await loadActors();
  log(`demo: ${UNITS.length} units, ${plan.deputies.length} deputies, ${users.length + 1} users (${elapsed(started)})`);

  const office = actor("office");
  const ids = await registerPlannedSuggestions(office, plan, deputyIds);
  log(`demo: ${plan.suggestions.length} suggestions registered (${elapsed(started)})`);

  const world = {
    ids,
    actor,
    unitName: new Map(UNITS.map((u) => [u.code, u.name])),
    deputyName: new Map(plan.deputies.map((d) => [d.index, d.name])),
    office,
    leader: actor("leader"),
  };
  await replaySessions(world, plan, options.concurrency ?? 4, log, started);
  await settleToday(now);
  log(`demo: ${await seedKeySuggestions(world, now)} key suggestions assigned to the leader, with progress reports`);
  log(`demo: unit users u-<code> / u-<code>-leader (e.g. u-D01, u-C01-leader), deputies dep-0002…, all with password ${DEMO_PASSWORD}`);
  log(`demo: done in ${elapsed(started)}`);
  return { accounts: demoAccounts(admin.username, !adminCreated ? "(unchanged)" : adminPassword ? "(ADMIN_PASSWORD)" : DEMO_PASSWORD) };
}

async function databaseHasData(): Promise<boolean> {
  const [sessions, units] = await Promise.all([db.session.count(), db.unit.count()]);
  return sessions > 0 || units > 0;
}

/** The accounts printed on start (one per role); the administrator's password is never shown when it was chosen. */
function demoAccounts(adminUsername: string, adminPassword: string): DemoAccount[] {
  return [
    { role: "ADMIN", username: adminUsername, password: adminPassword },
    { role: "OFFICE", username: "office", password: DEMO_PASSWORD },
    { role: "LEADER", username: "leader", password: DEMO_PASSWORD },
    { role: "UNIT_HANDLER", username: "edu", password: DEMO_PASSWORD },
    { role: "UNIT_LEADER", username: "edu-leader", password: DEMO_PASSWORD },
    { role: "DEPUTY", username: "deputy", password: DEMO_PASSWORD },
  ];
}
