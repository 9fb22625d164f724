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
const SESSIONS = 100;
const PER_SESSION = Number(option("per-session")) || 10_000;
const PROVINCES = 10;
const UNITS_PER_PROVINCE = 150;
const DEPUTIES_PER_PROVINCE = 5_000;
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

const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;

// ---- data ------------------------------------------------------------------------------------------------

const PROVINCE_NAMES = ["吉林", "辽宁", "黑龙江", "河北", "山西", "河南", "湖北", "湖南", "四川", "云南"];
const CITIES = ["长春", "吉林", "四平", "辽源", "通化", "白山", "松原", "白城", "延边", "梅河口", "公主岭", "珲春", "敦化", "榆树", "德惠"];
const TOPICS = [
  "养老服务体系建设", "农村养老服务", "社区养老服务设施", "中小学课后服务", "职业教育产教融合", "乡村教师队伍建设",
  "基层医疗卫生服务", "县域医共体建设", "中医药传承发展", "黑土地保护利用", "高标准农田建设", "粮食生产能力",
  "农村人居环境整治", "冰雪旅游产业发展", "红色旅游资源开发", "历史文化街区保护", "新能源汽车产业", "数字经济发展",
  "民营经济发展环境", "中小企业融资", "营商环境优化", "政务服务一网通办", "城市老旧小区改造", "城市停车难问题",
  "农村公路养护", "高速公路服务区建设", "铁路客运专线建设", "松花江流域水污染防治", "大气污染联防联控", "秸秆综合利用",
  "生活垃圾分类处理", "就业创业扶持", "高校毕业生就业", "灵活就业人员社会保险", "残疾人托养服务", "婴幼儿照护服务",
  "科技成果转化", "人才引进政策", "种业振兴", "畜牧业高质量发展", "森林防火", "边境地区发展", "公共文化服务",
  "全民健身设施", "食品安全监管", "安全生产监管", "社区治理", "物业管理", "农村饮水安全", "城乡供热保障",
];
const VERBS = ["加快", "推进", "加强", "完善", "支持", "优化", "进一步做好", "促进"];
const PROBLEMS = ["资金投入不足", "专业人才短缺", "政策落实不到位", "基础设施薄弱", "部门协调不畅", "群众知晓率不高", "区域发展不平衡", "监管机制不健全", "服务供给不足", "标准体系不完善"];
const MEASURES = [
  "加大财政投入力度", "完善考核评价机制", "建立部门联席会议制度", "加强专业人才培养", "推动数字化转型", "扩大试点范围",
  "健全长效管护机制", "强化督促检查", "引导社会资本参与", "加强宣传引导", "制定专项扶持政策", "优化审批流程",
  "推进城乡一体化", "完善配套设施", "建立动态监测机制",
];
const FIELDS = ["经济发展", "教育", "医疗卫生", "农业农村", "生态环境", "交通", "社会保障", "科技", "文化旅游", "政务服务", "其他"];
// Which field each topic belongs to (same order as TOPICS).
const TOPIC_FIELD = [6, 6, 6, 1, 1, 1, 2, 2, 2, 3, 3, 3, 4, 8, 8, 8, 0, 0, 0, 0, 9, 9, 10, 5, 5, 5, 5, 4, 4, 4, 4, 6, 6, 6, 6, 6, 7, 7, 3, 3, 10, 0, 8, 8, 10, 10, 10, 10, 3, 10];
const SURNAMES = "王李张刘陈杨赵黄周吴徐孙胡朱高林何郭马罗梁宋郑谢韩唐冯于董萧程曹袁邓许傅沈曾彭吕苏卢蒋蔡贾丁魏薛叶阎余潘杜戴夏钟汪田任姜范方石姚谭廖邹熊金陆郝孔白崔康毛邱秦江史顾侯邵孟龙万段雷钱汤尹黎易常武乔贺赖龚文";
const GIVEN = "伟芳娜敏静丽强磊军洋勇艳杰娟涛明超秀霞平刚桂英华玉兰萍红梅鑫斌宇浩凯健俊帆帅旭宁龙林欣佳嘉琳雪晨";

const arr = (xs: readonly (string | number)[]) => `ARRAY[${xs.map((x) => (typeof x === "number" ? x : `'${x}'`)).join(",")}]`;
const day = "interval '1 day'";

/** The whole data set, set-based. Deterministic: hashes of the row number decide every attribute. */
async function generate(client: pg.Client) {
  const q = async (label: string, sql: string) => {
    const started = performance.now();
    const result = await client.query(sql);
    if (label) console.log(`  ${label.padEnd(34)} ${String(result.rowCount ?? "").padStart(9)} rows  ${seconds(started)}`);
    return result;
  };
  const N = SESSIONS * PER_SESSION;
  // A throwaway load: no FK triggers (the generator keeps the references right), no fsync, secondary indexes
  // dropped and rebuilt once at the end, which is several times faster than maintaining them row by row.
  await q("", `ALTER SYSTEM SET fsync = off`);
  await q("", `ALTER SYSTEM SET max_wal_size = '16GB'`);
  await q("", `ALTER SYSTEM SET checkpoint_timeout = '1h'`);
  await q("", `SELECT pg_reload_conf()`);
  await q("", `SET session_replication_role = replica`);
  await q("", `SET synchronous_commit = off`);
  await q("", `SET maintenance_work_mem = '1GB'`);
  await q("", `SET work_mem = '256MB'`);
  await q("", `SET max_parallel_maintenance_workers = 2`);
  const big = ["Suggestion", "SuggestionCoSigner", "Assignment", "Communication", "Opinion", "Reply", "ReplyVersion", "Commitment",
    "Feedback", "FollowUp", "Reclassification", "Supervision", "ExtensionRequest", "AuditEvent", "Deputy", "Unit", "User"];
  const { rows: indexes } = await client.query<{ indexname: string; indexdef: string }>(`
    SELECT i.indexname, i.indexdef FROM pg_indexes i
    WHERE i.schemaname = 'public' AND i.tablename = ANY($1)
      AND NOT EXISTS (SELECT 1 FROM pg_constraint c WHERE c.conname = i.indexname)`, [big]);
  for (const i of indexes) await client.query(`DROP INDEX "${i.indexname}"`);

  // r(g, salt): a uniform number in [0, 1) from a hash of the row number: deterministic, and independent per salt.
  await q("", `CREATE OR REPLACE FUNCTION bench_r(g bigint, salt int) RETURNS float8 LANGUAGE sql IMMUTABLE PARALLEL SAFE
    AS $$ SELECT (hashint8extended(g, salt) & 2147483647)::float8 / 2147483648 $$`);

  await q("units", `INSERT INTO "Unit"(id, code, name, kind)
    SELECT 'U' || n, 'P' || lpad((n / ${UNITS_PER_PROVINCE})::text, 2, '0') || '-' || lpad((n % ${UNITS_PER_PROVINCE})::text, 3, '0'),
      (${arr(PROVINCE_NAMES)})[1 + n / ${UNITS_PER_PROVINCE}] || '省承办单位' || (n % ${UNITS_PER_PROVINCE}),
      (CASE WHEN n % ${UNITS_PER_PROVINCE} < 100 THEN 'DEPARTMENT' WHEN n % ${UNITS_PER_PROVINCE} < 120 THEN 'CITY' ELSE 'OTHER' END)::"UnitKind"
    FROM generate_series(0, ${PROVINCES * UNITS_PER_PROVINCE - 1}) n`);
  await q("deputies", `INSERT INTO "Deputy"(id, name, delegation, code)
    SELECT 'D' || n,
      substr('${SURNAMES}', 1 + (bench_r(n, 1) * ${SURNAMES.length})::int % ${SURNAMES.length}, 1)
        || substr('${GIVEN}', 1 + (bench_r(n, 2) * ${GIVEN.length})::int % ${GIVEN.length}, 1)
        || CASE WHEN bench_r(n, 3) < 0.6 THEN substr('${GIVEN}', 1 + (bench_r(n, 4) * ${GIVEN.length})::int % ${GIVEN.length}, 1) ELSE '' END,
      (${arr(PROVINCE_NAMES)})[1 + n / ${DEPUTIES_PER_PROVINCE}] || '省' || (${arr(CITIES)})[1 + n % ${CITIES.length}] || '代表团',
      'DEP' || lpad(n::text, 6, '0')
    FROM generate_series(0, ${PROVINCES * DEPUTIES_PER_PROVINCE - 1}) n`);
  await q("sessions", `INSERT INTO "Session"(id, code, name, year)
    SELECT 'S' || s, 'P' || lpad((s % ${PROVINCES})::text, 2, '0') || '-' || (2017 + s / ${PROVINCES}),
      (${arr(PROVINCE_NAMES)})[1 + s % ${PROVINCES}] || '省人民代表大会' || (2017 + s / ${PROVINCES}) || '年会议', 2017 + s / ${PROVINCES}
    FROM generate_series(0, ${SESSIONS - 1}) s`);
  // One office user, and a handler and a leader per unit (names for the timeline).
  await q("users", `INSERT INTO "User"(id, username, "passwordHash", name, role, "unitId")
    SELECT 'UH' || n, 'h' || n, 'x', '经办人' || n, 'UNIT_HANDLER'::"Role", 'U' || n FROM generate_series(0, ${PROVINCES * UNITS_PER_PROVINCE - 1}) n
    UNION ALL SELECT 'UL' || n, 'l' || n, 'x', '负责人' || n, 'UNIT_LEADER'::"Role", 'U' || n FROM generate_series(0, ${PROVINCES * UNITS_PER_PROVINCE - 1}) n
    UNION ALL SELECT 'OFFICE', 'office', 'x', '办公厅', 'OFFICE'::"Role", NULL`);

  // The plan: one row per suggestion with every decision taken. The last year's sessions are in progress
  // (every state, some overdue, as dashboard-data.ts); earlier years are handled and closed.
  // Lead units are skewed (a few busy units per province); a few deputies are prolific.
  await q("", `DROP TABLE IF EXISTS bench_plan`);
  await q("plan", `CREATE UNLOGGED TABLE bench_plan AS
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
    FROM k`);
  await q("", `ALTER TABLE bench_plan ADD COLUMN signed_at timestamp`);
  await q("", `UPDATE bench_plan SET signed_at = LEAST(assigned_at + (5 + floor(bench_r(g, 24) * 110)) * ${day}, now() - ${day})
    WHERE kind NOT IN ('PENDING', 'WITHDRAWN', 'IN_PROGRESS')`);
  await q("", `CREATE INDEX ON bench_plan(g)`);
  await q("", `ANALYZE bench_plan`);

  await q("suggestions", `INSERT INTO "Suggestion"(id, "sessionId", number, title, content, field, "leadDeputyId", "submittedAt",
      urgent, status, "feedbackDueAt", "closedAt", "closeReason", "withdrawnAt", "createdAt", "updatedAt")
    SELECT 'G' || g, 'S' || s, (1000 + i)::text,
      '关于' || CASE WHEN bench_r(g, 30) < 0.3 THEN (${arr(CITIES)})[1 + (bench_r(g, 31) * ${CITIES.length})::int % ${CITIES.length}] || '市' ELSE '' END
        || (${arr(VERBS)})[1 + (bench_r(g, 32) * ${VERBS.length})::int % ${VERBS.length}] || (${arr(TOPICS)})[1 + topic] || '的建议',
      '近年来，我省在' || (${arr(TOPICS)})[1 + topic] || '方面做了大量工作，取得了一定成效，但仍存在'
        || (${arr(PROBLEMS)})[1 + (bench_r(g, 33) * ${PROBLEMS.length})::int % ${PROBLEMS.length}] || '、'
        || (${arr(PROBLEMS)})[1 + (bench_r(g, 34) * ${PROBLEMS.length})::int % ${PROBLEMS.length}] || '等问题。建议：一是'
        || (${arr(MEASURES)})[1 + (bench_r(g, 35) * ${MEASURES.length})::int % ${MEASURES.length}] || '；二是'
        || (${arr(MEASURES)})[1 + (bench_r(g, 36) * ${MEASURES.length})::int % ${MEASURES.length}] || '；三是'
        || (${arr(MEASURES)})[1 + (bench_r(g, 37) * ${MEASURES.length})::int % ${MEASURES.length}] || '，切实解决群众急难愁盼问题。',
      (${arr(FIELDS)})[1 + (${arr(TOPIC_FIELD)})[1 + topic]],
      'D' || dep_n, assigned_at - (5 + floor(bench_r(g, 38) * 20)) * ${day}, urgent,
      (CASE kind WHEN 'CLOSED2' THEN 'CLOSED' WHEN 'NOFEEDBACK' THEN 'CLOSED' ELSE kind END)::"SuggestionStatus",
      CASE WHEN kind IN ('REPLIED', 'CLOSED', 'NOFEEDBACK') THEN signed_at + 30 * ${day} WHEN kind = 'CLOSED2' THEN signed_at + 55 * ${day} END,
      CASE kind WHEN 'CLOSED' THEN signed_at + 5 * ${day} WHEN 'CLOSED2' THEN signed_at + 30 * ${day} WHEN 'NOFEEDBACK' THEN signed_at + 30 * ${day} END,
      (CASE kind WHEN 'CLOSED' THEN 'FEEDBACK' WHEN 'CLOSED2' THEN 'FEEDBACK' WHEN 'NOFEEDBACK' THEN 'NO_FEEDBACK' END)::"CloseReason",
      CASE WHEN kind = 'WITHDRAWN' THEN assigned_at + 3 * ${day} END,
      assigned_at - 3 * ${day}, COALESCE(signed_at, assigned_at)
    FROM bench_plan`);
  await q("co-signers", `INSERT INTO "SuggestionCoSigner"("suggestionId", "deputyId")
    SELECT 'G' || g, 'D' || (p * ${DEPUTIES_PER_PROVINCE} + (dep_n - p * ${DEPUTIES_PER_PROVINCE} + k * 997 + floor(bench_r(g * 8 + k, 40) * 50)::int) % ${DEPUTIES_PER_PROVINCE})
    FROM bench_plan, generate_series(1, 4) k WHERE k <= n_cosign`);
  // Lead (due 90 days on, 120 with an approved extension; re-handling 35 days after the first signing),
  // an earlier lead reassigned away for 5 %, and co-handling units (0, 1 or 2) other than the lead.
  await q("assignments", `INSERT INTO "Assignment"(id, "suggestionId", "unitId", role, state, "assignedAt", "dueAt", "originalDueAt", "endedAt", "createdById")
    SELECT 'AL' || g, 'G' || g, lead_unit, 'LEAD'::"AssignmentRole", 'ACTIVE'::"AssignmentState", assigned_at,
      CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN signed_at + 35 * ${day}
           WHEN extended THEN assigned_at + 120 * ${day} ELSE assigned_at + 90 * ${day} END,
      assigned_at + 90 * ${day}, NULL::timestamp, 'OFFICE'
    FROM bench_plan WHERE kind <> 'PENDING'
    UNION ALL
    SELECT 'AR' || g, 'G' || g, 'U' || (p * ${UNITS_PER_PROVINCE} + (lead_n - p * ${UNITS_PER_PROVINCE} + 77) % ${UNITS_PER_PROVINCE}), 'LEAD'::"AssignmentRole", 'REASSIGNED'::"AssignmentState",
      assigned_at - 10 * ${day}, assigned_at + 80 * ${day}, assigned_at + 80 * ${day}, assigned_at, 'OFFICE'
    FROM bench_plan WHERE kind <> 'PENDING' AND reassigned
    UNION ALL
    SELECT 'AC' || k || '-' || g, 'G' || g,
      'U' || (p * ${UNITS_PER_PROVINCE} + (lead_n - p * ${UNITS_PER_PROVINCE} + CASE k WHEN 1 THEN 1 ELSE 75 END + floor(bench_r(g * 8 + k, 41) * 74)::int) % ${UNITS_PER_PROVINCE}),
      'CO'::"AssignmentRole", 'ACTIVE'::"AssignmentState", assigned_at, assigned_at + 30 * ${day}, assigned_at + 30 * ${day}, NULL, 'OFFICE'
    FROM bench_plan, generate_series(1, 2) k WHERE kind <> 'PENDING' AND k <= n_co`);
  await q("extension requests", `INSERT INTO "ExtensionRequest"(id, "suggestionId", "assignmentId", "unitId", reason, "requestedDueAt", "toldDeputyAt", state, "decidedAt", "createdAt")
    SELECT 'E' || g, 'G' || g, 'AL' || g, lead_unit, '情况复杂，需协调多个部门', assigned_at + 120 * ${day}, assigned_at + 120 * ${day},
      'APPROVED', assigned_at + 60 * ${day}, assigned_at + 55 * ${day}
    FROM bench_plan WHERE kind NOT IN ('PENDING', 'WITHDRAWN', 'REHANDLING', 'CLOSED2') AND extended`);
  await q("opinions", `INSERT INTO "Opinion"(id, "suggestionId", "assignmentId", "unitId", text, "createdAt")
    SELECT 'O' || a.id, a."suggestionId", a.id, a."unitId", '经研究，我单位同意主办单位意见，并将积极配合做好相关工作。', a."assignedAt" + 20 * ${day}
    FROM "Assignment" a JOIN bench_plan b ON 'G' || b.g = a."suggestionId"
    WHERE a.role = 'CO' AND (b.kind <> 'IN_PROGRESS' OR bench_r(b.g, 42) < 0.66) AND b.kind <> 'WITHDRAWN'`);
  await q("communications", `INSERT INTO "Communication"(id, "suggestionId", "unitId", method, "occurredAt", summary, "createdById", round)
    SELECT 'C' || k || '-' || g, 'G' || g, lead_unit,
      (${arr(["FACE_TO_FACE", "PHONE", "WECHAT", "VIDEO", "VISIT", "MEETING"])})[1 + (bench_r(g * 8 + k, 43) * 6)::int % 6]::"CommunicationMethod",
      assigned_at + (2 + 7 * k) * ${day}, '与代表就' || (${arr(TOPICS)})[1 + topic] || '有关问题进行了沟通，听取了代表意见。', 'UH' || lead_n, 1
    FROM bench_plan, generate_series(1, 2) k WHERE kind NOT IN ('PENDING', 'WITHDRAWN') AND k <= n_comm`);
  // Replies: round 1 signed; drafts for a quarter of those in progress; a second signed round after a
  // dissatisfied rating (CLOSED2). Each reply has one saved version; B and C replies one commitment.
  await q("replies", `INSERT INTO "Reply"(id, "suggestionId", "unitId", round, category, text, state, "submittedAt", "signedAt", "signedById", "createdById", "createdAt", "updatedAt", "publicSummary")
    SELECT 'R1-' || g, 'G' || g, lead_unit, 1, category::"Category",
      '尊敬的代表：您提出的关于' || (${arr(TOPICS)})[1 + topic] || '的建议收悉。经认真研究，现答复如下：我单位高度重视，已会同有关部门制定工作方案，明确责任分工和时间节点，逐项抓好落实。感谢您对我们工作的关心和支持。',
      'SIGNED'::"ReplyState", signed_at - 2 * ${day}, signed_at, 'UL' || lead_n, 'UH' || lead_n, signed_at - 10 * ${day}, signed_at,
      '已就' || (${arr(TOPICS)})[1 + topic] || '制定工作方案并逐项落实。'
    FROM bench_plan WHERE signed_at IS NOT NULL
    UNION ALL
    SELECT 'RD-' || g, 'G' || g, lead_unit, 1, 'B'::"Category", '答复草稿', 'DRAFT'::"ReplyState", NULL, NULL, NULL, 'UH' || lead_n, now() - ${day}, now() - ${day}, NULL
    FROM bench_plan WHERE kind = 'IN_PROGRESS' AND g % 4 = 0
    UNION ALL
    SELECT 'R2-' || g, 'G' || g, lead_unit, 2, 'A'::"Category", '经再次研究办理，现补充答复如下：相关问题已基本解决。', 'SIGNED'::"ReplyState",
      signed_at + 23 * ${day}, signed_at + 25 * ${day}, 'UL' || lead_n, 'UH' || lead_n, signed_at + 15 * ${day}, signed_at + 25 * ${day}, NULL
    FROM bench_plan WHERE kind = 'CLOSED2'`);
  await q("reply versions", `INSERT INTO "ReplyVersion"(id, "replyId", "versionNo", category, text, "createdById", "createdAt")
    SELECT 'V' || id, id, 1, category, text, "createdById", "createdAt" FROM "Reply"`);
  await q("commitments", `INSERT INTO "Commitment"(id, "replyId", text, "dueAt", "doneAt", "createdAt")
    SELECT 'K' || id, id, '年内完成相关工作', "signedAt" + 180 * ${day}, CASE WHEN "signedAt" < now() - 200 * ${day} THEN "signedAt" + 170 * ${day} END, "createdAt"
    FROM "Reply" WHERE state = 'SIGNED' AND category IN ('B', 'C')`);
  await q("follow-ups", `INSERT INTO "FollowUp"(id, "suggestionId", "commitmentId", "unitId", text, completed, "createdById", "createdAt")
    SELECT 'FU' || k.id, r."suggestionId", k.id, r."unitId", '承诺事项正在推进，已完成阶段性工作。', k."doneAt" IS NOT NULL, r."createdById", k."createdAt" + 60 * ${day}
    FROM "Commitment" k JOIN "Reply" r ON r.id = k."replyId" WHERE bench_r(hashtext(k.id), 44) < 0.3`);
  await q("feedback", `INSERT INTO "Feedback"(id, "suggestionId", "replyId", "deputyId", rating, comment, "createdAt")
    SELECT 'F1-' || g, 'G' || g, 'R1-' || g, 'D' || dep_n,
      (CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN 'DISSATISFIED' WHEN bench_r(g, 45) < 0.3 THEN 'BASICALLY_SATISFIED' ELSE 'SATISFIED' END)::"Rating",
      CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN '答复未解决实际问题' END, signed_at + 5 * ${day}
    FROM bench_plan WHERE kind IN ('CLOSED', 'REHANDLING', 'CLOSED2')
    UNION ALL
    SELECT 'F2-' || g, 'G' || g, 'R2-' || g, 'D' || dep_n, 'SATISFIED'::"Rating", NULL, signed_at + 30 * ${day}
    FROM bench_plan WHERE kind = 'CLOSED2'`);
  await q("reclassifications", `INSERT INTO "Reclassification"(id, "suggestionId", "replyId", "fromCategory", "toCategory", evidence, "createdAt")
    SELECT 'RC' || g, 'G' || g, 'R1-' || g, 'B', 'A', '承诺事项已落实', LEAST(signed_at + 120 * ${day}, now())
    FROM bench_plan WHERE kind IN ('CLOSED', 'NOFEEDBACK') AND category = 'B' AND bench_r(g, 46) < 0.2`);
  await q("supervision", `INSERT INTO "Supervision"(id, "suggestionId", "unitId", kind, text, deadline, "createdById", "createdAt")
    SELECT 'SV' || g, 'G' || g, lead_unit, 'NOTICE', '请抓紧办理并按时答复代表。', assigned_at + 80 * ${day}, 'OFFICE', assigned_at + 60 * ${day}
    FROM bench_plan WHERE supervised AND kind <> 'PENDING'`);
  // The audit trail the timeline reads: register, assign, communications, reply draft/submit/sign, feedback.
  await q("audit events", `INSERT INTO "AuditEvent"("actorId", action, entity, "entityId", "suggestionId", "before", "after", "createdAt")
    SELECT 'OFFICE', 'suggestion.register', 'Suggestion', 'G' || g, 'G' || g, NULL::jsonb, jsonb_build_object('number', (1000 + i)::text), assigned_at - 3 * ${day}
    FROM bench_plan
    UNION ALL
    SELECT 'OFFICE', 'suggestion.assign', 'Assignment', 'AL' || g, 'G' || g, NULL, jsonb_build_object('unitId', lead_unit, 'role', 'LEAD'), assigned_at
    FROM bench_plan WHERE kind <> 'PENDING'
    UNION ALL
    SELECT 'UH' || lead_n, 'communication.record', 'Communication', 'C1-' || g, 'G' || g, NULL, NULL, assigned_at + 9 * ${day}
    FROM bench_plan WHERE kind NOT IN ('PENDING', 'WITHDRAWN')
    UNION ALL
    SELECT 'UH' || lead_n, 'reply.submit', 'Reply', 'R1-' || g, 'G' || g, jsonb_build_object('state', 'DRAFT'), jsonb_build_object('state', 'IN_REVIEW'), signed_at - 2 * ${day}
    FROM bench_plan WHERE signed_at IS NOT NULL
    UNION ALL
    SELECT 'UL' || lead_n, 'reply.sign', 'Reply', 'R1-' || g, 'G' || g, jsonb_build_object('state', 'IN_REVIEW'), jsonb_build_object('state', 'SIGNED'), signed_at
    FROM bench_plan WHERE signed_at IS NOT NULL
    UNION ALL
    SELECT NULL, 'feedback.give', 'Feedback', 'F1-' || g, 'G' || g, NULL, NULL, signed_at + 5 * ${day}
    FROM bench_plan WHERE kind IN ('CLOSED', 'REHANDLING', 'CLOSED2')`);

  let started = performance.now();
  for (const i of indexes) await client.query(i.indexdef);
  console.log(`  ${"indexes".padEnd(34)} ${String(indexes.length).padStart(9)}       ${seconds(started)}`);
  await q("", `DROP TABLE bench_plan`);
  await q("", `DROP FUNCTION bench_r`);
  await q("", `RESET session_replication_role`);
  started = performance.now();
  await q("", `VACUUM (ANALYZE)`); // what autovacuum does to a settled database: statistics, visibility map, hint bits
  console.log(`  ${"vacuum analyze".padEnd(34)} ${"".padStart(9)}       ${seconds(started)}`);
  await q("", `ALTER SYSTEM RESET fsync`);
  await q("", `ALTER SYSTEM RESET max_wal_size`);
  await q("", `ALTER SYSTEM RESET checkpoint_timeout`);
  await q("", `SELECT pg_reload_conf()`);
  await q("", `CHECKPOINT`);
}

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
  const { rows: [sessions] } = await client.query<{ n: number }>(`SELECT count(*)::int AS n FROM "Session"`);
  if (!sessions?.n) {
    if (URL_GIVEN) throw new Error(`${URL_GIVEN} holds no data: generate it on the embedded server (--data DIR) first`);
    console.log(`generating ${SESSIONS} sessions × ${PER_SESSION} suggestions …`);
    const genStarted = performance.now();
    await generate(client);
    console.log(`generated in ${seconds(genStarted)}`);
  } else {
    console.log(`reusing the database ${URL_GIVEN ?? `in ${dir}`}`);
    if (migrated.length) await client.query("ANALYZE");
  }
  const { rows: [counts] } = await client.query(`SELECT
    (SELECT count(*) FROM "Suggestion")::int AS suggestions, (SELECT count(*) FROM "SuggestionCoSigner")::int AS "coSigners",
    (SELECT count(*) FROM "Assignment")::int AS assignments, (SELECT count(*) FROM "Communication")::int AS communications,
    (SELECT count(*) FROM "Opinion")::int AS opinions, (SELECT count(*) FROM "Reply")::int AS replies,
    (SELECT count(*) FROM "Feedback")::int AS feedback, (SELECT count(*) FROM "AuditEvent")::int AS "auditEvents",
    (SELECT count(*) FROM "Unit")::int AS units, (SELECT count(*) FROM "Deputy")::int AS deputies,
    pg_size_pretty(pg_database_size(current_database())) AS size`);
  console.log(`data: ${Object.entries(counts).map(([k, v]) => `${k} ${typeof v === "number" ? v.toLocaleString("en") : v}`).join(", ")}`);

  // The actors: the busiest unit (most active lead assignments), the most prolific deputy (lead or co-signer).
  const { rows: [busy] } = await client.query<{ id: string; code: string; lead: number; co: number }>(`
    SELECT u.id, u.code, count(*) FILTER (WHERE a.role = 'LEAD')::int AS lead, count(*) FILTER (WHERE a.role = 'CO')::int AS co
    FROM "Assignment" a JOIN "Unit" u ON u.id = a."unitId" WHERE a.state = 'ACTIVE'
    GROUP BY u.id, u.code ORDER BY lead DESC LIMIT 1`);
  const { rows: [deputy] } = await client.query<{ id: string; lead: number; co: number }>(`
    SELECT d.id, (SELECT count(*) FROM "Suggestion" s WHERE s."leadDeputyId" = d.id)::int AS lead,
      (SELECT count(*) FROM "SuggestionCoSigner" c WHERE c."deputyId" = d.id)::int AS co
    FROM (SELECT "leadDeputyId" AS id FROM "Suggestion" GROUP BY 1 ORDER BY count(*) DESC LIMIT 1) x JOIN "Deputy" d ON d.id = x.id`);
  if (!busy || !deputy) throw new Error("the data has no active assignment or no suggestion");
  const { rows: [session] } = await client.query<{ code: string; n: number }>(`
    SELECT se.code, count(*)::int AS n FROM "Session" se JOIN "Suggestion" s ON s."sessionId" = se.id
    WHERE se.year = (SELECT max(year) FROM "Session") GROUP BY se.code ORDER BY se.code LIMIT 1`);
  // A suggestion with a full history (two rounds, co-handling, supervision), led by the busy unit, of the deputy if possible.
  const { rows: [rich] } = await client.query<{ id: string }>(`
    SELECT s.id FROM "Suggestion" s JOIN "Assignment" a ON a."suggestionId" = s.id AND a.role = 'LEAD' AND a.state = 'ACTIVE'
    WHERE a."unitId" = $1 AND EXISTS (SELECT 1 FROM "Reply" r WHERE r."suggestionId" = s.id AND r.round = 2)
      AND EXISTS (SELECT 1 FROM "Assignment" c WHERE c."suggestionId" = s.id AND c.role = 'CO')
    ORDER BY EXISTS (SELECT 1 FROM "Supervision" v WHERE v."suggestionId" = s.id) DESC, s.id LIMIT 1`, [busy.id]);
  const { rows: [mine] } = await client.query<{ id: string }>(`
    SELECT id FROM "Suggestion" WHERE "leadDeputyId" = $1 AND status = 'CLOSED' ORDER BY id LIMIT 1`, [deputy.id]);
  if (!session || !rich || !mine) throw new Error("the data lacks a session, a suggestion with a full history or a closed one of the deputy");
  console.log(`busy unit ${busy.code}: ${busy.lead} active lead + ${busy.co} co assignments; deputy ${deputy.id}: leads ${deputy.lead}, co-signed ${deputy.co}; session ${session.code}: ${session.n} suggestions\n`);

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
  if (EXPLAIN) (prisma as unknown as { $on(e: "query", cb: (e: Captured) => void): void }).$on("query", (e) => captured?.push({ query: e.query, params: e.params }));

  const { listSuggestions } = await import("../../lib/data/suggestions");
  const { getSuggestionDetail, listSimilarSuggestions } = await import("../../lib/data/suggestion-detail");
  const { getSessionStats } = await import("../../lib/stats/summary");
  const { getUnitTable } = await import("../../lib/stats/unit-table");
  type Query = Parameters<typeof listSuggestions>[1];
  type Actor = Parameters<typeof listSuggestions>[0];

  const office: Actor = { id: "OFFICE", name: "办公厅", username: "office", role: "OFFICE", unitId: null, deputyId: null };
  const handler: Actor = { id: `UH${busy.id.slice(1)}`, name: "经办人", username: "h", role: "UNIT_HANDLER", unitId: busy.id, deputyId: null };
  const dep: Actor = { id: "deputy", name: "代表", username: "deputy", role: "DEPUTY", unitId: null, deputyId: deputy.id };
  const now = new Date();
  const soon = new Date(now.getTime() + 7 * 86_400_000);
  const open = ["IN_PROGRESS", "REHANDLING"] as ("IN_PROGRESS" | "REHANDLING")[];
  const total = (r: unknown) => `total ${(r as { total: number }).total.toLocaleString("en")}`;
  const list = (label: string, actor: Actor, query: Query): Case =>
    ({ label, target: LIST_TARGET_MS, fn: () => listSuggestions(actor, query, now), note: total });
  // The inbox page: four tab counts and the page itself, in parallel, as app/(app)/inbox/page.tsx does.
  const inboxPage = (view: "overdue" | "dueSoon" | "open" | "all", tab: "LEAD" | "CO"): Case => {
    const base = { assignmentRole: tab } as const;
    const views = {
      overdue: { ...base, overdue: true }, dueSoon: { ...base, status: open, dueBefore: soon },
      open: { ...base, status: open }, all: base,
    };
    return {
      label: `unit: inbox page ${tab} ${view} (4 counts + page)`, target: LIST_TARGET_MS, note: total,
      fn: async () => (await Promise.all([
        ...Object.values(views).map((v) => listSuggestions(handler, { ...v, pageSize: 1 }, now)),
        listSuggestions(handler, { ...views[view], pageSize: 20, sort: "number" }, now),
      ]))[4],
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
    list("office: q 养老 (2 characters: no trigram)", office, { q: "养老" }),
    list("office: q 养老 + session", office, { q: "养老", session: session.code }),
    list("office: sort -submittedAt", office, { sort: "-submittedAt" }),
    list("office: sort title", office, { sort: "title" }),
    list("office: deep page 200", office, { page: 200 }),
    list("office: deep page 200, -submittedAt", office, { page: 200, sort: "-submittedAt" }),
    list("office: count only (pageSize 1)", office, { pageSize: 1 }),
    list("office: overdue (all units)", office, { overdue: true }),
    list("unit: default page", handler, {}),
    list("unit: q 养老服务", handler, { q: "养老服务" }),
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
    { label: "office: listSimilarSuggestions", target: LIST_TARGET_MS, fn: () => listSimilarSuggestions(office, rich.id), note: (r) => `${(r as unknown[]).length} found` },
    { label: "stats: getSessionStats (one session)", target: STATS_TARGET_MS, fn: () => getSessionStats({ session: session.code }, now), note: (r) => `total ${(r as { total: number }).total}` },
    { label: "stats: getUnitTable (one session)", target: STATS_TARGET_MS, fn: () => getUnitTable({ session: session.code }, now), note: (r) => `${(r as unknown[]).length} units` },
  ];
  const cases = allCases.filter((c) => !ONLY || c.label.includes(ONLY));

  const load = () => os.loadavg().map((l) => l.toFixed(1)).join(" ");
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
    console.log(`${c.label.padEnd(46)} median ${s.median.toFixed(1).padStart(7)} ms   p95 ${s.p95.toFixed(1).padStart(7)} ms   ${note}${flag}`);
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
    console.log(`| ${r.label} | ${r.median.toFixed(1)} | ${r.p95.toFixed(1)} | < ${r.target} | ${r.note}${r.median < r.target ? "" : " **over target**"} |`);
  }
  console.log(`\nload average after timing: ${load()}`);
  const over = results.filter((r) => r.median >= r.target);
  console.log(over.length ? `\n${over.length} case(s) over target` : `\nevery case under target (list/detail < ${LIST_TARGET_MS} ms, stats < ${STATS_TARGET_MS} ms median)`);
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
