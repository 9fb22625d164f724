// The handling: co-handling opinions, talks with the deputies, replies with their versions and commitments.
import { arr, day, type Query } from "./shape";
import { TOPICS } from "./vocabulary";

export async function insertHandling(q: Query): Promise<void> {
  await q(
    "opinions",
    `INSERT INTO "Opinion"(id, "suggestionId", "assignmentId", "unitId", text, "createdAt")
    SELECT 'O' || a.id, a."suggestionId", a.id, a."unitId", '经研究，我单位同意主办单位意见，并将积极配合做好相关工作。', a."assignedAt" + 20 * ${day}
    FROM "Assignment" a JOIN bench_plan b ON 'G' || b.g = a."suggestionId"
    WHERE a.role = 'CO' AND (b.kind <> 'IN_PROGRESS' OR bench_r(b.g, 42) < 0.66) AND b.kind <> 'WITHDRAWN'`,
  );
  await q(
    "communications",
    `INSERT INTO "Communication"(id, "suggestionId", "unitId", method, "occurredAt", summary, "createdById", round)
    SELECT 'C' || k || '-' || g, 'G' || g, lead_unit,
      (${arr(["FACE_TO_FACE", "PHONE", "WECHAT", "VIDEO", "VISIT", "MEETING"])})[1 + (bench_r(g * 8 + k, 43) * 6)::int % 6]::"CommunicationMethod",
      assigned_at + (2 + 7 * k) * ${day}, '与代表就' || (${arr(TOPICS)})[1 + topic] || '有关问题进行了沟通，听取了代表意见。', 'UH' || lead_n, 1
    FROM bench_plan, generate_series(1, 2) k WHERE kind NOT IN ('PENDING', 'WITHDRAWN') AND k <= n_comm`,
  );
  // Replies: round 1 signed; drafts for a quarter of those in progress; a second signed round after a
  // dissatisfied rating (CLOSED2). Each reply has one saved version; B and C replies one commitment.
  await q(
    "replies",
    `INSERT INTO "Reply"(id, "suggestionId", "unitId", round, category, text, state, "submittedAt", "signedAt", "signedById", "createdById", "createdAt", "updatedAt", "publicSummary")
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
    FROM bench_plan WHERE kind = 'CLOSED2'`,
  );
  await q(
    "reply versions",
    `INSERT INTO "ReplyVersion"(id, "replyId", "versionNo", category, text, "createdById", "createdAt")
    SELECT 'V' || id, id, 1, category, text, "createdById", "createdAt" FROM "Reply"`,
  );
  await q(
    "commitments",
    `INSERT INTO "Commitment"(id, "replyId", text, "dueAt", "doneAt", "createdAt")
    SELECT 'K' || id, id, '年内完成相关工作', "signedAt" + 180 * ${day}, CASE WHEN "signedAt" < now() - 200 * ${day} THEN "signedAt" + 170 * ${day} END, "createdAt"
    FROM "Reply" WHERE state = 'SIGNED' AND category IN ('B', 'C')`,
  );
}

/** What a unit acted on it has opened: migration opened_by_act's function, as its trigger does for every act. */
export async function openActedAssignments(q: Query): Promise<void> {
  await q("assignments opened by their acts", `SELECT open_acted_assignments()`);
}
