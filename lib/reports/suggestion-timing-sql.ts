import "server-only";
// The SQL of the suggestion export's rows, after the statistics' common table expressions (statsCtes):
// the timing of the first round from \`timed\` (its lead assignment, due date, first signed reply, on time),
// every round's signed / on-time count, the outcome, the latest rating and whether it is overdue now —
// the very definitions the dashboard counts with.
import { Prisma } from "@/lib/generated/prisma/client";

/** Rows for these suggestion ids, in number order; to follow \`statsCtes(filter, now)\`. */
export function timingSql(ids: string[]): Prisma.Sql {
  return Prisma.sql`,
rounds AS (
  SELECT t."suggestionId", count(*)::int AS signed_rounds, count(*) FILTER (WHERE t.on_time)::int AS on_time_rounds
  FROM timed t WHERE t."suggestionId" = ANY(${ids}) GROUP BY t."suggestionId"
)
SELECT sg.id, sg.number, sg.title, sg.field, sg.status::text AS status, d.name AS "leadDeputy", d.delegation,
  lead.name AS "leadUnit", co.names AS "coUnits",
  COALESCE(r1."assignedAt", lead."assignedAt") AS "assignedAt", COALESCE(r1.due_at, lead."dueAt") AS "dueAt",
  r1."signedAt", round((EXTRACT(EPOCH FROM (r1."signedAt" - r1."assignedAt")) / 86400)::numeric, 1)::float8 AS "daysTaken",
  r1.on_time AS "onTime", COALESCE(rd.signed_rounds, 0) AS "signedRounds", COALESCE(rd.on_time_rounds, 0) AS "onTimeRounds",
  lead."dueAt" AS "currentDueAt",
  EXISTS (SELECT 1 FROM overdue_lead ol WHERE ol."suggestionId" = sg.id) AS overdue,
  o.category, lf.rating
FROM "Suggestion" sg
JOIN "Deputy" d ON d.id = sg."leadDeputyId"
LEFT JOIN LATERAL (
  SELECT u.name, a."assignedAt", a."dueAt" FROM "Assignment" a JOIN "Unit" u ON u.id = a."unitId"
  WHERE a."suggestionId" = sg.id AND a.role = 'LEAD' AND a.state = 'ACTIVE' ORDER BY a."assignedAt" DESC LIMIT 1
) lead ON true
LEFT JOIN LATERAL (
  SELECT array_agg(u.name ORDER BY u.code) AS names FROM "Assignment" a JOIN "Unit" u ON u.id = a."unitId"
  WHERE a."suggestionId" = sg.id AND a.role = 'CO' AND a.state = 'ACTIVE'
) co ON true
LEFT JOIN timed r1 ON r1."suggestionId" = sg.id AND r1.round = 1
LEFT JOIN rounds rd ON rd."suggestionId" = sg.id
LEFT JOIN outcome o ON o."suggestionId" = sg.id
LEFT JOIN latest_feedback lf ON lf."suggestionId" = sg.id
WHERE sg.id = ANY(${ids})
ORDER BY sg.number, sg.id`;
}
