// Editing an account (issue 11): name, role, unit, linked deputy and phone. ADMIN. The same rules as creating
// one: a unit role has an active unit, a DEPUTY account its deputy (one account per deputy), no other role
// either. Signed-in sessions re-read the account on every request, so the change takes effect at once.
import type { Tx } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { updateUserInput } from "@/lib/validation/admin-edits";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { changes, lockVersioned } from "./admin-versions";
import type { Ctx } from "./context";
import { record } from "./record";
import { transact } from "./transaction";

const select = {
  id: true,
  username: true,
  name: true,
  role: true,
  unitId: true,
  deputyId: true,
  phone: true,
  active: true,
  version: true,
} as const;
const UNIT_ROLES: readonly string[] = ["UNIT_HANDLER", "UNIT_LEADER"];

async function unitIdOf(tx: Tx, code: string | null | undefined, current: string | null, takesUnit: boolean) {
  if (code === undefined) return takesUnit ? current : null; // not sent: kept, or dropped with a role that has none
  if (code === null) return null;
  if (!takesUnit) throw invalidField("unitCode", "errors.field.notAllowed");
  const unit = await tx.unit.findUnique({ where: { code }, select: { id: true, active: true } });
  // A deactivated unit takes no new accounts; one already in it stays.
  if (!unit || (!unit.active && unit.id !== current)) throw invalidField("unitCode", "errors.field.unknownUnit");
  return unit.id;
}

async function deputyIdOf(tx: Tx, userId: string, id: string | null | undefined, current: string | null, takesDeputy: boolean) {
  if (id === undefined) return takesDeputy ? current : null;
  if (id === null) return null;
  if (!takesDeputy) throw invalidField("deputyId", "errors.field.notAllowed");
  const deputy = await tx.deputy.findUnique({ where: { id }, include: { user: { select: { id: true } } } });
  if (!deputy) throw invalidField("deputyId", "errors.field.unknownDeputy");
  if (deputy.user && deputy.user.id !== userId)
    throw new DomainError("CONFLICT", "errors.duplicate", { deputyId: "errors.field.deputyTaken" });
  return deputy.id;
}

/** Changes the account `userId`; the audit event keeps the fields that changed, before and after. */
export async function updateUser(ctx: Ctx, userId: string, input: InputOf<typeof updateUserInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(updateUserInput, input);
  return transact(async (tx) => {
    const id = await lockVersioned(tx, "User", userId, data.expectedVersion);
    const before = await tx.user.findUniqueOrThrow({ where: { id }, select });
    const role = data.role ?? before.role;
    // An administrator cannot take away their own administration (nobody might be left to give it back).
    if (id === ctx.actor.id && role !== before.role) throw new DomainError("RULE", "admin.errors.ownRole");
    const unitId = await unitIdOf(tx, data.unitCode, before.unitId, UNIT_ROLES.includes(role));
    const deputyId = await deputyIdOf(tx, id, data.deputyId, before.deputyId, role === "DEPUTY");
    if (UNIT_ROLES.includes(role) && !unitId) throw invalidField("unitCode", "errors.field.required");
    if (role === "DEPUTY" && !deputyId) throw invalidField("deputyId", "errors.field.required");
    const next = { name: data.name ?? before.name, role, unitId, deputyId, phone: data.phone === undefined ? before.phone : data.phone };
    const diff = changes(before, next);
    if (!diff.changed) return before;
    const user = await tx.user.update({ where: { id }, data: { ...next, version: { increment: 1 } }, select });
    await record(tx, ctx, { action: "user.update", entity: "User", entityId: id, before: diff.before, after: diff.after });
    return user;
  });
}
