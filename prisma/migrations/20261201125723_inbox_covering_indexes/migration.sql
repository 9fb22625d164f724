-- DropIndex
DROP INDEX "Assignment_unitId_state_role_dueAt_idx";

-- Issue 12: a unit's inbox and list match its suggestions through "s.id IN (its assignments)", and for a unit with
-- 8,000 assignments over a million suggestions that read 8,000 rows of each table (~1 s). Both indexes cover what
-- those queries read, so they are index-only scans (autovacuum keeps the visibility map that needs).
CREATE INDEX "Assignment_unit_inbox_idx" ON "Assignment" ("unitId", state, role, "dueAt") INCLUDE ("suggestionId");
CREATE INDEX "Suggestion_id_covering_idx" ON "Suggestion" (id) INCLUDE ("sessionId", status, number);
