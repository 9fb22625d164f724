import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { suggestionTextSearchSql } from "./suggestion-search";
import { unitNamesAt } from "./unit-names";

export interface PublicReplyQuery {
  session?: string;
  q?: string;
  page: number;
  pageSize: number;
}

const publicSelect = {
  id: true,
  category: true,
  signedAt: true,
  publicSummary: true,
  unit: { select: { id: true, name: true } },
  suggestion: { select: { number: true, title: true, field: true, session: { select: { code: true, name: true } } } },
} as const;

/**
 * Which replies, in which order, and how many, in SQL: the title search of one or two characters (all sessions,
 * a million suggestions) needs the n-gram index (lib/data/suggestion-search.ts), which Prisma's `contains`
 * cannot use; it also takes a typed % or _ literally, as `contains` did not. Count and page run in parallel.
 */
async function publishedReplyIds(query: PublicReplyQuery): Promise<{ ids: string[]; total: number }> {
  const shown = [Prisma.sql`s.status <> 'WITHDRAWN'`];
  if (query.session) shown.push(Prisma.sql`s."sessionId" = (SELECT se.id FROM "Session" se WHERE se.code = ${query.session})`);
  const q = query.q?.trim();
  const suggestions = (extra?: Prisma.Sql) =>
    Prisma.sql`SELECT s.id FROM "Suggestion" s WHERE ${Prisma.join(extra ? [...shown, extra] : shown, " AND ")}`;
  // A UNION, not an OR: under an OR PostgreSQL rechecks the n-gram condition row by row, computing n-grams.
  const matching = q
    ? Prisma.sql`${suggestions(suggestionTextSearchSql(q, ["title"]))} UNION ALL ${suggestions(Prisma.sql`s.number = ${q}`)}`
    : suggestions();
  const from = Prisma.sql`FROM "Reply" r WHERE r.state = 'SIGNED' AND r.publishable AND r."suggestionId" IN (${matching})`;
  const [rows, [count]] = await Promise.all([
    db.$queryRaw<{ id: string }[]>`SELECT r.id ${from} ORDER BY r."signedAt" DESC, r.id ASC
      LIMIT ${query.pageSize} OFFSET ${(query.page - 1) * query.pageSize}`,
    db.$queryRaw<{ total: number }[]>`SELECT count(*)::int AS total ${from}`,
  ]);
  return { ids: rows.map((r) => r.id), total: count?.total ?? 0 };
}

/**
 * Published reply summaries for the public page: only signed replies the unit marked publishable, and only
 * what the unit chose to publish (the summary, or the outcome when no summary was written) — never the
 * deputies' contact details or internal records.
 */
export async function listPublishedReplies(query: PublicReplyQuery) {
  const { ids, total } = await publishedReplyIds(query);
  const found = ids.length ? await db.reply.findMany({ where: { id: { in: ids } }, select: publicSelect }) : [];
  const byId = new Map(found.map((r) => [r.id, r]));
  const items = ids.map((id) => byId.get(id)).filter((r): r is (typeof found)[number] => r !== undefined);
  // Each reply under the name its unit had when it was signed (issue 11: a rename keeps old letters' names).
  const nameAt = await unitNamesAt(items.map((r) => r.unit.id));
  return { items: items.map((r) => ({ ...r, unit: { name: nameAt(r.unit.id, r.signedAt, r.unit.name) } })), total };
}
