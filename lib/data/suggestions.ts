import "server-only";
// Read queries of suggestions, shared by the pages and GET /api/v1/suggestions[/{id}]. Every query is
// scoped with suggestionScope(actor): a suggestion the caller may not see is never returned (404, not 403).
//
// At scale (SPEC §9: a million suggestions) the list is two steps. Which ids, in which order, and how many
// are answered in SQL (suggestionScopeSql and the filters below, written so that PostgreSQL can use the
// indexes); the page's rows are then loaded by id through Prisma, still scoped (suggestionScope, or for a unit its
// active assignments on the rows).
// The default order (newest session first, then by number) is paged session by session: one grouped count
// gives the total and the number of matches in each session, so the page is read from the one or two
// sessions it falls in (index on sessionId, number) instead of sorting every match of every session.
import { db, type Tx } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentRole, SuggestionStatus } from "@/lib/generated/prisma/enums";
import { isUnitUser } from "@/lib/permissions/roles";
import { suggestionScope, suggestionScopeKey, suggestionScopeSql, unitHasActiveAssignment } from "@/lib/permissions/suggestion-scope";
import { todayInChina } from "@/lib/dates/china-date";
import { suggestionTextSearchSql } from "./suggestion-search";
import { SUGGESTION_SORTS } from "@/lib/validation/api";
import { cachedAcrossSessions, type Queryer } from "@/lib/stats/cache";
import { coOpinionMissingSql, isDutyOverdue, pastDueSql } from "@/lib/stats/due";
import { HANDLING_STATUSES, keepIn } from "@/lib/workflow/states";

export { SUGGESTION_SORTS };
export type SuggestionSort = (typeof SUGGESTION_SORTS)[number];

export interface SuggestionListQuery {
  /** Session code, e.g. "13-5". */
  session?: string;
  status?: SuggestionStatus | SuggestionStatus[];
  /** Unit code (or id): suggestions with an active assignment to it. */
  unit?: string;
  /** With `unit` (or, for a unit user, their own unit): only lead or only co assignments (inbox tabs). */
  assignmentRole?: AssignmentRole;
  field?: string;
  /** Case-insensitive substring of the title, the content or the number (ILIKE semantics; lib/data/suggestion-search.ts). */
  q?: string;
  urgent?: boolean;
  key?: boolean;
  /**
   * Only suggestions awaiting a signed reply whose active lead due day is over (`now`); with assignmentRole,
   * the unit's own assignment: for CO, its opinion's due day is over and it has given none…
   */
  overdue?: boolean;
  /** …or falls on or before this date (due soon). */
  dueBefore?: Date;
  page?: number;
  pageSize?: number;
  sort?: SuggestionSort;
}

export const MAX_PAGE_SIZE = 100;
const unitSelect = { id: true, code: true, name: true, kind: true } as const;
/** A JS date as a UTC `timestamp` (the columns are timestamp(3) holding UTC), whatever the server's TimeZone. */
const utc = (date: Date) => Prisma.sql`${date}::timestamp`;

/**
 * The WHERE condition (on `"Suggestion" s`) of a list query, or null when nothing can match (an unknown unit,
 * contradictory statuses). Each filter is an index-friendly form: session by its id, statuses once,
 * assignments as `s.id IN (…)` semi-joins that PostgreSQL can start from the unit's assignments.
 */
async function listCondition(actor: Actor, query: SuggestionListQuery, now: Date): Promise<Prisma.Sql | null> {
  const and: Prisma.Sql[] = [];
  if (query.session) and.push(Prisma.sql`s."sessionId" = (SELECT se.id FROM "Session" se WHERE se.code = ${query.session})`);
  const due = query.overdue || query.dueBefore;
  let statuses = query.status === undefined ? null : Array.isArray(query.status) ? query.status : [query.status];
  // Only suggestions awaiting a signed reply can be overdue or due soon.
  if (due) statuses = statuses ? keepIn(statuses, HANDLING_STATUSES) : [...HANDLING_STATUSES];
  if (statuses) {
    if (statuses.length === 0) return null;
    and.push(Prisma.sql`s.status IN (${Prisma.join([...new Set(statuses)].map((st) => Prisma.sql`${st}::"SuggestionStatus"`))})`);
  }
  if (query.field) and.push(Prisma.sql`s.field = ${query.field}`);
  if (query.urgent !== undefined) and.push(Prisma.sql`s.urgent = ${query.urgent}`);
  if (query.key !== undefined) and.push(Prisma.sql`s.key = ${query.key}`);

  // "Past due" (overdue: its China day is over, lib/stats/due.ts) or "due on or before" (due soon), of a due date.
  const dueCheck = (dueAt: Prisma.Sql) => (query.overdue ? pastDueSql(dueAt, now) : Prisma.sql`${dueAt} <= ${utc(query.dueBefore!)}`);
  // `unit` (a code or an id) or, for a unit user asking for lead or co work, their own unit.
  const unitIds = query.unit
    ? (await db.unit.findMany({ where: { OR: [{ code: query.unit }, { id: query.unit }] }, select: { id: true } })).map((u) => u.id)
    : query.assignmentRole && isUnitUser(actor)
      ? [actor.unitId!]
      : null;
  if (unitIds?.length === 0) return null;
  // A suggestion has one active lead assignment, so "the unit leads it" and "its lead is past due" are one row.
  // A co unit's duty is its own opinion, due on its own date (rule 8), and done once it has given it.
  const dueOnUnit = !!due && !!unitIds && !!query.assignmentRole;
  if (unitIds) {
    const role = query.assignmentRole ? Prisma.sql` AND ua.role = ${query.assignmentRole}::"AssignmentRole"` : Prisma.empty;
    const open = query.assignmentRole === "CO" ? Prisma.sql` AND ${coOpinionMissingSql("ua")}` : Prisma.empty;
    const dueAt = dueOnUnit ? Prisma.sql` AND ${dueCheck(Prisma.sql`ua."dueAt"`)}${open}` : Prisma.empty;
    and.push(Prisma.sql`s.id IN (SELECT ua."suggestionId" FROM "Assignment" ua
      WHERE ua."unitId" IN (${Prisma.join(unitIds)}) AND ua.state = 'ACTIVE'${role}${dueAt})`);
  }
  if (due && !dueOnUnit) {
    // The one active lead's due date, looked up per suggestion awaiting a reply (a few per cent of them) by the
    // one-active-lead index; as an EXISTS the planner would rather hash every active lead assignment.
    const lead = Prisma.sql`(SELECT la."dueAt" FROM "Assignment" la WHERE la."suggestionId" = s.id AND la.role = 'LEAD' AND la.state = 'ACTIVE')`;
    and.push(dueCheck(lead));
  }
  // The unit filter on the user's own unit already implies the unit user's scope.
  const ownUnitOnly = isUnitUser(actor) && unitIds?.length === 1 && unitIds[0] === actor.unitId;
  if (!ownUnitOnly) and.unshift(suggestionScopeSql(actor));

  // A substring of title, content or number, as ILIKE '%…%' (lib/data/suggestion-search.ts: n-gram and trigram indexes).
  const q = query.q?.trim();
  if (q) and.push(suggestionTextSearchSql(q));
  return and.length ? Prisma.join(and, " AND ") : Prisma.sql`TRUE`;
}

const SORT_COLUMNS: Record<string, Prisma.Sql> = {
  number: Prisma.sql`s.number`,
  submittedAt: Prisma.sql`s."submittedAt"`,
  updatedAt: Prisma.sql`s."updatedAt"`,
  status: Prisma.sql`s.status`,
  title: Prisma.sql`s.title`,
};

interface IdPage {
  ids: string[];
  total: number;
}

/**
 * Up to this many matches, a sorted page is taken by sorting all of them (bounded work); beyond, PostgreSQL may
 * walk the sort key's index and stop at the page, which is quick because so many rows match. (Left to itself,
 * the planner also walks the index for a few hundred matches it overestimates, and reads a million rows.)
 */
const SORT_ALL_MATCHES_UP_TO = 10_000;

/**
 * An explicit sort (each sort key has an index for the long lists). The count and the page sorted from at most
 * SORT_ALL_MATCHES_UP_TO + 1 matches run in parallel; when the count says there were more, the page is read
 * again by walking the sort key's index.
 */
async function pageBySort(where: Prisma.Sql, sort: SuggestionSort, skip: number, take: number): Promise<IdPage> {
  const column = SORT_COLUMNS[sort.replace(/^-/, "")];
  const direction = Prisma.raw(sort.startsWith("-") ? "DESC" : "ASC");
  const [[count], sorted] = await Promise.all([
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total FROM "Suggestion" s WHERE ${where}`,
    db.$queryRaw<{ id: string }[]>`WITH m AS MATERIALIZED (
        SELECT s.id, ${column} AS k FROM "Suggestion" s WHERE ${where} LIMIT ${SORT_ALL_MATCHES_UP_TO + 1})
      SELECT id FROM m ORDER BY k ${direction}, id ASC LIMIT ${take} OFFSET ${skip}`,
  ]);
  const total = count?.total ?? 0;
  if (skip >= total) return { ids: [], total };
  if (total <= SORT_ALL_MATCHES_UP_TO) return { ids: sorted.map((r) => r.id), total };
  const rows = await db.$queryRaw<{ id: string }[]>`SELECT s.id FROM "Suggestion" s WHERE ${where}
    ORDER BY ${column} ${direction}, s.id ASC LIMIT ${take} OFFSET ${skip}`;
  return { ids: rows.map((r) => r.id), total };
}

/**
 * The default order: session year and code descending, then number and id. The matches are counted per
 * session (that is the total too); the page is then read from the sessions it falls in only. With `keepKey`
 * the page (its ids and the total) is kept in the statistics cache under that key and the page's place: both
 * are computed in one snapshot and change only as the key says (listSuggestions).
 */
function pageBySession(where: Prisma.Sql, skip: number, take: number, keepKey?: string): Promise<IdPage> {
  const place = (q: Queryer) => placeBySession(q, where, skip, take);
  return keepKey ? cachedAcrossSessions(`${keepKey}|${skip}|${take}`, place) : place(db);
}

async function placeBySession(q: Queryer, where: Prisma.Sql, skip: number, take: number): Promise<IdPage> {
  const groups = await q.$queryRaw<{ id: string; n: number }[]>`
    SELECT g."sessionId" AS id, g.n FROM (
      SELECT s."sessionId", count(*)::int AS n FROM "Suggestion" s WHERE ${where} GROUP BY s."sessionId"
    ) g JOIN "Session" se ON se.id = g."sessionId"
    ORDER BY se.year DESC, se.code DESC`;
  let total = 0;
  let before = 0;
  const sessions: string[] = [];
  for (const g of groups) {
    if (total + g.n > skip && total < skip + take) {
      if (sessions.length === 0) before = total;
      sessions.push(g.id);
    }
    total += g.n;
  }
  if (sessions.length === 0) return { ids: [], total };
  const rows =
    sessions.length === 1
      ? await q.$queryRaw<{ id: string }[]>`SELECT s.id FROM "Suggestion" s WHERE ${where} AND s."sessionId" = ${sessions[0]}
          ORDER BY s.number ASC, s.id ASC LIMIT ${take} OFFSET ${skip - before}`
      : await q.$queryRaw<{ id: string }[]>`SELECT s.id FROM "Suggestion" s WHERE ${where} AND s."sessionId" IN (${Prisma.join(sessions)})
          ORDER BY CASE s."sessionId" ${Prisma.join(
            sessions.map((id, i) => Prisma.sql`WHEN ${id} THEN ${i}::int`),
            " ",
          )} END,
            s.number ASC, s.id ASC LIMIT ${take} OFFSET ${skip - before}`;
  return { ids: rows.map((r) => r.id), total };
}

const listSelect = {
  id: true,
  number: true,
  title: true,
  field: true,
  status: true,
  urgent: true,
  key: true,
  submittedAt: true,
  updatedAt: true,
  version: true,
  session: { select: { id: true, code: true, name: true, year: true } },
  leadDeputy: { select: { id: true, name: true, delegation: true } },
  assignments: {
    where: { state: "ACTIVE" },
    orderBy: [{ role: "asc" }, { assignedAt: "asc" }],
    select: { id: true, role: true, assignedAt: true, dueAt: true, unit: { select: unitSelect } },
  },
} satisfies Prisma.SuggestionSelect;

type ListRow = Prisma.SuggestionGetPayload<{ select: typeof listSelect }>;

export type SuggestionListItem = Omit<ListRow, "assignments"> & {
  leadUnit: ListRow["assignments"][number]["unit"] | null;
  /** The active lead assignment's (approved) due date. */
  dueAt: Date | null;
  coUnits: ListRow["assignments"][number]["unit"][];
  /** Awaiting a signed reply past the lead due date. */
  overdue: boolean;
};

/**
 * How many suggestions the actor may see match each query (its page, size and sort ignored): one statement,
 * for a page that shows several counts (the inbox's views) without reading a page of each.
 */
export async function countSuggestions(
  actor: Actor,
  queries: SuggestionListQuery[],
  now: Date = new Date(),
  client: Pick<Tx, "$queryRaw"> = db,
): Promise<number[]> {
  const conditions = await Promise.all(queries.map((query) => listCondition(actor, query, now)));
  const counts = conditions.map((where) => (where ? Prisma.sql`(SELECT count(*)::int FROM "Suggestion" s WHERE ${where})` : Prisma.sql`0`));
  if (counts.length === 0) return [];
  const [row] = await client.$queryRaw<{ n: number[] }[]>`SELECT ARRAY[${Prisma.join(counts)}]::int[] AS n`;
  return row?.n ?? counts.map(() => 0);
}

/**
 * A page of the suggestions the actor may see, with the total matching count. `keepPage`: in the default order
 * and without a search term, which suggestions match, and so the page and the per-session counts that place it,
 * change only by audited writes and with the China day (overdue), so they are kept in the statistics cache under
 * the caller's scope, the filters, the day and the page. The office's list of a 10,000-suggestion session
 * counted them on every view, 3 ms of PostgreSQL's time, and a busy unit's inbox page read its 8,300 lead
 * assignments, 5 ms (issue 12). A search is answered each time, so that typed terms do not fill the cache. The
 * rows themselves are read fresh: they show more than which suggestions match.
 */
export async function listSuggestions(
  actor: Actor,
  query: SuggestionListQuery = {},
  now: Date = new Date(),
  { keepPage = false }: { keepPage?: boolean } = {},
): Promise<{ items: SuggestionListItem[]; total: number }> {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? 20)));
  const where = await listCondition(actor, query, now);
  if (!where) return { items: [], total: 0 };
  const skip = (page - 1) * pageSize;
  const { page: _page, pageSize: _pageSize, ...filters } = query;
  const keepKey =
    keepPage && !query.q?.trim() ? `list-page|${suggestionScopeKey(actor)}|${todayInChina(now)}|${JSON.stringify(filters)}` : undefined;
  const { ids, total } = query.sort
    ? await pageBySort(where, query.sort, skip, pageSize)
    : await pageBySession(where, skip, pageSize, keepKey);
  // Still scoped, although the ids were: a unit's scope is checked on the rows' active assignments (same rule).
  const unit = isUnitUser(actor);
  const found = ids.length
    ? await db.suggestion.findMany({ where: { AND: [{ id: { in: ids } }, unit ? {} : suggestionScope(actor)] }, select: listSelect })
    : [];
  const visible = unit ? found.filter((row) => unitHasActiveAssignment(actor, row.assignments)) : found;
  const byId = new Map(visible.map((row) => [row.id, row]));
  const rows = ids.map((id) => byId.get(id)).filter((row): row is ListRow => row !== undefined);
  const items = rows.map(({ assignments, ...row }) => {
    const lead = assignments.find((a) => a.role === "LEAD") ?? null;
    return {
      ...row,
      leadUnit: lead?.unit ?? null,
      dueAt: lead?.dueAt ?? null,
      coUnits: assignments.filter((a) => a.role === "CO").map((a) => a.unit),
      overdue: !!lead && isDutyOverdue(lead, row.status, now),
    };
  });
  return { items, total };
}
