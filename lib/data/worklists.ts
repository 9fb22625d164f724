import "server-only";
// The worklists' loaders: the navigation's counts (one statement per caller, every list of the role in it) and
// one list's page. Only the caller's own lists (lib/worklists/names.ts); any other is a 404.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { suggestionScopeKey, suggestionScopeSql } from "@/lib/permissions/suggestion-scope";
import { WORKLIST_ROLES, type WorklistName, worklistsOf } from "@/lib/worklists/names";
import { worklistSql } from "@/lib/worklists/sql";
import { cachedAcrossSessions, type Queryer } from "@/lib/stats/cache";
import { todayInChina } from "@/lib/dates/china-date";
import { isUnitUser, ROLE_GROUPS } from "@/lib/permissions/roles";

export interface WorklistRow {
  suggestionId: string;
  sessionCode: string;
  number: string;
  title: string;
  status: SuggestionStatus;
  /** When the item started waiting (a submission, an assignment, a request); a due date for due lists. */
  at: Date | null;
  dueAt: Date | null;
  unitName: string | null;
  /** REASSIGNMENT / EXTENSION for requests, LEAD / CO for assignments; null otherwise. */
  kind: string | null;
  /** The record the item is about: the reply, the request, the assignment or the suggestion. */
  ref: string;
}

export type WorklistCounts = Partial<Record<WorklistName, number>>;

/** The count of a list; with a cap, it stops reading after cap + 1 rows (a "999+" costs no more than 1,000 rows). */
const counted = (name: WorklistName, actor: Actor, now: Date, cap?: number) => {
  const { sql, withinScope } = worklistSql(name, actor, now);
  return Prisma.sql`(SELECT count(*)::int FROM (SELECT 1 FROM (${sql}) w JOIN "Suggestion" s ON s.id = w.sid
    WHERE ${scopeOf(actor, withinScope)} ${cap === undefined ? Prisma.empty : Prisma.sql`LIMIT ${cap + 1}`}) c)`;
};

/** The caller's scope, unless the list's own query already keeps to it. */
const scopeOf = (actor: Actor, withinScope?: boolean) => (withinScope ? Prisma.sql`TRUE` : suggestionScopeSql(actor));

/** The navigation shows at most this many per list ("999+"), so the count on every page stays cheap at any size. */
export const NAV_COUNT_CAP = 999;

/**
 * How many items wait in each of the caller's lists: one statement, nothing for a role without lists. With `cap`,
 * a count above it is cap + 1.
 */
export async function worklistCounts(actor: Actor, options: { cap?: number; now?: Date } = {}): Promise<WorklistCounts> {
  const names = worklistsOf(actor);
  if (names.length === 0) return {};
  const now = options.now ?? new Date();
  // The names come from WORKLIST_NAMES (letters only), so they are safe as column aliases.
  const count = (which: WorklistName[]) => async (q: Queryer) => {
    const columns = which.map((name) => Prisma.sql`${counted(name, actor, now, options.cap)} AS ${Prisma.raw(`"${name}"`)}`);
    const [row] = await q.$queryRaw<Record<WorklistName, number>[]>`SELECT ${Prisma.join(columns, ", ")}`;
    return Object.fromEntries(which.map((name) => [name, row?.[name] ?? 0])) as WorklistCounts;
  };
  // The office's lists span every session (at a million suggestions ~0.3 s on every page of theirs), depend only on
  // audited writes and on the China day (overdue counts whole days), and are the same for every office user:
  // kept in the statistics cache until any write. A unit's lists are its own assignments (the same for every
  // user of the unit; the busiest unit's read 33,000 blocks on each of its pages), kept likewise: "unopened",
  // which a first look changes without an audit event, moves a version of its own (lib/workflow/opened.ts).
  const day = todayInChina(now);
  const cap = options.cap ?? "all";
  if (names.every((name) => WORKLIST_ROLES[name] === ROLE_GROUPS.office))
    return cachedAcrossSessions(`worklists|${names.join(",")}|${cap}|${day}`, count(names));
  if (!isUnitUser(actor)) return count(names)(db);
  return cachedAcrossSessions(`worklists|${suggestionScopeKey(actor)}|${names.join(",")}|${cap}|${day}`, count(names));
}

/** One page of one of the caller's lists, oldest first (a deputy's own suggestions newest first). */
export async function loadWorklist(
  actor: Actor,
  name: WorklistName,
  paging: { page: number; pageSize: number },
  now: Date = new Date(),
): Promise<{ items: WorklistRow[]; total: number }> {
  if (!worklistsOf(actor).includes(name)) throw notFound();
  const { sql, desc, withinScope } = worklistSql(name, actor, now);
  const order = desc ? Prisma.sql`w.at DESC NULLS LAST, w.ref DESC` : Prisma.sql`w.at ASC NULLS LAST, w.ref ASC`;
  const [items, [count]] = await Promise.all([
    db.$queryRaw<WorklistRow[]>`
      SELECT w.sid AS "suggestionId", se.code AS "sessionCode", s.number, s.title, s.status, w.at, w.due AS "dueAt",
        un.name AS "unitName", w.kind, w.ref
      FROM (${sql}) w JOIN "Suggestion" s ON s.id = w.sid JOIN "Session" se ON se.id = s."sessionId"
      LEFT JOIN "Unit" un ON un.id = w.uid
      WHERE ${scopeOf(actor, withinScope)}
      ORDER BY ${order} LIMIT ${paging.pageSize} OFFSET ${(paging.page - 1) * paging.pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT ${counted(name, actor, now)} AS total`,
  ]);
  return { items, total: count?.total ?? 0 };
}
