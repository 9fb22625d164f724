// bench_plan: every decision about every suggestion, taken once, that the later inserts read.
import { day, DEPUTIES_PER_PROVINCE, PROVINCES, UNITS_PER_PROVINCE, type Query } from "./shape";
import { TOPICS } from "./vocabulary";

export async function createPlan(q: Query, PER_SESSION: number, N: number): Promise<void> {
  // The plan: one row per suggestion with every decision taken. The last year's sessions are in progress
  // (every state, some overdue, as dashboard-data.ts); earlier years are handled and closed.
  // Lead units are skewed (a few busy units per province); a few deputies are prolific.
  await q("", `DROP TABLE IF EXISTS bench_plan`);
  await q(
    "plan",
    `CREATE UNLOGGED TABLE bench_plan AS
    WITH base AS (
      SELECT g, (g - 1) / ${PER_SESSION} AS s, (g - 1) % ${PER_SESSION} + 1 AS i,
        ((g - 1) / ${PER_SESSION}) % ${PROVINCES} AS p, 2017 + ((g - 1) / ${PER_SESSION}) / ${PROVINCES} AS y,
        bench_r(g, 10) AS rk, bench_r(g, 11) AS rc, least(${TOPICS.length - 1}, floor(${TOPICS.length} * bench_r(g, 12)))::int AS topic
      FROM generate_series(1, ${N}) g
    ), k AS (
      SELECT *, y = 2026 AS current,
        CASE WHEN y = 2026 THEN
          CASE WHEN rk < 0.05 THEN 'PENDING' WHEN rk < 0.08 THEN 'WITHDRAWN' WHEN rk < 0.38 THEN 'IN_PROGRESS'
               WHEN rk < 0.53 THEN 'REPLIED' WHEN rk < 0.91 THEN 'CLOSED' WHEN rk < 0.95 THEN 'REHANDLING' ELSE 'CLOSED2' END
        ELSE CASE WHEN rk < 0.03 THEN 'WITHDRAWN' WHEN rk < 0.07 THEN 'CLOSED2' WHEN rk < 0.12 THEN 'NOFEEDBACK' ELSE 'CLOSED' END
        END AS kind
      FROM base
    )
    SELECT g, s, i, p, y, kind, topic,
      'U' || (p * ${UNITS_PER_PROVINCE} + least(${UNITS_PER_PROVINCE - 1}, floor(${UNITS_PER_PROVINCE} * power(bench_r(g, 13), 2))))::int AS lead_unit,
      p * ${UNITS_PER_PROVINCE} + least(${UNITS_PER_PROVINCE - 1}, floor(${UNITS_PER_PROVINCE} * power(bench_r(g, 13), 2)))::int AS lead_n,
      p * ${DEPUTIES_PER_PROVINCE} + least(${DEPUTIES_PER_PROVINCE - 1}, floor(${DEPUTIES_PER_PROVINCE} * power(bench_r(g, 14), 1.5)))::int AS dep_n,
      CASE WHEN current THEN date_trunc('second', now() - (10 + floor(bench_r(g, 15) * 200)) * ${day})
           ELSE make_date(y, 2, 1) + (floor(bench_r(g, 15) * 40) * ${day}) + (floor(bench_r(g, 16) * 36000) * interval '1 second') END AS assigned_at,
      CASE WHEN rc < 0.39 THEN 'A' WHEN rc < 0.9 THEN 'B' WHEN rc < 0.97 THEN 'C' ELSE 'D' END AS category,
      CASE WHEN bench_r(g, 17) < 0.55 THEN 0 WHEN bench_r(g, 17) < 0.9 THEN 1 ELSE 2 END AS n_co,
      least(4, floor(bench_r(g, 18) * 5))::int AS n_cosign,
      CASE WHEN bench_r(g, 19) < 0.5 THEN 1 ELSE 2 END AS n_comm,
      bench_r(g, 20) < 0.05 AS reassigned, bench_r(g, 21) < 0.1 AS extended, bench_r(g, 22) < 0.02 AS urgent,
      bench_r(g, 23) < 0.02 AS supervised
    FROM k`,
  );
  await q("", `ALTER TABLE bench_plan ADD COLUMN signed_at timestamp`);
  await q(
    "",
    `UPDATE bench_plan SET signed_at = LEAST(assigned_at + (5 + floor(bench_r(g, 24) * 110)) * ${day}, now() - ${day})
    WHERE kind NOT IN ('PENDING', 'WITHDRAWN', 'IN_PROGRESS')`,
  );
  await q("", `CREATE INDEX ON bench_plan(g)`);
  await q("", `ANALYZE bench_plan`);
}
