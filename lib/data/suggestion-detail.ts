import "server-only";
import { cache } from "react";
// The full detail of one suggestion (page and GET /api/v1/suggestions/{id}): every relation in one query
// per relation (Prisma include), plus the timeline from the audit events and the names of the people in it.
// What each role sees:
//  - OFFICE, LEADER, ADMIN: everything.
//  - a unit user (the suggestion is assigned to their unit): everything, except replies of other units that
//    are not signed yet (and their versions and audit events).
//  - a deputy: the suggestion, the units handling it, communications, SIGNED replies (without internal
//    versions or review comments), feedback, follow-ups and reclassifications; no co-handling opinions,
//    supervision notices or internal requests; a timeline of those events without their before/after data.
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Category, Role } from "@/lib/generated/prisma/enums";
import { isDeputy, isUnitUser, seesEverything } from "@/lib/permissions/roles";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { nameAtFrom, unitNameRows } from "./unit-names";
import { keyReportOrder, keyReportSelect } from "./key-panel";
import { similarTitleCandidates } from "./similar-titles";
import { cachedAcrossSessions } from "@/lib/stats/cache";

const unitSelect = { id: true, code: true, name: true, kind: true } as const;
const none = { id: { in: [] as string[] } };

function detailInclude(actor: Actor) {
  const deputy = isDeputy(actor);
  const internal = !deputy; // opinions, supervisions, requests, reply versions
  const replyWhere: Prisma.ReplyWhereInput = seesEverything(actor)
    ? {}
    : isUnitUser(actor)
      ? { OR: [{ state: "SIGNED" }, { unitId: actor.unitId! }] }
      : { state: "SIGNED" };
  return {
    session: { select: { id: true, code: true, name: true, year: true, replyDays: true } },
    leadDeputy: { select: { id: true, name: true, delegation: true, code: true } },
    coSigners: { where: { removedAt: null }, select: { deputy: { select: { id: true, name: true, delegation: true, code: true } } } },
    keyLeader: { select: { id: true, name: true } },
    mergeGroup: {
      select: {
        id: true,
        note: true,
        leadUnit: { select: unitSelect },
        suggestions: { where: internal ? {} : none, select: { id: true, number: true, title: true } },
      },
    },
    assignments: { include: { unit: { select: unitSelect } }, orderBy: [{ assignedAt: "asc" }, { id: "asc" }] },
    communications: { include: { unit: { select: unitSelect } }, orderBy: [{ occurredAt: "asc" }, { id: "asc" }] },
    opinions: { where: internal ? {} : none, include: { unit: { select: unitSelect } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    replies: {
      where: replyWhere,
      include: {
        // With the unit's names over time: a signed reply shows the name its unit had at signing.
        unit: { select: { ...unitSelect, names: unitNameRows } },
        versions: { where: internal ? {} : none, orderBy: { versionNo: "asc" } },
        commitments: { where: { removedAt: null }, orderBy: [{ dueAt: "asc" }, { id: "asc" }] },
      },
      orderBy: [{ round: "asc" }, { createdAt: "asc" }, { id: "asc" }],
    },
    feedback: { include: { deputy: { select: { id: true, name: true } } }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    followUps: {
      include: { unit: { select: unitSelect }, commitment: { select: { id: true, text: true, dueAt: true } } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    },
    reclassifications: { orderBy: [{ createdAt: "asc" }, { id: "asc" }] },
    keyProgressReports: { where: internal ? {} : none, select: keyReportSelect, orderBy: keyReportOrder },
    supervisions: {
      where: internal ? {} : none,
      include: { unit: { select: unitSelect } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    },
    reassignmentRequests: {
      where: internal ? {} : none,
      include: { unit: { select: unitSelect }, newUnit: { select: unitSelect } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    },
    extensionRequests: {
      where: internal ? {} : none,
      include: { unit: { select: unitSelect } },
      orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    },
  } satisfies Prisma.SuggestionInclude;
}

export interface PersonRef {
  id: string;
  name: string;
  role: Role;
}

export interface TimelineEntry {
  id: string;
  at: Date;
  /** e.g. "suggestion.assign", "reply.sign": pages translate it. */
  action: string;
  entity: string;
  entityId: string;
  actor: PersonRef | null;
  before?: unknown;
  after?: unknown;
}

/** Entities whose events a deputy sees (their before/after data never). */
const DEPUTY_ENTITIES = new Set([
  "Suggestion",
  "Assignment",
  "Communication",
  "Reply",
  "Commitment",
  "Feedback",
  "FollowUp",
  "Reclassification",
]);
const replyIdOf = (value: unknown) =>
  value && typeof value === "object" && "replyId" in value ? String((value as { replyId: unknown }).replyId) : null;

type Row = Prisma.SuggestionGetPayload<{ include: ReturnType<typeof detailInclude> }>;

interface TimelineRow {
  id: bigint;
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string;
  before: Prisma.JsonValue;
  after: Prisma.JsonValue;
  createdAt: Date;
  actorName: string | null;
  actorRole: Role | null;
}

type ReplyRow = Row["replies"][number];

export type SuggestionDetail = Omit<Row, "replies" | "supervisions"> & {
  replies: (Omit<ReplyRow, "unit"> & { unit: Omit<ReplyRow["unit"], "names">; signedBy: PersonRef | null })[];
  supervisions: (Row["supervisions"][number] & { createdBy: PersonRef | null })[];
  timeline: TimelineEntry[];
};

// One load per request (issue 12): the page's generateMetadata and the page itself both ask for the detail.
// React's cache lives for one server request; outside a render (API routes, tests) it memoizes nothing.
const detailsOfRequest = cache(() => new Map<string, Promise<SuggestionDetail | null>>());

/** The full detail of a suggestion the actor may see, or null (not found, or not theirs to see). */
export function getSuggestionDetail(actor: Actor, id: string): Promise<SuggestionDetail | null> {
  const memo = detailsOfRequest();
  const key = `${JSON.stringify(actor)}|${id}`;
  let detail = memo.get(key);
  if (!detail) {
    detail = loadSuggestionDetail(actor, id);
    memo.set(key, detail);
  }
  return detail;
}

/**
 * The suggestion with its relations, in two statements, not one: PostgreSQL's parse and plan time grows faster
 * than the number of joined relations, and one statement of all 31 cost it ~19 ms per view against ~6 ms for
 * these two halves (issue 12). Two statements see two moments: when an act on the suggestion (each moves its
 * version) came between them, they are read again, so that the halves agree.
 */
async function loadRow(actor: Actor, id: string): Promise<Row | null> {
  const { opinions, replies, followUps, supervisions, reassignmentRequests, extensionRequests, keyProgressReports, ...head } =
    detailInclude(actor);
  const tail = {
    version: true,
    opinions,
    replies,
    followUps,
    supervisions,
    reassignmentRequests,
    extensionRequests,
    keyProgressReports,
  } as const;
  const where = { AND: [{ id }, suggestionScope(actor)] };
  for (let attempt = 1; ; attempt++) {
    const [first, second] = await Promise.all([
      db.suggestion.findFirst({ where, include: head }),
      db.suggestion.findFirst({ where, select: tail }),
    ]);
    if (!first || !second) return null;
    if (first.version === second.version || attempt === 3) return { ...first, ...second };
  }
}

async function loadSuggestionDetail(actor: Actor, id: string): Promise<SuggestionDetail | null> {
  const row = await loadRow(actor, id);
  if (!row) return null;
  const deputy = isDeputy(actor);
  const visibleReplies = new Set(row.replies.map((r) => r.id));
  // With the name of each event's actor in the same statement: a statement costs the app's one thread more
  // than the rows it brings (issue 12).
  const events = await db.$queryRaw<TimelineRow[]>`
    SELECT e.id, e."actorId", e.action, e.entity, e."entityId", e.before, e.after, e."createdAt",
      u.name AS "actorName", u.role::text AS "actorRole"
    FROM "AuditEvent" e LEFT JOIN "User" u ON u.id = e."actorId"
    WHERE e."suggestionId" = ${id}
    ORDER BY e."createdAt" ASC, e.id ASC`;
  const visible = events.filter((e) => {
    const replyId = e.entity === "Reply" ? e.entityId : (replyIdOf(e.after) ?? replyIdOf(e.before));
    if ((e.entity === "Reply" || e.entity === "ReplyVersion" || e.entity === "Commitment") && replyId && !visibleReplies.has(replyId)) {
      return false;
    }
    if (!deputy) return true;
    if (!DEPUTY_ENTITIES.has(e.entity)) return false;
    return e.entity !== "Reply" || e.action.includes("sign");
  });

  const people = new Map<string, PersonRef>();
  for (const e of events)
    if (e.actorId && e.actorName && e.actorRole) people.set(e.actorId, { id: e.actorId, name: e.actorName, role: e.actorRole });
  // A reply's signer and a notice's author acted on the suggestion, so their names came with the events; a
  // record written without its event (imported, or by a test fixture) asks for the rest.
  const missing = new Set<string>();
  for (const r of row.replies) if (r.signedById && !people.has(r.signedById)) missing.add(r.signedById);
  for (const s of row.supervisions) if (s.createdById && !people.has(s.createdById)) missing.add(s.createdById);
  if (missing.size) {
    const users = await db.user.findMany({ where: { id: { in: [...missing] } }, select: { id: true, name: true, role: true } });
    for (const u of users) people.set(u.id, u);
  }
  const person = (userId: string | null) => (userId ? (people.get(userId) ?? null) : null);

  return {
    ...row,
    replies: row.replies.map(({ unit: { names, ...unit }, ...r }) => ({
      ...r,
      // A signed reply shows the name its unit had at signing (a unit renamed since keeps its old name there).
      unit: { ...unit, name: nameAtFrom(names)(r.unitId, r.signedAt, unit.name) },
      returnComment: deputy ? null : r.returnComment,
      signedBy: person(r.signedById),
    })),
    supervisions: row.supervisions.map((s) => ({ ...s, createdBy: person(s.createdById) })),
    timeline: visible.map((e) => ({
      id: e.id.toString(),
      at: e.createdAt,
      action: e.action,
      entity: e.entity,
      entityId: e.entityId,
      actor: person(e.actorId),
      ...(deputy ? {} : { before: e.before ?? undefined, after: e.after ?? undefined }),
    })),
  };
}

export interface SimilarSuggestion {
  id: string;
  number: string;
  title: string;
  session: { code: string; name: string; year: number };
  similarity: number;
  /** The latest signed reply, if any. */
  reply: { id: string; category: Category; signedAt: Date | null; text: string; unit: { code: string; name: string } } | null;
}

/**
 * Earlier suggestions with a similar title (pg_trgm similarity over the distinct titles), the closest first, among those
 * the actor may see, each with its latest signed reply — for the detail page's "similar suggestions". `of` is the
 * suggestion's id, or the detail the caller has already loaded for this actor (one statement fewer a page view).
 */
export async function listSimilarSuggestions(
  actor: Actor,
  of: string | Pick<SuggestionDetail, "id" | "title" | "submittedAt">,
  limit = 5,
): Promise<SimilarSuggestion[]> {
  const self =
    typeof of === "string"
      ? await db.suggestion.findFirst({
          where: { AND: [{ id: of }, suggestionScope(actor)] },
          select: { id: true, title: true, submittedAt: true },
        })
      : of;
  if (!self) return [];
  // Kept in the statistics cache until any write (titles and statuses change by audited writes only): the trigram
  // ranking is the same for everyone, and what each caller may see is filtered below.
  const candidates = await cachedAcrossSessions(`similar|${self.id}|${limit}`, (q) =>
    similarTitleCandidates({ title: self.title, limit: Math.min(50, limit * 4), exclude: self.id, submittedBefore: self.submittedAt }, q),
  );
  if (candidates.length === 0) return [];
  const rows = await db.suggestion.findMany({
    where: { AND: [{ id: { in: candidates.map((c) => c.id) } }, suggestionScope(actor)] },
    select: {
      id: true,
      number: true,
      title: true,
      session: { select: { code: true, name: true, year: true } },
      replies: {
        where: { state: "SIGNED" },
        orderBy: [{ signedAt: "desc" }, { id: "desc" }],
        take: 1,
        select: { id: true, category: true, signedAt: true, text: true, unit: { select: { code: true, name: true } } },
      },
    },
  });
  return candidates
    .map((c): SimilarSuggestion | null => {
      const r = rows.find((x) => x.id === c.id);
      if (!r) return null;
      const { replies, ...rest } = r;
      return { ...rest, similarity: c.similarity, reply: replies[0] ?? null };
    })
    .filter((x): x is SimilarSuggestion => x !== null)
    .slice(0, limit);
}
