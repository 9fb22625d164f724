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
import { timingSql } from "./suggestion-timing-sql";
import type { StatsFilter } from "@/lib/stats/filters";
import { UNCOUNTED_STATUSES } from "@/lib/workflow/states";
import { escapeLike } from "@/lib/data/suggestion-search";

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
  and.push(f.status ? { status: f.status } : { status: { notIn: [...UNCOUNTED_STATUSES] } });
  if (f.unitId) and.push({ assignments: { some: { unitId: f.unitId, state: "ACTIVE" } } });
  if (f.unitKind) and.push({ assignments: { some: { state: "ACTIVE", unit: { kind: f.unitKind } } } });
  if (f.field) and.push({ field: f.field });
  if (f.delegation) and.push({ leadDeputy: { delegation: f.delegation } });
  const term = f.q?.trim();
  if (term) {
    const q = escapeLike(term);
    and.push({
      OR: [
        { title: { contains: q, mode: "insensitive" } },
        { content: { contains: q, mode: "insensitive" } },
        { number: { contains: q, mode: "insensitive" } },
      ],
    });
  }
  return { AND: and };
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
