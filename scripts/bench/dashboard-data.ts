// Bulk data for the dashboard benchmark: one session of N suggestions in every state, written with plain
// INSERT … SELECT over generate_series (seconds for 10,000). Deterministic: the same N gives the same rows.
// Kinds: 5 % pending, 5 % withdrawn, 25 % in progress (some overdue, some drafts), 15 % replied, 40 % closed,
// 5 % re-handling (dissatisfied), 5 % closed after a second round; reassignments, co-handling units with
// and without opinions, approved extensions, reclassifications B → A, communications.
import pg from "pg";

const day = "interval '1 day'";

export async function generateSession(client: pg.Client, p: { prefix: string; code: string; year: number; n: number }) {
  const { prefix: x, n } = p;
  const q = (sql: string) => client.query(sql);
  await q(`INSERT INTO "Session"(id, code, name, year) VALUES ('${x}S', '${p.code}', '基准会议${p.code}', ${p.year})`);
  await q(`CREATE TEMP TABLE plan_${x} AS SELECT g,
      CASE WHEN g % 100 < 5 THEN 'PENDING' WHEN g % 100 < 10 THEN 'WITHDRAWN' WHEN g % 100 < 35 THEN 'IN_PROGRESS'
           WHEN g % 100 < 50 THEN 'REPLIED' WHEN g % 100 < 90 THEN 'CLOSED' WHEN g % 100 < 95 THEN 'REHANDLING' ELSE 'CLOSED2' END AS kind,
      date_trunc('second', now() - ((g * 13) % 200 + 10) * ${day}) AS assigned_at,
      CASE WHEN (g * 31) % 100 < 39 THEN 'A' WHEN (g * 31) % 100 < 90 THEN 'B' WHEN (g * 31) % 100 < 97 THEN 'C' ELSE 'D' END AS category
    FROM generate_series(1, ${n}) g`);
  await q(`ALTER TABLE plan_${x} ADD COLUMN signed_at timestamp`);
  await q(`UPDATE plan_${x} SET signed_at = LEAST(assigned_at + ((g * 7) % 110 + 5) * ${day}, now() - ${day})
    WHERE kind IN ('REPLIED', 'CLOSED', 'REHANDLING', 'CLOSED2')`);
  await q(`INSERT INTO "Suggestion"(id, "sessionId", number, title, content, field, "leadDeputyId", "submittedAt", status, "updatedAt", urgent)
    SELECT '${x}G' || g, '${x}S', (100000 + g)::text, '关于第' || g || '项民生事项的建议', repeat('建议内容', 50),
      (ARRAY['经济发展','教育','医疗卫生','农业农村','生态环境','交通','社会保障','科技','文化旅游','政务服务','其他'])[1 + g % 11],
      'BD' || (g % 700), assigned_at - 20 * ${day},
      (CASE kind WHEN 'CLOSED2' THEN 'CLOSED' ELSE kind END)::"SuggestionStatus", now(), g % 50 = 0
    FROM plan_${x}`);
  // Lead assignments (due 90 days on, 120 with an approved extension; re-handling: 30 days after the rating).
  await q(`INSERT INTO "Assignment"(id, "suggestionId", "unitId", role, state, "assignedAt", "dueAt", "originalDueAt")
    SELECT '${x}AL' || g, '${x}G' || g, 'BU' || (g % 53), 'LEAD', 'ACTIVE', assigned_at,
      CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN signed_at + 35 * ${day}
           WHEN g % 10 = 3 THEN assigned_at + 120 * ${day} ELSE assigned_at + 90 * ${day} END,
      assigned_at + 90 * ${day}
    FROM plan_${x} WHERE kind <> 'PENDING'`);
  await q(`INSERT INTO "ExtensionRequest"(id, "suggestionId", "assignmentId", "unitId", reason, "requestedDueAt", "toldDeputyAt", state, "decidedAt")
    SELECT '${x}E' || g, '${x}G' || g, '${x}AL' || g, 'BU' || (g % 53), '情况复杂', assigned_at + 120 * ${day}, assigned_at + 120 * ${day},
      'APPROVED', assigned_at + 60 * ${day}
    FROM plan_${x} WHERE kind NOT IN ('PENDING', 'REHANDLING', 'CLOSED2') AND g % 10 = 3`);
  await q(`INSERT INTO "Assignment"(id, "suggestionId", "unitId", role, state, "assignedAt", "dueAt", "originalDueAt", "endedAt")
    SELECT '${x}AR' || g, '${x}G' || g, 'BU' || ((g + 5) % 53), 'LEAD', 'REASSIGNED', assigned_at - 10 * ${day},
      assigned_at + 80 * ${day}, assigned_at + 80 * ${day}, assigned_at
    FROM plan_${x} WHERE kind <> 'PENDING' AND g % 20 = 0`);
  for (const [suffix, offset, where] of [
    ["AC", 11, "g % 5 IN (0, 1)"],
    ["AD", 23, "g % 10 = 0"],
  ] as const) {
    await q(`INSERT INTO "Assignment"(id, "suggestionId", "unitId", role, state, "assignedAt", "dueAt", "originalDueAt")
      SELECT '${x}${suffix}' || g, '${x}G' || g, 'BU' || ((g + ${offset}) % 53), 'CO', 'ACTIVE', assigned_at,
        assigned_at + 30 * ${day}, assigned_at + 30 * ${day}
      FROM plan_${x} WHERE kind <> 'PENDING' AND ${where}`);
    await q(`INSERT INTO "Opinion"(id, "suggestionId", "assignmentId", "unitId", text)
      SELECT '${x}O${suffix}' || g, '${x}G' || g, '${x}${suffix}' || g, 'BU' || ((g + ${offset}) % 53), '会办意见'
      FROM plan_${x} WHERE kind <> 'PENDING' AND ${where} AND g % 3 <> 0`);
  }
  await q(`INSERT INTO "Communication"(id, "suggestionId", "unitId", method, "occurredAt", summary)
    SELECT '${x}C' || g, '${x}G' || g, 'BU' || (g % 53), 'PHONE', assigned_at + 3 * ${day}, '电话沟通'
    FROM plan_${x} WHERE kind NOT IN ('PENDING', 'WITHDRAWN')`);
  // Replies: round 1 signed; drafts in progress; a second signed round after a dissatisfied rating.
  await q(`INSERT INTO "Reply"(id, "suggestionId", "unitId", round, category, text, state, "submittedAt", "signedAt", "updatedAt")
    SELECT '${x}R1' || g, '${x}G' || g, 'BU' || (g % 53), 1, category::"Category", '答复', 'SIGNED'::"ReplyState", signed_at, signed_at, now()
    FROM plan_${x} WHERE signed_at IS NOT NULL
    UNION ALL
    SELECT '${x}RD' || g, '${x}G' || g, 'BU' || (g % 53), 1, 'B'::"Category", '草稿', 'DRAFT'::"ReplyState", NULL::timestamp, NULL::timestamp, now()
    FROM plan_${x} WHERE kind = 'IN_PROGRESS' AND g % 4 = 0
    UNION ALL
    SELECT '${x}R2' || g, '${x}G' || g, 'BU' || (g % 53), 2, 'A'::"Category", '再次答复', 'SIGNED'::"ReplyState", signed_at + 25 * ${day}, signed_at + 25 * ${day}, now()
    FROM plan_${x} WHERE kind = 'CLOSED2'`);
  await q(`INSERT INTO "Feedback"(id, "suggestionId", "replyId", "deputyId", rating, "createdAt")
    SELECT '${x}F1' || g, '${x}G' || g, '${x}R1' || g, 'BD' || (g % 700),
      (CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN 'DISSATISFIED' WHEN g % 3 = 0 THEN 'BASICALLY_SATISFIED' ELSE 'SATISFIED' END)::"Rating",
      signed_at + 5 * ${day}
    FROM plan_${x} WHERE kind IN ('CLOSED', 'REHANDLING', 'CLOSED2')
    UNION ALL
    SELECT '${x}F2' || g, '${x}G' || g, '${x}R2' || g, 'BD' || (g % 700), 'SATISFIED'::"Rating", signed_at + 32 * ${day}
    FROM plan_${x} WHERE kind = 'CLOSED2'`);
  await q(`UPDATE "Suggestion" s SET "closedAt" = p.signed_at + 5 * ${day}, "closeReason" = 'FEEDBACK'
    FROM plan_${x} p WHERE s.id = '${x}G' || p.g AND p.kind IN ('CLOSED', 'CLOSED2')`);
  await q(`INSERT INTO "Reclassification"(id, "suggestionId", "replyId", "fromCategory", "toCategory", evidence, "createdAt")
    SELECT '${x}RC' || g, '${x}G' || g, '${x}R1' || g, 'B', 'A', '已落实', LEAST(signed_at + 60 * ${day}, now())
    FROM plan_${x} WHERE kind = 'CLOSED' AND category = 'B' AND g % 7 = 0`);
}

/** Units (46 departments + 7 cities) and 700 deputies in 12 delegations, shared by every session. */
export async function generateUnitsAndDeputies(client: pg.Client) {
  await client.query(`INSERT INTO "Unit"(id, code, name, kind)
    SELECT 'BU' || g, 'BU' || g, '基准单位' || g, (CASE WHEN g < 46 THEN 'DEPARTMENT' ELSE 'CITY' END)::"UnitKind" FROM generate_series(0, 52) g`);
  await client.query(`INSERT INTO "Deputy"(id, name, delegation)
    SELECT 'BD' || g, '代表' || g, '代表团' || (g % 12) FROM generate_series(0, 699) g`);
}
