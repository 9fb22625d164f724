-- The distinct titles (SuggestionTitle, lib/data/similar-titles.ts) of inserted suggestions are kept by one
-- statement per INSERT rather than one per row: an import of 10,000 rows ran the row trigger's INSERT ... ON
-- CONFLICT (and its trigram index insert) 10,000 times. The transition table holds every row the statement
-- inserted (a createMany, the import's INSERT ... SELECT, a single registration), duplicates included.
-- In title order, so that two imports sharing new titles take their index locks in one order (no deadlock).
-- A change of title (the office's correction) keeps its row trigger: a transition table cannot go with UPDATE OF.
-- The migration runner splits scripts at every semicolon, so the bodies are E'' strings whose semicolons are \073.
DROP TRIGGER suggestion_title_keep ON "Suggestion";
CREATE FUNCTION suggestion_titles_keep() RETURNS trigger LANGUAGE plpgsql AS E'
BEGIN
  INSERT INTO "SuggestionTitle" (title) SELECT DISTINCT title FROM inserted ORDER BY title ON CONFLICT DO NOTHING\073
  RETURN NULL\073
END';
CREATE TRIGGER suggestion_titles_insert AFTER INSERT ON "Suggestion"
  REFERENCING NEW TABLE AS inserted FOR EACH STATEMENT EXECUTE FUNCTION suggestion_titles_keep();
CREATE TRIGGER suggestion_title_keep AFTER UPDATE OF title ON "Suggestion"
  FOR EACH ROW EXECUTE FUNCTION suggestion_title_keep();
