// The suggestion list's text search (lib/data/suggestions.ts `q`, so the list page and GET /api/v1/suggestions):
// a case-insensitive substring of the title, the content or the number, with exactly ILIKE '%term%' semantics
// (a typed % or _ matches itself), served by an index at a million suggestions (issue 12).
//
// pg_trgm's indexes need three characters, so a term of one or two (养老) used to read every suggestion. The
// migration search_ngrams indexes the unigrams and bigrams of the three fields, lowercased by lower() as ILIKE
// lowercases both sides (text_ngrams), and search_term_ngrams gives what a term needs of them:
// - one or two characters (after lower()): the term itself must be one of a field's n-grams, which is the
//   same as the field containing it, so the index answers exactly and no ILIKE runs;
// - longer: all of its bigrams must be there (a candidate), and ILIKE decides. Whether to start from the
//   n-gram or the trigram indexes is left to the planner, which estimates both from their statistics.
// PostgreSQL decides the length after its own lower(), so JavaScript's idea of case never enters.
import { Prisma } from "@/lib/generated/prisma/client";

/** ILIKE's pattern for a substring: its escape character, % and _ are escaped to match themselves. */
export function substringPattern(term: string): string {
  return `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
}

/** The condition on `"Suggestion" s` for `term` (already trimmed, not empty). */
export function suggestionTextSearchSql(term: string): Prisma.Sql {
  const pattern = substringPattern(term);
  return Prisma.sql`(text_ngrams(s.title, s.content, s.number) @> search_term_ngrams(${term}::text)
    AND (char_length(lower(${term}::text)) <= 2
      OR s.title ILIKE ${pattern} OR s.content ILIKE ${pattern} OR s.number ILIKE ${pattern}))`;
}
