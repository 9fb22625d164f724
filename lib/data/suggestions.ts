import "server-only";
// Read queries of suggestions, shared by the pages and GET /api/v1/suggestions[/{id}]. Every query is
// scoped with suggestionScope(actor): a suggestion the caller may not see is never returned (404, not 403).
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import type { AssignmentRole, SuggestionStatus } from "@/lib/generated/prisma/enums";
import { isUnitUser } from "@/lib/permissions/roles";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { SUGGESTION_SORTS } from "@/lib/validation/api";

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
  /** Case-insensitive substring of the title, the content or the number (ILIKE, pg_trgm indexes). */
  q?: string;
  urgent?: boolean;
  key?: boolean;
  /** Only suggestions awaiting a signed reply whose active lead due date has passed (`now`)… */
  overdue?: boolean;
  /** …or falls on or before this date (due soon). */
  dueBefore?: Date;
  page?: number;
  pageSize?: number;
  sort?: SuggestionSort;
}

export const MAX_PAGE_SIZE = 100;
const AWAITING_REPLY: SuggestionStatus[] = ["IN_PROGRESS", "REHANDLING"];
const unitSelect = { id: true, code: true, name: true, kind: true } as const;

function listWhere(actor: Actor, query: SuggestionListQuery, now: Date): Prisma.SuggestionWhereInput {
  const and: Prisma.SuggestionWhereInput[] = [suggestionScope(actor)];
  if (query.session) and.push({ session: { code: query.session } });
  if (query.status) and.push({ status: { in: Array.isArray(query.status) ? query.status : [query.status] } });
  if (query.field) and.push({ field: query.field });
  if (query.urgent !== undefined) and.push({ urgent: query.urgent });
  if (query.key !== undefined) and.push({ key: query.key });
  const unit: Prisma.AssignmentWhereInput | null = query.unit
    ? { unit: { OR: [{ code: query.unit }, { id: query.unit }] } }
    : query.assignmentRole && isUnitUser(actor)
      ? { unitId: actor.unitId! }
      : null;
  if (unit) and.push({ assignments: { some: { ...unit, state: "ACTIVE", ...(query.assignmentRole ? { role: query.assignmentRole } : {}) } } });
  if (query.overdue || query.dueBefore) {
    const dueAt = query.overdue ? { lt: now } : { lte: query.dueBefore };
    and.push({ status: { in: AWAITING_REPLY }, assignments: { some: { role: "LEAD", state: "ACTIVE", dueAt } } });
  }
  // Prisma's `contains` is ILIKE '%…%' without escaping: a typed % or _ must match itself.
  const q = query.q?.trim().replace(/[\\%_]/g, (c) => `\\${c}`);
  if (q) {
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

function listOrder(sort: SuggestionSort | undefined): Prisma.SuggestionOrderByWithRelationInput[] {
  if (!sort) return [{ session: { year: "desc" } }, { session: { code: "desc" } }, { number: "asc" }, { id: "asc" }];
  const direction = sort.startsWith("-") ? "desc" : "asc";
  const key = sort.replace(/^-/, "") as "number" | "submittedAt" | "updatedAt" | "status" | "title";
  return [{ [key]: direction }, { id: "asc" }];
}

const listSelect = {
  id: true, number: true, title: true, field: true, status: true, urgent: true, key: true,
  submittedAt: true, updatedAt: true, version: true,
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

/** A page of the suggestions the actor may see, with the total matching count. */
export async function listSuggestions(
  actor: Actor,
  query: SuggestionListQuery = {},
  now: Date = new Date(),
): Promise<{ items: SuggestionListItem[]; total: number }> {
  const page = Math.max(1, Math.floor(query.page ?? 1));
  const pageSize = Math.min(MAX_PAGE_SIZE, Math.max(1, Math.floor(query.pageSize ?? 20)));
  const where = listWhere(actor, query, now);
  const [rows, total] = await Promise.all([
    db.suggestion.findMany({ where, orderBy: listOrder(query.sort), skip: (page - 1) * pageSize, take: pageSize, select: listSelect }),
    db.suggestion.count({ where }),
  ]);
  const items = rows.map(({ assignments, ...row }) => {
    const lead = assignments.find((a) => a.role === "LEAD") ?? null;
    return {
      ...row,
      leadUnit: lead?.unit ?? null,
      dueAt: lead?.dueAt ?? null,
      coUnits: assignments.filter((a) => a.role === "CO").map((a) => a.unit),
      overdue: !!lead && lead.dueAt < now && AWAITING_REPLY.includes(row.status),
    };
  });
  return { items, total };
}

