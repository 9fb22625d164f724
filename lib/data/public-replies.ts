import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitNamesAt } from "./unit-names";

export interface PublicReplyQuery {
  session?: string;
  q?: string;
  page: number;
  pageSize: number;
}

/**
 * Published reply summaries for the public page: only signed replies the unit marked publishable, and only
 * what the unit chose to publish (the summary, or the outcome when no summary was written) — never the
 * deputies' contact details or internal records.
 */
export async function listPublishedReplies(query: PublicReplyQuery) {
  const where: Prisma.ReplyWhereInput = {
    state: "SIGNED",
    publishable: true,
    suggestion: {
      status: { not: "WITHDRAWN" },
      ...(query.session ? { session: { code: query.session } } : {}),
      ...(query.q ? { OR: [{ title: { contains: query.q, mode: "insensitive" } }, { number: query.q }] } : {}),
    },
  };
  const [items, total] = await Promise.all([
    db.reply.findMany({
      where,
      orderBy: [{ signedAt: "desc" }, { id: "asc" }],
      skip: (query.page - 1) * query.pageSize,
      take: query.pageSize,
      select: {
        id: true,
        category: true,
        signedAt: true,
        publicSummary: true,
        unit: { select: { id: true, name: true } },
        suggestion: { select: { number: true, title: true, field: true, session: { select: { code: true, name: true } } } },
      },
    }),
    db.reply.count({ where }),
  ]);
  // Each reply under the name its unit had when it was signed (issue 11: a rename keeps old letters' names).
  const nameAt = await unitNamesAt(items.map((r) => r.unit.id));
  return { items: items.map((r) => ({ ...r, unit: { name: nameAt(r.unit.id, r.signedAt, r.unit.name) } })), total };
}
