// The demo data of SPEC §8, built through the workflow functions on a fresh database, checked with plain SQL.
// DEMO_SEEDED_DATABASE_URL: check a database the demo was already seeded into (npm test's seed stage runs this
// file on the e2e template it seeded with npm start's own seed script, instead of seeding the demo twice).
import { beforeAll, describe, expect, it } from "vitest";
import { verifyCredentials } from "@/lib/auth/credentials";
import { db } from "@/lib/db";
import { DEMO_PASSWORD, seedDemo, type DemoAccount } from "@/prisma/seed/demo";

const seeded = process.env.DEMO_SEEDED_DATABASE_URL;
const DEMO_USERNAMES = ["office", "leader", "edu", "edu-leader", "deputy"];
let accounts: DemoAccount[] = [];

beforeAll(async () => {
  if (seeded) {
    // tests/support/fresh-database.ts pointed lib/db at it. The seed script printed its accounts; here they are the demo users it wrote.
    const users = await db.user.findMany({ where: { username: { in: [...DEMO_USERNAMES, "admin"] } } });
    accounts = users.map((u) => ({ role: u.role, username: u.username, password: DEMO_PASSWORD }));
    return;
  }
  const started = Date.now();
  ({ accounts } = await seedDemo());
  console.log(`seedDemo took ${((Date.now() - started) / 1000).toFixed(1)} s`);
}, 300_000);

const one = async <T>(query: Promise<T[]>) => (await query)[0];

describe("demo seed, session 13-5 (the 2022 report)", () => {
  it("has 181 suggestions, all closed", async () => {
    const row = await one(db.$queryRaw<{ total: number; closed: number; withdrawn: number }[]>`
      SELECT count(*) FILTER (WHERE s.status <> 'WITHDRAWN')::int AS total,
             count(*) FILTER (WHERE s.status = 'CLOSED')::int AS closed,
             count(*) FILTER (WHERE s.status = 'WITHDRAWN')::int AS withdrawn
      FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId" WHERE se.code = '13-5'`);
    expect(row).toEqual({ total: 181, closed: 181, withdrawn: 0 });
  });

  it("was handled by 46 departments and 7 city governments", async () => {
    const rows = await db.$queryRaw<{ kind: string; n: number }[]>`
      SELECT u.kind::text AS kind, count(DISTINCT u.id)::int AS n
      FROM "Assignment" a JOIN "Unit" u ON u.id = a."unitId"
      JOIN "Suggestion" s ON s.id = a."suggestionId" JOIN "Session" se ON se.id = s."sessionId"
      WHERE se.code = '13-5' AND a.state = 'ACTIVE'
      GROUP BY u.kind ORDER BY u.kind`;
    expect(Object.fromEntries(rows.map((r) => [r.kind, r.n]))).toEqual({ DEPARTMENT: 46, CITY: 7 });
  });

  it("ends with 71 A / 93 B / 13 C / 4 D by latest signed reply or later reclassification", async () => {
    const rows = await db.$queryRaw<{ category: string; n: number }[]>`
      WITH s AS (
        SELECT s.id FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId"
        WHERE se.code = '13-5' AND s.status <> 'WITHDRAWN'
      ), latest_reply AS (
        SELECT DISTINCT ON (r."suggestionId") r."suggestionId", r.category, r."signedAt"
        FROM "Reply" r JOIN s ON s.id = r."suggestionId" WHERE r.state = 'SIGNED'
        ORDER BY r."suggestionId", r."signedAt" DESC, r.id DESC
      ), latest_reclass AS (
        SELECT DISTINCT ON (c."suggestionId") c."suggestionId", c."toCategory", c."createdAt"
        FROM "Reclassification" c JOIN s ON s.id = c."suggestionId"
        ORDER BY c."suggestionId", c."createdAt" DESC, c.id DESC
      )
      SELECT (CASE WHEN rc."createdAt" > lr."signedAt" THEN rc."toCategory" ELSE lr.category END)::text AS category,
             count(*)::int AS n
      FROM latest_reply lr LEFT JOIN latest_reclass rc ON rc."suggestionId" = lr."suggestionId"
      GROUP BY 1 ORDER BY 1`;
    expect(Object.fromEntries(rows.map((r) => [r.category, r.n]))).toEqual({ A: 71, B: 93, C: 13, D: 4 });
  });

  it("shows the history: reclassifications, re-handled suggestions, returned drafts", async () => {
    const row = await one(db.$queryRaw<{ reclassified: number; rehandled: number; followups: number }[]>`
      SELECT
        (SELECT count(DISTINCT c."suggestionId")::int FROM "Reclassification" c JOIN "Suggestion" s ON s.id = c."suggestionId"
           JOIN "Session" se ON se.id = s."sessionId" WHERE se.code = '13-5') AS reclassified,
        (SELECT count(DISTINCT f."suggestionId")::int FROM "Feedback" f JOIN "Suggestion" s ON s.id = f."suggestionId"
           JOIN "Session" se ON se.id = s."sessionId" WHERE se.code = '13-5' AND f.rating = 'DISSATISFIED') AS rehandled,
        (SELECT count(*)::int FROM "FollowUp" fu JOIN "Suggestion" s ON s.id = fu."suggestionId"
           JOIN "Session" se ON se.id = s."sessionId" WHERE se.code = '13-5') AS followups`);
    expect(row.reclassified).toBeGreaterThan(0);
    expect(row.rehandled).toBeGreaterThan(0);
    expect(row.followups).toBeGreaterThan(0);
  });

  it("has a merged handling group (并案) with one lead unit", async () => {
    const rows = await db.$queryRaw<{ suggestions: number; leads: number }[]>`
      SELECT count(*)::int AS suggestions, count(DISTINCT a."unitId")::int AS leads
      FROM "MergeGroup" g JOIN "Session" se ON se.id = g."sessionId" JOIN "Suggestion" s ON s."mergeGroupId" = g.id
      JOIN "Assignment" a ON a."suggestionId" = s.id AND a.role = 'LEAD' AND a.state = 'ACTIVE'
      WHERE se.code = '13-5' GROUP BY g.id`;
    expect(rows).toEqual([{ suggestions: 2, leads: 1 }]);
  });

  it("has only satisfied or basically satisfied latest feedback, one per suggestion", async () => {
    const rows = await db.$queryRaw<{ rating: string; n: number }[]>`
      WITH latest AS (
        SELECT DISTINCT ON (f."suggestionId") f."suggestionId", f.rating
        FROM "Feedback" f JOIN "Suggestion" s ON s.id = f."suggestionId" JOIN "Session" se ON se.id = s."sessionId"
        WHERE se.code = '13-5' ORDER BY f."suggestionId", f."createdAt" DESC, f.id DESC
      ) SELECT rating::text AS rating, count(*)::int AS n FROM latest GROUP BY 1`;
    const counts = Object.fromEntries(rows.map((r) => [r.rating, r.n]));
    expect(counts.DISSATISFIED).toBeUndefined();
    expect((counts.SATISFIED ?? 0) + (counts.BASICALLY_SATISFIED ?? 0)).toBe(181);
  });

  it("took place in 2022, with a communication before every reply", async () => {
    const row = await one(db.$queryRaw<{ outside: number; without: number }[]>`
      SELECT
        (SELECT count(*)::int FROM "Reply" r JOIN "Suggestion" s ON s.id = r."suggestionId" JOIN "Session" se ON se.id = s."sessionId"
          WHERE se.code = '13-5' AND (r."signedAt" < '2022-01-01' OR r."signedAt" >= '2023-01-01')) AS outside,
        (SELECT count(*)::int FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId"
          WHERE se.code = '13-5' AND NOT EXISTS (SELECT 1 FROM "Communication" c WHERE c."suggestionId" = s.id)) AS without`);
    expect(row).toEqual({ outside: 0, without: 0 });
  });
});

describe("demo seed, session 14-1 (in progress)", () => {
  it("has suggestions in every status", async () => {
    const rows = await db.$queryRaw<{ status: string; n: number }[]>`
      SELECT s.status::text AS status, count(*)::int AS n
      FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId" WHERE se.code = '14-1' GROUP BY 1`;
    const counts = Object.fromEntries(rows.map((r) => [r.status, r.n]));
    for (const status of ["PENDING", "IN_PROGRESS", "REPLIED", "CLOSED", "REHANDLING", "WITHDRAWN"]) {
      expect(counts[status], status).toBeGreaterThan(0);
    }
  });

  it("has overdue lead assignments without a signed reply", async () => {
    const row = await one(db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n
      FROM "Assignment" a JOIN "Suggestion" s ON s.id = a."suggestionId" JOIN "Session" se ON se.id = s."sessionId"
      WHERE se.code = '14-1' AND a.role = 'LEAD' AND a.state = 'ACTIVE' AND a."dueAt" < now()
        AND s.status = 'IN_PROGRESS'
        AND NOT EXISTS (SELECT 1 FROM "Reply" r WHERE r."suggestionId" = s.id AND r.state = 'SIGNED')`);
    expect(row.n).toBeGreaterThan(0);
  });

  it("gives 省教育厅 work in every state, as lead and as co-handling unit", async () => {
    const rows = await db.$queryRaw<{ role: string; status: string }[]>`
      SELECT DISTINCT a.role::text AS role, s.status::text AS status
      FROM "Assignment" a JOIN "Unit" u ON u.id = a."unitId" JOIN "Suggestion" s ON s.id = a."suggestionId"
      JOIN "Session" se ON se.id = s."sessionId"
      WHERE se.code = '14-1' AND u.name = '省教育厅' AND a.state = 'ACTIVE'`;
    const lead = rows.filter((r) => r.role === "LEAD").map((r) => r.status);
    const co = rows.filter((r) => r.role === "CO").map((r) => r.status);
    expect(lead).toEqual(expect.arrayContaining(["IN_PROGRESS", "REPLIED", "CLOSED", "REHANDLING", "WITHDRAWN"]));
    expect(co).toEqual(expect.arrayContaining(["IN_PROGRESS", "REPLIED", "CLOSED"]));
    const replies = await db.$queryRaw<{ state: string }[]>`
      SELECT DISTINCT r.state::text AS state FROM "Reply" r JOIN "Unit" u ON u.id = r."unitId"
      JOIN "Suggestion" s ON s.id = r."suggestionId" JOIN "Session" se ON se.id = s."sessionId"
      WHERE se.code = '14-1' AND u.name = '省教育厅'`;
    expect(replies.map((r) => r.state)).toEqual(expect.arrayContaining(["DRAFT", "IN_REVIEW", "SIGNED"]));
  });

  it("has supervision, a key suggestion with an instruction, and pending requests", async () => {
    const row = await one(db.$queryRaw<{ notices: number; instructions: number; keys: number; reassign: number; extension: number }[]>`
      WITH s AS (SELECT s.* FROM "Suggestion" s JOIN "Session" se ON se.id = s."sessionId" WHERE se.code = '14-1')
      SELECT
        (SELECT count(*)::int FROM "Supervision" v JOIN s ON s.id = v."suggestionId" WHERE v.kind = 'NOTICE') AS notices,
        (SELECT count(*)::int FROM "Supervision" v JOIN s ON s.id = v."suggestionId" WHERE v.kind = 'INSTRUCTION') AS instructions,
        (SELECT count(*)::int FROM s WHERE s.key AND s."keyLeaderId" IS NOT NULL) AS keys,
        (SELECT count(*)::int FROM "ReassignmentRequest" q JOIN s ON s.id = q."suggestionId" WHERE q.state = 'PENDING') AS reassign,
        (SELECT count(*)::int FROM "ExtensionRequest" q JOIN s ON s.id = q."suggestionId" WHERE q.state = 'PENDING') AS extension`);
    expect(row.notices).toBeGreaterThanOrEqual(2);
    expect(row.instructions).toBeGreaterThanOrEqual(1);
    expect(row.keys).toBeGreaterThanOrEqual(1);
    expect(row.reassign).toBeGreaterThanOrEqual(1);
    expect(row.extension).toBeGreaterThanOrEqual(1);
  });

  it("lets the demo deputy rate a reply that awaits feedback", async () => {
    const row = await one(db.$queryRaw<{ n: number }[]>`
      SELECT count(*)::int AS n FROM "Suggestion" s JOIN "User" u ON u."deputyId" = s."leadDeputyId"
      JOIN "Session" se ON se.id = s."sessionId"
      WHERE se.code = '14-1' AND u.username = 'deputy' AND s.status = 'REPLIED' AND s."feedbackDueAt" > now()`);
    expect(row.n).toBeGreaterThan(0);
  });
});

describe("demo accounts", () => {
  it("are returned and can sign in with the demo password", async () => {
    expect(accounts.map((a) => a.username)).toEqual(expect.arrayContaining(["admin", "office", "leader", "edu", "edu-leader", "deputy"]));
    const roles = new Map(accounts.map((a) => [a.username, a.role]));
    for (const username of DEMO_USERNAMES) {
      const actor = await verifyCredentials(username, "demo1234");
      expect(actor.role).toBe(roles.get(username));
    }
  });

  it("exist for every unit (handler and leader) and every lead deputy", async () => {
    const row = await one(db.$queryRaw<{ units_without: number; deputies_without: number }[]>`
      SELECT
        (SELECT count(*)::int FROM "Unit" u WHERE
           NOT EXISTS (SELECT 1 FROM "User" x WHERE x."unitId" = u.id AND x.role = 'UNIT_HANDLER') OR
           NOT EXISTS (SELECT 1 FROM "User" x WHERE x."unitId" = u.id AND x.role = 'UNIT_LEADER')) AS units_without,
        (SELECT count(DISTINCT s."leadDeputyId")::int FROM "Suggestion" s
           WHERE NOT EXISTS (SELECT 1 FROM "User" x WHERE x."deputyId" = s."leadDeputyId" AND x.role = 'DEPUTY')) AS deputies_without`);
    expect(row).toEqual({ units_without: 0, deputies_without: 0 });
  });
});

describe("demo seed, key suggestions led by the leader (领导领办)", () => {
  it("the leader leads key suggestions in handling, each with the lead unit's progress reports", async () => {
    const rows = await db.$queryRaw<{ n: number; reported: number; reports: number; assigned: number }[]>`
      SELECT count(*)::int AS n,
             count(*) FILTER (WHERE EXISTS (SELECT 1 FROM "KeyProgressReport" p WHERE p."suggestionId" = s.id))::int AS reported,
             (SELECT count(*)::int FROM "KeyProgressReport") AS reports,
             (SELECT count(*)::int FROM "AuditEvent" WHERE action = 'keySuggestion.assign') AS assigned
      FROM "Suggestion" s JOIN "User" u ON u.id = s."keyLeaderId"
      WHERE s.key AND u.username = 'leader' AND s.status IN ('IN_PROGRESS', 'REHANDLING')`;
    expect(rows[0]!.n).toBeGreaterThanOrEqual(3);
    expect(rows[0]).toMatchObject({ reported: 3, reports: 5, assigned: 3 });
  });
});

describe("seedDemo", () => {
  it("is a no-op on a database that already has data", async () => {
    const count = () => db.$queryRaw<{ s: number; u: number; d: number; usr: number }[]>`
      SELECT (SELECT count(*)::int FROM "Suggestion") AS s, (SELECT count(*)::int FROM "Unit") AS u,
             (SELECT count(*)::int FROM "Deputy") AS d, (SELECT count(*)::int FROM "User") AS usr`;
    const before = await count();
    const again = await seedDemo();
    expect(again.accounts).toEqual([]);
    expect(await count()).toEqual(before);
  });
});
