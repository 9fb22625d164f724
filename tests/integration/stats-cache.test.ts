// Issue 12: session statistics are kept per session in PostgreSQL. Whatever the cache holds, what
// getSessionStats answers equals a fresh computation (computeSessionStats) at every moment: after writes
// through this process's pool, after writes by another instance (a process with its own pool, acting through
// the real route handlers), after an administrator's change to a unit, and as the clock passes a due date.
import { beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "@/lib/api/tokens";
import { db } from "@/lib/db";
import { listSessions } from "@/lib/data/sessions";
import { computeSessionStats, getSessionStats } from "@/lib/stats/summary";
import { createUnit } from "@/lib/workflow/admin";
import { together } from "../support/instances";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
const filter = () => ({ session: w.session.code });
/** Reads through the cache twice (a miss, then a hit) and checks both against a fresh computation. */
async function expectCachedEqualsFresh(now: Date) {
  const fresh = await computeSessionStats(filter(), now);
  expect(await getSessionStats(filter(), now)).toEqual(fresh);
  expect(await getSessionStats(filter(), now)).toEqual(fresh);
  return fresh;
}

beforeAll(async () => {
  w = await buildWorld();
});

describe("cached session statistics", () => {
  it("equal a fresh computation after every write, from this instance and from another", async () => {
    const now = at(5);
    const first = await newSuggestion(w);
    expect((await expectCachedEqualsFresh(now)).total).toBe(1);
    expect(await db.statsCache.count()).toBeGreaterThan(0);

    await assignTo(w, first.id); // this instance's pool
    expect((await expectCachedEqualsFresh(now)).assigned).toBe(1);

    const second = await newSuggestion(w);
    expect((await expectCachedEqualsFresh(now)).total).toBe(2);
    const { token } = await issueToken(w.office.id);
    const [[outcome]] = await together<{ status: number }>({
      kind: "assign",
      token,
      suggestionId: second.id,
      unitCodes: [w.units.lead.code],
      n: 1,
    });
    expect(outcome.status).toBe(201);
    const afterOther = await expectCachedEqualsFresh(now);
    expect(afterOther.assigned).toBe(2);

    await replyAndSign(w, first.id, { from: at(6), category: "A" });
    const replied = await expectCachedEqualsFresh(at(7));
    expect(replied.replied).toBe(1);
    expect(replied.categories.A.count).toBe(1);
  }, 180_000); // another process starts on a busy machine

  it("are recomputed after a change to the units every session names (no suggestion named)", async () => {
    await expectCachedEqualsFresh(at(8));
    const version = async () => (await db.statsVersion.findUnique({ where: { scope: "*" } }))?.version ?? 0;
    const before = await version();
    await createUnit(ctxOf(w.admin, at(8)), { code: "NEW-1", name: "新承办单位", kind: "CITY" });
    expect(await version()).toBe(before + 1);
    await expectCachedEqualsFresh(at(8));
  });

  it("are not invalidated by a rolled-back write", async () => {
    await expectCachedEqualsFresh(at(9));
    const versions = await db.statsVersion.findMany({ orderBy: { scope: "asc" } });
    await expect(createUnit(ctxOf(w.admin, at(9)), { code: "NEW-1", name: "重复", kind: "CITY" })).rejects.toBeTruthy();
    expect(await db.statsVersion.findMany({ orderBy: { scope: "asc" } })).toEqual(versions);
  });

  it("count overdue as the clock passes the due day, without any write", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    const { dueAt } = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } });
    const dueDay = await expectCachedEqualsFresh(dueAt!);
    const writes = await db.statsVersion.findMany();
    const nextDay = await expectCachedEqualsFresh(new Date(dueAt!.getTime() + 86_400_000));
    expect(nextDay.overdue).toBeGreaterThan(dueDay.overdue); // the earlier suggestions fall due with it
    expect(await db.statsVersion.findMany()).toEqual(writes); // read-only: nothing was invalidated
  });

  it("keep the sessions' suggestion counts right after a registration and a new session", async () => {
    const count = async () => (await listSessions()).find((x) => x.code === w.session.code)!.suggestionCount;
    const before = await count();
    await newSuggestion(w);
    expect(await count()).toBe(before + 1);
    expect(await count()).toBe(await db.suggestion.count({ where: { sessionId: w.session.id } }));
  });
});

describe("cached filter options of the dashboard and the reports", () => {
  it("follow the session's writes: a unit appears once it is assigned", async () => {
    const { listFilterOptions } = await import("@/lib/reports/report-filter");
    const world = await buildWorld();
    expect(await listFilterOptions(world.session.id)).toEqual({ units: [], fields: [], delegations: [] });
    const s = await newSuggestion(world);
    const registered = await listFilterOptions(world.session.id);
    expect(registered.fields).toEqual(["教育"]);
    const lead = await db.deputy.findUniqueOrThrow({ where: { id: world.deputies.lead.id } });
    expect(registered.delegations).toEqual([lead.delegation]);
    expect(registered.units).toEqual([]);
    await assignTo(world, s.id);
    const assigned = await listFilterOptions(world.session.id);
    expect(assigned.units.map((u) => u.code).sort()).toEqual([world.units.lead.code, world.units.co.code].sort());
    expect(await listFilterOptions(world.session.id)).toEqual(assigned); // the cached value
    expect(await listFilterOptions("no-such-session")).toEqual({ units: [], fields: [], delegations: [] }); // nothing occurs there
  });
});

describe("the hourly pruning of kept values", () => {
  it("removes only values computed more than two days ago; a removed one is computed again, equal", async () => {
    const { pruneStatsCache, STATS_CACHE_KEEP_DAYS } = await import("@/lib/stats/cache");
    const fresh = await getSessionStats(filter());
    await db.$executeRaw`INSERT INTO "StatsCache" ("sessionId", key, version, "globalVersion", value, "computedAt")
      VALUES ('*', 'test|yesterday', 0, 0, '1'::jsonb, now() - make_interval(days => ${STATS_CACHE_KEEP_DAYS} + 1))`;
    const kept = await db.$queryRaw<
      { n: number }[]
    >`SELECT count(*)::int AS n FROM "StatsCache" WHERE "computedAt" > now() - interval '1 hour'`;
    expect(await pruneStatsCache()).toBeGreaterThanOrEqual(1);
    expect(await db.$queryRaw`SELECT key FROM "StatsCache" WHERE key = 'test|yesterday'`).toEqual([]);
    expect(await db.$queryRaw`SELECT count(*)::int AS n FROM "StatsCache" WHERE "computedAt" > now() - interval '1 hour'`).toEqual(kept);
    // Three days on, everything kept now is old: all of it goes, and the figures come back the same.
    await pruneStatsCache(new Date(Date.now() + 3 * 86_400_000));
    expect(await db.$queryRaw`SELECT count(*)::int AS n FROM "StatsCache"`).toEqual([{ n: 0 }]);
    expect(await getSessionStats(filter())).toEqual(fresh);
  });
});

describe("reads of kept values asked for together", () => {
  it("are answered each with its own value, and only while its versions are current", async () => {
    const { readCurrentValue, ACROSS_SESSIONS } = await import("@/lib/stats/cache-reads");
    const world = await buildWorld();
    const sessionId = world.session.id;
    const [{ version, globalVersion, total }] = await db.$queryRaw<{ version: number; globalVersion: number; total: number }[]>`
      SELECT COALESCE((SELECT version FROM "StatsVersion" WHERE scope = ${sessionId}), 0) AS version,
        COALESCE((SELECT version FROM "StatsVersion" WHERE scope = '*'), 0) AS "globalVersion",
        (SELECT COALESCE(sum(version), 0)::int FROM "StatsVersion") AS total`;
    const keep = (session: string, key: string, v: number, g: number, value: unknown) =>
      db.$executeRaw`INSERT INTO "StatsCache" ("sessionId", key, version, "globalVersion", value)
        VALUES (${session}, ${key}, ${v}, ${g}, ${JSON.stringify(value)}::jsonb)`;
    await keep(sessionId, "test|current", version, globalVersion, { n: 1, text: "办理" });
    await keep(sessionId, "test|stale", version - 1, globalVersion, { n: 2 });
    await keep(sessionId, "test|stale-global", version, globalVersion - 1, { n: 3 });
    await keep(ACROSS_SESSIONS, "test|across", total, 0, [1, 2, 3]);
    await keep(ACROSS_SESSIONS, "test|across-stale", total - 1, 0, [4]);

    const reads = await Promise.all([
      readCurrentValue(sessionId, "test|current"),
      readCurrentValue(sessionId, "test|stale"),
      readCurrentValue(ACROSS_SESSIONS, "test|across"),
      readCurrentValue(sessionId, "test|stale-global"),
      readCurrentValue(sessionId, "test|none"),
      readCurrentValue(ACROSS_SESSIONS, "test|across-stale"),
      readCurrentValue(sessionId, "test|current"),
    ]);
    expect(reads).toEqual([
      { value: { n: 1, text: "办理" } },
      undefined,
      { value: [1, 2, 3] },
      undefined,
      undefined,
      undefined,
      { value: { n: 1, text: "办理" } },
    ]);

    // A write to the session makes its values stale at once; the value kept across sessions too (the sum grew).
    await newSuggestion(world);
    expect(await Promise.all([readCurrentValue(sessionId, "test|current"), readCurrentValue(ACROSS_SESSIONS, "test|across")])).toEqual([
      undefined,
      undefined,
    ]);
    // Kept again at the new versions with another value: that value is read, not the text this process held.
    const [now] = await db.$queryRaw<{ version: number; globalVersion: number }[]>`
      SELECT COALESCE((SELECT version FROM "StatsVersion" WHERE scope = ${sessionId}), 0) AS version,
        COALESCE((SELECT version FROM "StatsVersion" WHERE scope = '*'), 0) AS "globalVersion"`;
    await db.$executeRaw`UPDATE "StatsCache" SET version = ${now!.version}, "globalVersion" = ${now!.globalVersion},
      value = '{"n":5}'::jsonb WHERE "sessionId" = ${sessionId} AND key = 'test|current'`;
    expect(await readCurrentValue(sessionId, "test|current")).toEqual({ value: { n: 5 } });
    expect(await readCurrentValue(sessionId, "test|current")).toEqual({ value: { n: 5 } });
  });
});
