import "server-only";
// The rows of the suggestion list export, with their timing, read in chunks so that a session of any size
// is exported in bounded memory: each chunk's ids come from a scoped Prisma query (suggestionScope —
// nobody exports what they may not see) paged by cursor in number order; the chunk's timing is then
// computed in SQL from the statistics' own definitions (lib/stats statsCtes: timed, outcome, overdue…),
// so the file agrees with the dashboard to the suggestion.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { resolveFilter, statsCtes } from "@/lib/stats/sql";
import type { StatsFilter } from "@/lib/stats/filters";

export interface SuggestionExportRow {
  id: string;
  number: string;
  title: string;
  field: string;
  status: SuggestionStatus;
  leadDeputy: string;
  delegation: string;
  leadUnit: string | null;
  /** Active co-handling units' names, by unit code. */
  coUnits: string[] | null;
  /**
   * First round: the lead assignment its reply answered, that round's due date (as moved by approved
   * extensions), the first signed reply, the days from assignment to it, and whether it was on time.
   * Until a reply is signed: the current lead assignment's time and due date.
   */
  assignedAt: Date | null;
  dueAt: Date | null;
  signedAt: Date | null;
  daysTaken: number | null;
  onTime: boolean | null;
  /** Every round: first signed replies, and how many were on time (as the on-time rate counts them). */
  signedRounds: number;
  onTimeRounds: number;
  /** The current lead assignment's due date (moved by re-handling and extensions). */
  currentDueAt: Date | null;
  overdue: boolean;
  category: string | null;
  rating: string | null;
}

export interface SuggestionExportFilter extends StatsFilter {
  status?: SuggestionStatus;
  q?: string;
}

export const EXPORT_CHUNK_SIZE = 1000;

/** The suggestions counted by the statistics for this filter (withdrawn ones only when asked for), scoped. */
function exportWhere(actor: Actor, sessionId: string, f: SuggestionExportFilter): Prisma.SuggestionWhereInput {
  const and: Prisma.SuggestionWhereInput[] = [suggestionScope(actor), { sessionId }];
  and.push(f.status ? { status: f.status } : { status: { not: "WITHDRAWN" } });
  if (f.unitId) and.push({ assignments: { some: { unitId: f.unitId, state: "ACTIVE" } } });
  if (f.unitKind) and.push({ assignments: { some: { state: "ACTIVE", unit: { kind: f.unitKind } } } });
  if (f.field) and.push({ field: f.field });
  if (f.delegation) and.push({ leadDeputy: { delegation: f.delegation } });
  const q = f.q?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  if (q) {
    and.push({ OR: [{ title: { contains: q, mode: "insensitive" } }, { content: { contains: q, mode: "insensitive" } }, { number: { contains: q, mode: "insensitive" } }] });
  }
  return { AND: and };
}

function timingSql(ids: string[]): Prisma.Sql {
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

/** How many rows the export will have (for progress and for the overview). */
export async function countSuggestionRows(actor: Actor, filter: SuggestionExportFilter): Promise<number> {
  const resolved = await resolveFilter(filter);
  return db.suggestion.count({ where: exportWhere(actor, resolved.sessionId, filter) });
}

/** The export's rows in chunks of `chunkSize`, in number order. */
export async function* suggestionRowChunks(
  actor: Actor,
  filter: SuggestionExportFilter,
  options: { now?: Date; chunkSize?: number } = {},
): AsyncGenerator<SuggestionExportRow[]> {
  const now = options.now ?? new Date();
  const take = options.chunkSize ?? EXPORT_CHUNK_SIZE;
  const { status: _status, q: _q, ...statsFilter } = filter;
  const resolved = await resolveFilter(statsFilter);
  const where = exportWhere(actor, resolved.sessionId, filter);
  let cursor: string | undefined;
  for (;;) {
    const page = await db.suggestion.findMany({
      where,
      select: { id: true },
      orderBy: [{ number: "asc" }, { id: "asc" }],
      take,
      ...(cursor ? { cursor: { id: cursor }, skip: 1 } : {}),
    });
    if (page.length === 0) return;
    const ids = page.map((p) => p.id);
    yield await db.$queryRaw<SuggestionExportRow[]>(Prisma.sql`${statsCtes(resolved, now)} ${timingSql(ids)}`);
    if (page.length < take) return;
    cursor = ids[ids.length - 1];
  }
}
