// The suggestions themselves, their co-signers, their assignments and approved extensions.
import { arr, day, DEPUTIES_PER_PROVINCE, UNITS_PER_PROVINCE, type Query } from "./shape";
import { CITIES, FIELDS, MEASURES, PROBLEMS, TOPIC_FIELD, TOPICS, VERBS } from "./vocabulary";

export async function insertSuggestions(q: Query): Promise<void> {
  await q(
    "suggestions",
    `INSERT INTO "Suggestion"(id, "sessionId", number, title, content, field, "leadDeputyId", "submittedAt",
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
    FROM bench_plan`,
  );
  await q(
    "co-signers",
    `INSERT INTO "SuggestionCoSigner"("suggestionId", "deputyId")
    SELECT 'G' || g, 'D' || (p * ${DEPUTIES_PER_PROVINCE} + (dep_n - p * ${DEPUTIES_PER_PROVINCE} + k * 997 + floor(bench_r(g * 8 + k, 40) * 50)::int) % ${DEPUTIES_PER_PROVINCE})
    FROM bench_plan, generate_series(1, 4) k WHERE k <= n_cosign`,
  );
}

export async function insertAssignments(q: Query): Promise<void> {
  // Lead (due 90 days on, 120 with an approved extension; re-handling 35 days after the first signing),
  // an earlier lead reassigned away for 5 %, and co-handling units (0, 1 or 2) other than the lead.
  await q(
    "assignments",
    `INSERT INTO "Assignment"(id, "suggestionId", "unitId", role, state, "assignedAt", "dueAt", "originalDueAt", "endedAt", "createdById")
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
    FROM bench_plan, generate_series(1, 2) k WHERE kind <> 'PENDING' AND k <= n_co`,
  );
  await q(
    "extension requests",
    `INSERT INTO "ExtensionRequest"(id, "suggestionId", "assignmentId", "unitId", reason, "requestedDueAt", "toldDeputyAt", state, "decidedAt", "createdAt")
    SELECT 'E' || g, 'G' || g, 'AL' || g, lead_unit, '情况复杂，需协调多个部门', assigned_at + 120 * ${day}, assigned_at + 120 * ${day},
      'APPROVED', assigned_at + 60 * ${day}, assigned_at + 55 * ${day}
    FROM bench_plan WHERE kind NOT IN ('PENDING', 'WITHDRAWN', 'REHANDLING', 'CLOSED2') AND extended`,
  );
}
