import "server-only";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";

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
        unit: { select: { name: true } },
        suggestion: { select: { number: true, title: true, field: true, session: { select: { code: true, name: true } } } },
      },
    }),
    db.reply.count({ where }),
  ]);
  return { items, total };
}
