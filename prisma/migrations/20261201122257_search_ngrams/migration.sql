-- The list's search of one or two characters (lib/data/suggestion-search.ts): a trigram index cannot serve a
-- term shorter than three characters, so ILIKE '%养老%' read every suggestion (3.4 s at a million). This
-- indexes the unigrams and bigrams of title, content and number, lowercased with lower() as ILIKE lowercases
-- both sides: a term of one or two characters is in a field if and only if it is one of that field's n-grams.
-- An expression index rather than a stored column: PostgreSQL keeps it right on every insert and update (the
-- import, edits, the office's corrections) with no trigger, and nothing is stored twice.

-- The unigrams and bigrams of each part (a bigram never spans two parts), with repeats: GIN keeps each key once.
-- PL/pgSQL because FOREACH walks the characters once (an SQL subquery per field is slower) and the array grows in place.
-- The migration runner splits scripts at every semicolon, so the body is an E'' string whose semicolons are \073.
CREATE FUNCTION text_ngrams(VARIADIC parts text[]) RETURNS text[]
LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE AS E'
DECLARE
  part text\073
  ch text\073
  prev text\073
  grams text[] := ''{}''\073
BEGIN
  FOREACH part IN ARRAY parts LOOP
    CONTINUE WHEN part IS NULL\073
    prev := NULL\073
    FOREACH ch IN ARRAY string_to_array(lower(part), NULL) LOOP
      grams := array_append(grams, ch)\073
      IF prev IS NOT NULL THEN
        grams := array_append(grams, prev || ch)\073
      END IF\073
      prev := ch\073
    END LOOP\073
  END LOOP\073
  RETURN grams\073
END
';

-- What a search term needs among a row's n-grams: the lowercased term itself when it has one or two characters
-- (exact), otherwise each of its bigrams (a candidate, for ILIKE to check). The empty term needs nothing.
CREATE FUNCTION search_term_ngrams(term text) RETURNS text[]
LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE AS $$
  SELECT CASE
    WHEN cardinality(c) = 0 THEN '{}'::text[]
    WHEN cardinality(c) <= 2 THEN ARRAY[array_to_string(c, '')]
    ELSE ARRAY(SELECT DISTINCT a || b FROM unnest(c[1:cardinality(c) - 1], c[2:]) AS u(a, b))
  END
  FROM (SELECT string_to_array(lower(term), NULL) AS c) AS chars
$$;

-- On an existing database of a million suggestions this computes ~235 n-grams a row: 5 minutes on 2 busy
-- cores (measured on the bench:scale database), 248 MB. Writes to "Suggestion" are blocked meanwhile.
CREATE INDEX "Suggestion_search_ngrams_idx" ON "Suggestion" USING GIN (text_ngrams("title", "content", "number"));
