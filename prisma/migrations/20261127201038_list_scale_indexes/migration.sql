-- DropIndex
DROP INDEX "Assignment_unitId_state_role_idx";

-- CreateIndex
CREATE INDEX "Suggestion_number_idx" ON "Suggestion"("number");

-- CreateIndex
CREATE INDEX "Suggestion_submittedAt_idx" ON "Suggestion"("submittedAt");

-- CreateIndex
CREATE INDEX "Suggestion_updatedAt_idx" ON "Suggestion"("updatedAt");

-- CreateIndex
CREATE INDEX "Suggestion_status_idx" ON "Suggestion"("status");

-- CreateIndex
CREATE INDEX "Suggestion_title_idx" ON "Suggestion"("title");

-- CreateIndex
CREATE INDEX "Assignment_unitId_state_role_dueAt_idx" ON "Assignment"("unitId", "state", "role", "dueAt");

-- The list's search is ILIKE '%…%' on title, content and number: with a trigram index on number too, the three
-- conditions are one BitmapOr of indexes instead of a scan of every suggestion.
CREATE INDEX "Suggestion_number_trgm_idx" ON "Suggestion" USING GIN ("number" gin_trgm_ops);
