// "Opened": the first time one of a unit's users opens a suggestion assigned to the unit, its assignment is no
// longer new (the unit handler's worklist of new assignments). A read receipt, not a change of the workflow's
// data: no version bump of the suggestion and no audit event. It moves the statistics cache's "opened" version
// (lib/stats/versions.ts), so the unit's count of new assignments in the navigation is kept like its other counts,
// while the session statistics, which a first look does not change, stay kept.
// Any audited act of one of the unit's users on the suggestion opens it too, in the act's transaction (trigger of
// migration opened_by_act), so a unit that works through the API has no "new" assignments left behind.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { moveVersionSql, UNAUDITED_SCOPES } from "@/lib/stats/versions";
import { isUnitUser } from "@/lib/permissions/roles";

/** Marks the caller's unit's active assignments on the suggestion opened, once; nothing for other roles. */
export async function markAssignmentOpened(actor: Actor, suggestionId: string, now: Date = new Date()): Promise<void> {
  if (!isUnitUser(actor) || !actor.unitId) return;
  // One statement: the version moves exactly when an assignment was marked, and every later look costs one
  // index probe that finds nothing to mark.
  await db.$executeRaw`
    WITH marked AS (
      UPDATE "Assignment" SET "openedAt" = ${now}
      WHERE "suggestionId" = ${suggestionId} AND "unitId" = ${actor.unitId} AND state = 'ACTIVE' AND "openedAt" IS NULL
      RETURNING 1)
    ${moveVersionSql(UNAUDITED_SCOPES.opened, Prisma.sql`EXISTS (SELECT 1 FROM marked)`)}`;
}
