// "Opened": the first time one of a unit's users opens a suggestion assigned to the unit, its assignment is no
// longer new (the unit handler's worklist of new assignments). A read receipt, not a change of the workflow's
// data: no version bump and no audit event (an event per first look would also invalidate the statistics cache).
// Any audited act of one of the unit's users on the suggestion opens it too, in the act's transaction (trigger of
// migration opened_by_act), so a unit that works through the API has no "new" assignments left behind.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { isUnitUser } from "@/lib/permissions/roles";

/** Marks the caller's unit's active assignments on the suggestion opened, once; nothing for other roles. */
export async function markAssignmentOpened(actor: Actor, suggestionId: string, now: Date = new Date()): Promise<void> {
  if (!isUnitUser(actor) || !actor.unitId) return;
  await db.assignment.updateMany({
    where: { suggestionId, unitId: actor.unitId, state: "ACTIVE", openedAt: null },
    data: { openedAt: now },
  });
}
