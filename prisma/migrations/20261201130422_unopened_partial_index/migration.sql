-- Issue 12: a unit handler's navigation counts the unit's assignments nobody has opened yet on every page, and a
-- unit with 8,000 assignments read all of them to find the few (~0.36 s at a million suggestions). Partial: only
-- the unopened active ones are in it.
CREATE INDEX "Assignment_unopened_idx" ON "Assignment" ("unitId", "assignedAt") WHERE state = 'ACTIVE' AND "openedAt" IS NULL;
