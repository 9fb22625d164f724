// The hand-written SQL floor for a session's headline figures (issue 12): every figure GET /api/v1/stats
// returns, counted with plain joins on the session's rows and nothing else (the on-time test takes each
// round's lead due date as it stands, without the re-handling history lib/stats follows). bench:load times
// it beside getSessionStats (cached, as the app serves it) and computeSessionStats (fresh).
import pg from "pg";

export const FLOOR_SQL = `
WITH s AS (SELECT id, status FROM "Suggestion" WHERE "sessionId" = $1 AND status <> 'WITHDRAWN'),
asg AS (SELECT a.* FROM "Assignment" a JOIN s ON s.id = a."suggestionId" WHERE a.state = 'ACTIVE'),
lr AS (SELECT DISTINCT ON (r."suggestionId") r."suggestionId", r.category, r."signedAt" FROM "Reply" r JOIN s ON s.id = r."suggestionId"
       WHERE r.state = 'SIGNED' ORDER BY r."suggestionId", r."signedAt" DESC, r.id DESC),
rc AS (SELECT DISTINCT ON (c."suggestionId") c."suggestionId", c."toCategory", c."createdAt" FROM "Reclassification" c JOIN s ON s.id = c."suggestionId"
       ORDER BY c."suggestionId", c."createdAt" DESC, c.id DESC),
lf AS (SELECT DISTINCT ON (f."suggestionId") f.rating FROM "Feedback" f JOIN s ON s.id = f."suggestionId"
       ORDER BY f."suggestionId", f."createdAt" DESC, f.id DESC),
fs AS (SELECT DISTINCT ON (r."suggestionId", r.round) r."suggestionId", r."unitId", r."signedAt" FROM "Reply" r JOIN s ON s.id = r."suggestionId"
       WHERE r.state = 'SIGNED' ORDER BY r."suggestionId", r.round, r."signedAt", r.id)
SELECT
  (SELECT count(*) FROM s)::int AS total,
  (SELECT count(DISTINCT a."suggestionId") FROM "Assignment" a JOIN s ON s.id = a."suggestionId" WHERE a.role = 'LEAD' AND a.state <> 'CANCELLED')::int AS assigned,
  (SELECT count(*) FROM lr)::int AS replied,
  (SELECT count(*) FROM s WHERE status = 'CLOSED')::int AS closed,
  (SELECT count(DISTINCT a."suggestionId") FROM asg a JOIN s ON s.id = a."suggestionId"
    WHERE a.role = 'LEAD' AND a."dueAt" < $2::timestamp AND s.status IN ('IN_PROGRESS', 'REHANDLING'))::int AS overdue,
  (SELECT json_build_object('total', count(DISTINCT u.id), 'departments', count(DISTINCT u.id) FILTER (WHERE u.kind = 'DEPARTMENT'),
     'cities', count(DISTINCT u.id) FILTER (WHERE u.kind = 'CITY')) FROM asg a JOIN "Unit" u ON u.id = a."unitId") AS units,
  (SELECT json_object_agg(k, n) FROM (SELECT CASE WHEN rc."createdAt" > lr."signedAt" THEN rc."toCategory"::text ELSE lr.category::text END AS k, count(*) AS n
     FROM lr LEFT JOIN rc ON rc."suggestionId" = lr."suggestionId" GROUP BY 1) x) AS categories,
  (SELECT json_object_agg(rating, n) FROM (SELECT rating::text, count(*) AS n FROM lf GROUP BY 1) x) AS ratings,
  (SELECT json_build_object('signed', count(*), 'onTime', count(*) FILTER (WHERE fs."signedAt" < date_trunc('day', a."dueAt" + interval '8 hours') + interval '16 hours'))
     FROM fs LEFT JOIN "Assignment" a ON a."suggestionId" = fs."suggestionId" AND a."unitId" = fs."unitId" AND a.role = 'LEAD' AND a.state = 'ACTIVE') AS timed`;

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

async function timeIt(runs: number, fn: () => Promise<unknown>): Promise<number> {
  await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    times.push(performance.now() - started);
  }
  return median(times) ?? NaN;
}

/** Median ms of the floor, the cached module and the fresh module for one session, and whether they agree. */
export async function compareWithFloor(url: string, sessionCode: string, runs = 15) {
  process.env.DATABASE_URL = url;
  const { getSessionStats, computeSessionStats } = await import("../../lib/stats/summary");
  const { startOfChinaDay } = await import("../../lib/dates/china-date");
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  try {
    const {
      rows: [session],
    } = await client.query<{ id: string }>(`SELECT id FROM "Session" WHERE code = $1`, [sessionCode]);
    if (!session) throw new Error(`no session ${sessionCode}`);
    const { id } = session;
    const dayStart = startOfChinaDay(new Date()).toISOString();
    const floorMs = await timeIt(runs, () => client.query(FLOOR_SQL, [id, dayStart]));
    const cachedMs = await timeIt(runs, () => getSessionStats({ session: sessionCode }));
    const freshMs = await timeIt(Math.min(runs, 5), () => computeSessionStats({ session: sessionCode }));
    const [cached, fresh] = [await getSessionStats({ session: sessionCode }), await computeSessionStats({ session: sessionCode })];
    return { floorMs, cachedMs, freshMs, agree: JSON.stringify(cached) === JSON.stringify(fresh) };
  } finally {
    await client.end();
  }
}
