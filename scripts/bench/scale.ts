// npm run bench:scale [-- --runs 20] [--explain] [--data DIR]
// The read paths at SPEC §9 scale: a database of 1,000,000 suggestions (100 sessions × 10,000: ten provinces
// over ten years), ~1,500 units, 50,000 deputies, co-signers, assignments (lead, some co, some reassigned),
// communications, signed replies with versions and commitments, feedback, follow-ups, supervision and audit
// events, generated with set-based SQL (INSERT … SELECT over generate_series) on a throwaway embedded
// PostgreSQL. Then times, as the real actors (OFFICE, a UNIT_HANDLER of the busiest unit, the busiest
// DEPUTY), the list (every filter, search, sort, a deep page), the detail, the inbox and one session's
// statistics: median and p95 over --runs runs each, after two warm-up calls.
//   --explain   also prints EXPLAIN (ANALYZE, BUFFERS) of every SQL statement of each case
//   --data DIR  keeps the database in DIR and reuses it next time (generation skipped, migrations applied)
//   --url URL   times an already generated database on a running server (e.g. one kept with --data)
//   --only TEXT runs only the cases whose label contains TEXT
import { chmod, mkdir, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { applyMigrations } from "../../lib/migrations/migrations";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";
import { generate } from "./scale/generate";
import { seconds, SESSIONS } from "./scale/shape";

const args = process.argv.slice(2);
const option = (name: string) => {
  const i = args.indexOf(`--${name}`);
  return i >= 0 ? args[i + 1] : undefined;
};
const RUNS = Number(option("runs")) || 20;
const EXPLAIN = args.includes("--explain");
const ONLY = option("only"); // a substring of the case labels to run
const KEEP = option("data");
const URL_GIVEN = option("url");
const PER_SESSION = Number(option("per-session")) || 10_000;
const LIST_TARGET_MS = 200;
const STATS_TARGET_MS = 300;

const dir = KEEP ? path.resolve(KEEP) : await mkdtemp(path.join(os.tmpdir(), "jianyi-scale-"));
if (!URL_GIVEN) {
  await mkdir(dir, { recursive: true });
  await chmod(dir, 0o755); // PostgreSQL runs as the postgres user when we are root
}
const server = URL_GIVEN
  ? { url: URL_GIVEN, stop: async () => {} }
  : await startEmbeddedPostgres({ dataDir: dir, port: 56000 + Math.floor(Math.random() * 1000), quiet: true });

// ---- timing ----------------------------------------------------------------------------------------------

function summary(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  // NaN only when there are no samples, which no caller passes.
  const at = (p: number) => sorted[Math.min(sorted.length - 1, Math.ceil(p * sorted.length) - 1)] ?? NaN;
  return { median: at(0.5), p95: at(0.95), min: sorted[0] ?? NaN, max: sorted.at(-1) ?? NaN };
}

interface Case {
  label: string;
  target: number;
  fn: () => Promise<unknown>;
  /** What the call returned, for the table (e.g. the total). */
  note?: (result: unknown) => string;
}

interface Captured {
  query: string;
  params: string;
}

try {
  const started = performance.now();
  const migrated = await applyMigrations(server.url);
  if (migrated.length) console.log(`migrations applied: ${migrated.join(", ")} (${seconds(started)})`);
  const client = new pg.Client({ connectionString: server.url });
  client.on("error", () => {}); // the server stopping at the end is not news
  await client.connect();
  const {
    rows: [sessions],
  } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Session"`);
  if (!sessions?.n) {
    if (URL_GIVEN) throw new Error(`${URL_GIVEN} holds no data: generate it on the embedded server (--data DIR) first`);
    console.log(`generating ${SESSIONS} sessions × ${PER_SESSION} suggestions …`);
    const genStarted = performance.now();
    await generate(client, PER_SESSION);
    console.log(`generated in ${seconds(genStarted)}`);
  } else {
    console.log(`reusing the database ${URL_GIVEN ?? `in ${dir}`}`);
    if (migrated.length) await client.query("ANALYZE");
  }
  const {
    rows: [counts],
  } = await client.query(`SELECT
    (SELECT count(*) FROM "Suggestion")::int AS suggestions, (SELECT count(*) FROM "SuggestionCoSigner")::int AS "coSigners",
    (SELECT count(*) FROM "Assignment")::int AS assignments, (SELECT count(*) FROM "Communication")::int AS communications,
    (SELECT count(*) FROM "Opinion")::int AS opinions, (SELECT count(*) FROM "Reply")::int AS replies,
    (SELECT count(*) FROM "Feedback")::int AS feedback, (SELECT count(*) FROM "AuditEvent")::int AS "auditEvents",
    (SELECT count(*) FROM "Unit")::int AS units, (SELECT count(*) FROM "Deputy")::int AS deputies,
    pg_size_pretty(pg_database_size(current_database())) AS size`);
  console.log(
    `data: ${Object.entries(counts)
      .map(([k, v]) => `${k} ${typeof v === "number" ? v.toLocaleString("en") : v}`)
      .join(", ")}`,
  );

  // The actors: the busiest unit (most active lead assignments), the most prolific deputy (lead or co-signer).
  const {
    rows: [busy],
  } = await client.query<{ id: string; code: string; lead: number; co: number }>(`
    SELECT u.id, u.code, count(*) FILTER (WHERE a.role = 'LEAD')::int AS lead, count(*) FILTER (WHERE a.role = 'CO')::int AS co
    FROM "Assignment" a JOIN "Unit" u ON u.id = a."unitId" WHERE a.state = 'ACTIVE'
    GROUP BY u.id, u.code ORDER BY lead DESC LIMIT 1`);
  const {
    rows: [deputy],
  } = await client.query<{ id: string; lead: number; co: number }>(`
    SELECT d.id, (SELECT count(*) FROM "Suggestion" s WHERE s."leadDeputyId" = d.id)::int AS lead,
      (SELECT count(*) FROM "SuggestionCoSigner" c WHERE c."deputyId" = d.id)::int AS co
    FROM (SELECT "leadDeputyId" AS id FROM "Suggestion" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) x JOIN "Deputy" d ON d.id = x.id`);
  if (!busy || !deputy) throw new Error("the data has no active assignment or no suggestion");
  const {
    rows: [session],
  } = await client.query<{ code: string; n: number }>(`
    SELECT se.code, count(*)::int AS n FROM "Session" se JOIN "Suggestion" s ON s."sessionId" = se.id
    WHERE se.year = (SELECT max(year) FROM "Session") GROUP BY se.code ORDER BY se.code LIMIT 1`);
  // A suggestion with a full history (two rounds, co-handling, supervision), led by the busy unit, of the deputy if possible.
  const {
    rows: [rich],
  } = await client.query<{ id: string }>(
    `
    SELECT s.id FROM "Suggestion" s JOIN "Assignment" a ON a."suggestionId" = s.id AND a.role = 'LEAD' AND a.state = 'ACTIVE'
    WHERE a."unitId" = $1 AND EXISTS (SELECT 1 FROM "Reply" r WHERE r."suggestionId" = s.id AND r.round = 2)
      AND EXISTS (SELECT 1 FROM "Assignment" c WHERE c."suggestionId" = s.id AND c.role = 'CO')
    ORDER BY EXISTS (SELECT 1 FROM "Supervision" v WHERE v."suggestionId" = s.id) DESC, s.id LIMIT 1`,
    [busy.id],
  );
  const {
    rows: [mine],
  } = await client.query<{ id: string }>(
    `
    SELECT id FROM "Suggestion" WHERE "leadDeputyId" = $1 AND status = 'CLOSED' ORDER BY id LIMIT 1`,
    [deputy.id],
  );
  if (!session || !rich || !mine)
    throw new Error("the data lacks a session, a suggestion with a full history or a closed one of the deputy");
  console.log(
    `busy unit ${busy.code}: ${busy.lead} active lead + ${busy.co} co assignments; deputy ${deputy.id}: leads ${deputy.lead}, co-signed ${deputy.co}; session ${session.code}: ${session.n} suggestions\n`,
  );

  process.env.DATABASE_URL = server.url;
  const { PrismaPg } = await import("@prisma/adapter-pg");
  const { PrismaClient } = await import("../../lib/generated/prisma/client");
  // The app's client (lib/db reuses globalThis.prisma), with query events to EXPLAIN them.
  const prisma = new PrismaClient({
    adapter: new PrismaPg({ connectionString: server.url, max: 10 }),
    log: EXPLAIN ? [{ emit: "event", level: "query" }] : [],
  });
  (globalThis as { prisma?: unknown }).prisma = prisma;
  let captured: Captured[] | null = null;
  if (EXPLAIN)
    (prisma as unknown as { $on(e: "query", cb: (e: Captured) => void): void }).$on("query", (e) =>
      captured?.push({ query: e.query, params: e.params }),
    );

  const { listSuggestions } = await import("../../lib/data/suggestions");
  const { getSuggestionDetail, listSimilarSuggestions } = await import("../../lib/data/suggestion-detail");
  const { getSessionStats } = await import("../../lib/stats/summary");
  const { getUnitTable } = await import("../../lib/stats/unit-table");
  const { HANDLING_STATUSES } = await import("../../lib/workflow/states");
  type Query = Parameters<typeof listSuggestions>[1];
  type Actor = Parameters<typeof listSuggestions>[0];

  const office: Actor = { id: "OFFICE", name: "办公厅", username: "office", role: "OFFICE", unitId: null, deputyId: null };
  const handler: Actor = {
    id: `UH${busy.id.slice(1)}`,
    name: "经办人",
    username: "h",
    role: "UNIT_HANDLER",
    unitId: busy.id,
    deputyId: null,
  };
  const dep: Actor = { id: "deputy", name: "代表", username: "deputy", role: "DEPUTY", unitId: null, deputyId: deputy.id };
  const now = new Date();
  const soon = new Date(now.getTime() + 7 * 86_400_000);
  const open = [...HANDLING_STATUSES];
  const total = (r: unknown) => `total ${(r as { total: number }).total.toLocaleString("en")}`;
  const list = (label: string, actor: Actor, query: Query): Case => ({
    label,
    target: LIST_TARGET_MS,
    fn: () => listSuggestions(actor, query, now),
    note: total,
  });
  // The inbox page: four tab counts and the page itself, in parallel, as app/(app)/inbox/page.tsx does.
  const inboxPage = (view: "overdue" | "dueSoon" | "open" | "all", tab: "LEAD" | "CO"): Case => {
    const base = { assignmentRole: tab } as const;
    const views = {
      overdue: { ...base, overdue: true },
      dueSoon: { ...base, status: open, dueBefore: soon },
      open: { ...base, status: open },
      all: base,
    };
    return {
      label: `unit: inbox page ${tab} ${view} (4 counts + page)`,
      target: LIST_TARGET_MS,
      note: total,
      fn: async () =>
        (
          await Promise.all([
            ...Object.values(views).map((v) => listSuggestions(handler, { ...v, pageSize: 1 }, now)),
            listSuggestions(handler, { ...views[view], pageSize: 20, sort: "number" }, now),
          ])
        )[4],
    };
  };

  const allCases: Case[] = [
    list("office: default page", office, {}),
    list("office: session + status", office, { session: session.code, status: "IN_PROGRESS" }),
    list("office: session, default order", office, { session: session.code }),
    list("office: by unit", office, { unit: busy.code }),
    list("office: by field", office, { field: "教育" }),
    list("office: q 养老服务 (common word)", office, { q: "养老服务" }),
    list("office: q 黑土地保护 (rarer word)", office, { q: "黑土地保护" }),
    list("office: q 高速公路 + session", office, { q: "高速公路", session: session.code }),
    list("office: q by number 1234", office, { q: "1234" }),
    // One or two characters: too short for pg_trgm, served by the n-gram index (lib/data/suggestion-search.ts).
    list("office: q 养老 (2 characters: n-gram index)", office, { q: "养老" }),
    list("office: q 养老 + session", office, { q: "养老", session: session.code }),
    list("office: q 冰 (1 character: n-gram index)", office, { q: "冰" }),
    list("office: q 田 + status (1 character)", office, { q: "田", status: "IN_PROGRESS" }),
    list("office: sort -submittedAt", office, { sort: "-submittedAt" }),
    list("office: sort title", office, { sort: "title" }),
    list("office: deep page 200", office, { page: 200 }),
    list("office: deep page 200, -submittedAt", office, { page: 200, sort: "-submittedAt" }),
    list("office: count only (pageSize 1)", office, { pageSize: 1 }),
    list("office: overdue (all units)", office, { overdue: true }),
    list("unit: default page", handler, {}),
    list("unit: q 养老服务", handler, { q: "养老服务" }),
    list("unit: q 养老 (2 characters)", handler, { q: "养老" }),
    list("unit: inbox LEAD open, by number", handler, { assignmentRole: "LEAD", status: open, sort: "number" }),
    list("unit: inbox LEAD overdue", handler, { assignmentRole: "LEAD", overdue: true, sort: "number" }),
    list("unit: inbox LEAD due soon", handler, { assignmentRole: "LEAD", status: open, dueBefore: soon, sort: "number" }),
    list("unit: inbox CO all", handler, { assignmentRole: "CO", sort: "number" }),
    inboxPage("open", "LEAD"),
    inboxPage("all", "CO"),
    list("deputy: my suggestions", dep, {}),
    list("deputy: my suggestions in a session", dep, { session: session.code }),
    { label: "office: getSuggestionDetail", target: LIST_TARGET_MS, fn: () => getSuggestionDetail(office, rich.id) },
    { label: "unit: getSuggestionDetail", target: LIST_TARGET_MS, fn: () => getSuggestionDetail(handler, rich.id) },
    { label: "deputy: getSuggestionDetail", target: LIST_TARGET_MS, fn: () => getSuggestionDetail(dep, mine.id) },
    {
      label: "office: listSimilarSuggestions",
      target: LIST_TARGET_MS,
      fn: () => listSimilarSuggestions(office, rich.id),
      note: (r) => `${(r as unknown[]).length} found`,
    },
    {
      label: "stats: getSessionStats (one session)",
      target: STATS_TARGET_MS,
      fn: () => getSessionStats({ session: session.code }, now),
      note: (r) => `total ${(r as { total: number }).total}`,
    },
    {
      label: "stats: getUnitTable (one session)",
      target: STATS_TARGET_MS,
      fn: () => getUnitTable({ session: session.code }, now),
      note: (r) => `${(r as unknown[]).length} units`,
    },
  ];
  const cases = allCases.filter((c) => !ONLY || c.label.includes(ONLY));

  const load = () =>
    os
      .loadavg()
      .map((l) => l.toFixed(1))
      .join(" ");
  console.log(`load average before timing: ${load()} (${os.cpus().length} CPUs)`);
  const results: { label: string; median: number; p95: number; target: number; note: string }[] = [];
  for (const c of cases) {
    let note = "";
    for (let i = 0; i < 2; i++) note = c.note ? c.note(await c.fn()) : ""; // warm-up: plans and caches, as a running server has them
    const samples: number[] = [];
    for (let i = 0; i < RUNS; i++) {
      const t0 = performance.now();
      await c.fn();
      samples.push(performance.now() - t0);
    }
    const s = summary(samples);
    results.push({ label: c.label, median: s.median, p95: s.p95, target: c.target, note });
    const flag = s.median < c.target ? "" : "  ← over target";
    console.log(
      `${c.label.padEnd(46)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms   ${note}${flag}`,
    );
    if (EXPLAIN) {
      captured = [];
      await c.fn();
      const statements: Captured[] = captured;
      captured = null;
      for (const st of statements) {
        if (/^(BEGIN|COMMIT|SET|SHOW)/i.test(st.query.trim())) continue;
        const params = (JSON.parse(st.params) as unknown[]).map((p) => (p !== null && typeof p === "object" ? JSON.stringify(p) : p));
        const { rows } = await client.query(`EXPLAIN (ANALYZE, BUFFERS) ${st.query}`, params);
        console.log(`\n    ${st.query}\n    params ${JSON.stringify(params)}\n${rows.map((r) => `      ${r["QUERY PLAN"]}`).join("\n")}\n`);
      }
    }
  }

  console.log(`\n| case | median ms | p95 ms | target | result |\n|---|---:|---:|---:|---|`);
  for (const r of results) {
    console.log(
      `| ${r.label} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | < ${r.target} | ${r.note}${r.median < r.target ? "" : " **over target**"} |`,
    );
  }
  console.log(`\nload average after timing: ${load()}`);
  const over = results.filter((r) => r.median >= r.target);
  console.log(
    over.length
      ? `\n${over.length} case(s) over target`
      : `\nevery case under target (list/detail < ${LIST_TARGET_MS} ms, stats < ${STATS_TARGET_MS} ms median)`,
  );
  await client.end();
  await prisma.$disconnect();
} catch (error) {
  console.error(error);
  process.exitCode = 1;
} finally {
  await server.stop();
  if (!KEEP && !URL_GIVEN) await rm(dir, { recursive: true, force: true });
}
process.exit();
