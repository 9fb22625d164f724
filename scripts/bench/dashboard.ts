// npm run bench [-- N OTHER RUNS] — the dashboard's server work on a session of N suggestions (default 10,000)
// in a database that also holds OTHER suggestions of other sessions (default 20,000), on a throwaway
// embedded PostgreSQL. Times what the page awaits (lib/reports/dashboard-data loadDashboard: getSessionStats,
// getUnitTable, by field, by delegation, replies per week, overdue list — in parallel, as the page does —
// plus the filter options), each statistic on its own, a filtered view, and the streamed .xlsx export.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/migrations/migrations";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";
import { generateSession, generateUnitsAndDeputies } from "./dashboard-data";

const [N, OTHER, RUNS] = [Number(process.argv[2]) || 10_000, Number(process.argv[3] ?? 20_000), Number(process.argv[4]) || 20];
const TARGET_MS = 300;

const dir = await mkdtemp(path.join(os.tmpdir(), "jianyi-bench-"));
await chmod(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
const server = await startEmbeddedPostgres({ dataDir: dir, port: 56000 + Math.floor(Math.random() * 1000), quiet: true });

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  // NaN only when there are no samples, which no caller passes.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

async function time(label: string, runs: number, fn: () => Promise<unknown>) {
  for (let i = 0; i < 2; i++) await fn(); // warm-up: plans and caches, as a running server has them
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const started = performance.now();
    await fn();
    samples.push(performance.now() - started);
  }
  const s = summary(samples);
  const fmt = (v: number) => v.toFixed(1).padStart(7);
  console.log(
    `${label.padEnd(44)} median ${fmt(s.median)} ms   p95 ${fmt(s.p95)} ms   (min ${s.min.toFixed(1)}, max ${s.max.toFixed(1)}, ${runs} runs)`,
  );
  return s;
}

try {
  await applyMigrations(server.url);
  const client = new pg.Client({ connectionString: server.url });
  client.on("error", () => {}); // the server stopping at the end is not news
  await client.connect();
  const started = performance.now();
  await generateUnitsAndDeputies(client);
  await generateSession(client, { prefix: "b", code: "B-1", year: 2026, n: N });
  if (OTHER > 0) await generateSession(client, { prefix: "h", code: "H-1", year: 2025, n: OTHER });
  await client.query("VACUUM ANALYZE");
  const { rows } = await client.query(`SELECT (SELECT count(*) FROM "Suggestion") s, (SELECT count(*) FROM "Assignment") a,
    (SELECT count(*) FROM "Reply") r, (SELECT count(*) FROM "Feedback") f`);
  await client.end();
  console.log(
    `data: ${N} suggestions in B-1 (+${OTHER} in H-1): ${JSON.stringify(rows[0])} in ${((performance.now() - started) / 1000).toFixed(1)} s`,
  );

  process.env.DATABASE_URL = server.url;
  const { db } = await import("../../lib/db");
  const stats = {
    ...(await import("../../lib/stats/summary")),
    ...(await import("../../lib/stats/unit-table")),
    ...(await import("../../lib/stats/breakdowns")),
  };
  const { loadDashboard } = await import("../../lib/reports/dashboard-data");
  const { listFilterOptions } = await import("../../lib/reports/report-filter");
  const { listSessions } = await import("../../lib/data/sessions");
  const { suggestionsWorkbookBuffer } = await import("../../lib/reports/suggestions-xlsx");
  const { translatorFor } = await import("../../lib/i18n/catalogue");
  const { reportQuery } = await import("../../lib/reports/report-query");
  const office = { id: "bench", name: "bench", username: "bench", role: "OFFICE" as const, unitId: null, deputyId: null };
  const filter = { session: "B-1" };
  const first = await stats.getSessionStats(filter);
  console.log(
    `B-1: total ${first.total}, replied ${first.replied}, overdue ${first.overdue}, units ${first.units.total}, A/B/C/D ${Object.values(
      first.categories,
    )
      .map((c) => c.percent)
      .join("/")}\n`,
  );

  const page = await time("dashboard page (all of it, in parallel)", RUNS, () =>
    Promise.all([listSessions(), loadDashboard(office, filter, { sort: "-overdue" }), listFilterOptions("B-1")]),
  );
  await time("  getSessionStats", RUNS, () => stats.getSessionStats(filter));
  await time("  getUnitTable", RUNS, () => stats.getUnitTable(filter));
  await time("  getByField", RUNS, () => stats.getByField(filter));
  await time("  getByDelegation", RUNS, () => stats.getByDelegation(filter));
  await time("  getRepliesPerWeek", RUNS, () => stats.getRepliesPerWeek(filter));
  await time("  getOverdueList", RUNS, () => stats.getOverdueList(filter, new Date(), { limit: 50 }));
  await time("  listFilterOptions", RUNS, () => listFilterOptions("B-1"));
  await time("  sequential sum (one connection's worth)", RUNS, async () => {
    for (const fn of [
      stats.getSessionStats,
      stats.getUnitTable,
      stats.getByField,
      stats.getByDelegation,
      stats.getRepliesPerWeek,
      stats.getOverdueList,
    ])
      await fn(filter);
  });
  const unitId = (await db.unit.findUniqueOrThrow({ where: { code: "BU7" } })).id;
  await time("dashboard filtered to one unit", RUNS, () => loadDashboard(office, { session: "B-1", unitId }));
  await time("dashboard filtered by field + kind", RUNS, () => loadDashboard(office, { session: "B-1", field: "教育", unitKind: "CITY" }));

  const exportStarted = performance.now();
  const file = await suggestionsWorkbookBuffer({ actor: office, query: reportQuery.parse({ session: "B-1" }), t: translatorFor("zh-CN") });
  console.log(
    `\nsuggestion list export: ${file.rows} rows, ${(file.body.length / 1024 / 1024).toFixed(1)} MiB in ${((performance.now() - exportStarted) / 1000).toFixed(1)} s`,
  );
  console.log(
    `\ndashboard server time: median ${page.median.toFixed(0)} ms, p95 ${page.p95.toFixed(0)} ms — target < ${TARGET_MS} ms: ${page.p95 < TARGET_MS ? "met" : "NOT met"}`,
  );
  await db.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exit();
