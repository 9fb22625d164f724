import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import type { Queryer } from "@/lib/stats/cache";
import { statusInSql, UNCOUNTED_STATUSES } from "@/lib/workflow/states";

export interface SimilarCandidate {
  id: string;
  similarity: number;
}

// How many of the closest distinct titles are read: enough that the best `limit` suggestions are among their
// suggestions even when some titles have none left (withdrawn, later, or a title since corrected).
const TITLES_READ = 100;

/**
 * The suggestions whose title is closest to `title` (pg_trgm similarity above its threshold), the closest
 * first and the latest first among equals, counted statuses only; `exclude` and `submittedBefore` narrow it
 * to the earlier ones of a suggestion. Ranks the distinct titles (SuggestionTitle, GIN index) and reads the
 * suggestions of the best ones off the (title, submittedAt) index: at a million suggestions the trigram scan
 * over every row took seconds. Not scoped: the caller filters by what the actor may see.
 */
export async function similarTitleCandidates(
  options: {
    title: string;
    limit: number;
    exclude?: string;
    submittedBefore?: Date;
  },
  q: Queryer = db,
): Promise<SimilarCandidate[]> {
  const { title, limit, exclude, submittedBefore } = options;
  const excluded = exclude === undefined ? Prisma.empty : Prisma.sql`AND s.id <> ${exclude}`;
  const before = submittedBefore === undefined ? Prisma.empty : Prisma.sql`AND s."submittedAt" <= ${submittedBefore}::timestamp`;
  return q.$queryRaw<SimilarCandidate[]>`
    WITH t AS (
      SELECT title, similarity(title, ${title})::float8 AS similarity FROM "SuggestionTitle"
      WHERE title % ${title} ORDER BY similarity DESC LIMIT ${TITLES_READ}
    )
    SELECT c.id, t.similarity FROM t CROSS JOIN LATERAL (
      SELECT s.id, s."submittedAt" FROM "Suggestion" s
      WHERE s.title = t.title AND NOT ${statusInSql(Prisma.sql`s.status`, UNCOUNTED_STATUSES)} ${excluded} ${before}
      ORDER BY s."submittedAt" DESC LIMIT ${limit}
    ) c
    ORDER BY t.similarity DESC, c."submittedAt" DESC LIMIT ${limit}`;
}
