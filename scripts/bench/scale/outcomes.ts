// What follows a reply: follow-ups, feedback, reclassifications, supervision, and the audit trail.
import { day, type Query } from "./shape";

export async function insertOutcomes(q: Query): Promise<void> {
  await q(
    "follow-ups",
    `INSERT INTO "FollowUp"(id, "suggestionId", "commitmentId", "unitId", text, completed, "createdById", "createdAt")
    SELECT 'FU' || k.id, r."suggestionId", k.id, r."unitId", '承诺事项正在推进，已完成阶段性工作。', k."doneAt" IS NOT NULL, r."createdById", k."createdAt" + 60 * ${day}
    FROM "Commitment" k JOIN "Reply" r ON r.id = k."replyId" WHERE bench_r(hashtext(k.id), 44) < 0.3`,
  );
  await q(
    "feedback",
    `INSERT INTO "Feedback"(id, "suggestionId", "replyId", "deputyId", rating, comment, "createdAt")
    SELECT 'F1-' || g, 'G' || g, 'R1-' || g, 'D' || dep_n,
      (CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN 'DISSATISFIED' WHEN bench_r(g, 45) < 0.3 THEN 'BASICALLY_SATISFIED' ELSE 'SATISFIED' END)::"Rating",
      CASE WHEN kind IN ('REHANDLING', 'CLOSED2') THEN '答复未解决实际问题' END, signed_at + 5 * ${day}
    FROM bench_plan WHERE kind IN ('CLOSED', 'REHANDLING', 'CLOSED2')
    UNION ALL
    SELECT 'F2-' || g, 'G' || g, 'R2-' || g, 'D' || dep_n, 'SATISFIED'::"Rating", NULL, signed_at + 30 * ${day}
    FROM bench_plan WHERE kind = 'CLOSED2'`,
  );
  await q(
    "reclassifications",
    `INSERT INTO "Reclassification"(id, "suggestionId", "replyId", "fromCategory", "toCategory", evidence, "createdAt")
    SELECT 'RC' || g, 'G' || g, 'R1-' || g, 'B', 'A', '承诺事项已落实', LEAST(signed_at + 120 * ${day}, now())
    FROM bench_plan WHERE kind IN ('CLOSED', 'NOFEEDBACK') AND category = 'B' AND bench_r(g, 46) < 0.2`,
  );
  await q(
    "supervision",
    `INSERT INTO "Supervision"(id, "suggestionId", "unitId", kind, text, deadline, "createdById", "createdAt")
    SELECT 'SV' || g, 'G' || g, lead_unit, 'NOTICE', '请抓紧办理并按时答复代表。', assigned_at + 80 * ${day}, 'OFFICE', assigned_at + 60 * ${day}
    FROM bench_plan WHERE supervised AND kind <> 'PENDING'`,
  );
  // The audit trail the timeline reads: register, assign, communications, reply draft/submit/sign, feedback.
  await q(
    "audit events",
    `INSERT INTO "AuditEvent"("actorId", action, entity, "entityId", "suggestionId", "before", "after", "createdAt")
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
    FROM bench_plan WHERE kind IN ('CLOSED', 'REHANDLING', 'CLOSED2')`,
  );
}
