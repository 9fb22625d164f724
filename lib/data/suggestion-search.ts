// The suggestion list's text search (lib/data/suggestions.ts `q`, so the list page and GET /api/v1/suggestions):
// a case-insensitive substring of the title, the content or the number, with exactly ILIKE '%term%' semantics
// (a typed % or _ matches itself), served by an index at a million suggestions (issue 12).
//
// pg_trgm's indexes need three characters, so a term of one or two (养老) used to read every suggestion. The
// migration search_ngrams indexes the unigrams and bigrams of the three fields, lowercased by lower() as ILIKE
// lowercases both sides (text_ngrams); search_term_ngrams gives what a term needs of them (for one or two
// characters, the term itself). That finds the candidates, and strpos(lower(field), lower(term)) decides: it is
// ILIKE '%term%' itself (ILIKE compares lower() of both sides) without the pattern, so the result is ILIKE's
// whatever the case rules. It is cheap, so where the planner starts elsewhere (a unit's assignments, a session)
// it filters with it first and computes n-grams (~50 µs a row) only for the rows that contain the term.
// It cannot be ILIKE: for a short pattern the planner would also read the whole trigram indexes (seconds).
// Longer terms keep the trigram indexes and ILIKE: the planner estimates the rows having all of a term's
// bigrams as if they were independent (养老服务: 1,218 estimated, 59,833 real) and picks plans seconds slower.
import { Prisma } from "@/lib/generated/prisma/client";

/** A term with LIKE's escape character, % and _ escaped to match themselves (also for Prisma's `contains`). */
export function escapeLike(term: string): string {
  return term.replace(/[\\%_]/g, (c) => `\\${c}`);
}

/** ILIKE's pattern for a substring of the term, taken literally. */
export function substringPattern(term: string): string {
  return `%${escapeLike(term)}%`;
}

/** The searchable columns of "Suggestion". */
export type SearchField = "title" | "content" | "number";
const ALL_FIELDS: readonly SearchField[] = ["title", "content", "number"];

/**
 * The condition on `"Suggestion" s` that `term` (already trimmed, not empty) is in one of `fields`, as
 * `field ILIKE '%term%' OR …`. The n-gram index covers all three fields: for fewer, it still finds the
 * candidates (a superset) and strpos on the asked fields decides.
 */
export function suggestionTextSearchSql(term: string, fields: readonly SearchField[] = ALL_FIELDS): Prisma.Sql {
  const columns = fields.map((f) => Prisma.raw(`s."${f}"`));
  if ([...term].length > 2) {
    const pattern = substringPattern(term);
    return Prisma.sql`(${Prisma.join(
      columns.map((c) => Prisma.sql`${c} ILIKE ${pattern}`),
      " OR ",
    )})`;
  }
  const lower = Prisma.sql`lower(${term}::text)`;
  return Prisma.sql`(text_ngrams(s.title, s.content, s.number) @> search_term_ngrams(${term}::text)
    AND (${Prisma.join(
      columns.map((c) => Prisma.sql`strpos(lower(${c}), ${lower}) > 0`),
      " OR ",
    )}))`;
}
