// Editing a unit (issue 11): rename it, change its kind or 文号 prefix, deactivate or reactivate it. ADMIN.
// A rename closes the unit's current UnitName row and opens one for the new name, so a letter signed before
// the change keeps printing the old name. A unit is deactivated only once its work has moved: while it leads
// or co-handles suggestions that have not ended, the refusal says how many.
import type { Tx } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { updateUnitInput } from "@/lib/validation/admin-edits";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { ENDED_STATUSES } from "./states";
import { changes, lockVersioned } from "./admin-versions";
import { nowOf, type Ctx } from "./context";
import { record } from "./record";
import { transact } from "./transaction";

const select = { id: true, code: true, name: true, kind: true, docPrefix: true, active: true, version: true, createdAt: true } as const;

/** The unit's active assignments on suggestions that have not ended, as lead and as co-handler. */
export async function openWorkOf(tx: Tx, unitId: string) {
  const open = { unitId, state: "ACTIVE" as const, suggestion: { status: { notIn: [...ENDED_STATUSES] } } };
  const [lead, co] = await Promise.all([
    tx.assignment.count({ where: { ...open, role: "LEAD" } }),
    tx.assignment.count({ where: { ...open, role: "CO" } }),
  ]);
  return { lead, co };
}

async function rename(tx: Tx, unit: { id: string; name: string; createdAt: Date }, name: string, at: Date) {
  if (await tx.unit.findFirst({ where: { name, id: { not: unit.id } }, select: { id: true } }))
    throw new DomainError("CONFLICT", "errors.duplicate", { name: "errors.field.unitNameTaken" });
  const closed = await tx.unitName.updateMany({ where: { unitId: unit.id, validTo: null }, data: { validTo: at } });
  // A unit written without its name history (an old test fixture, a hand-made row) gets its old name's row now.
  if (closed.count === 0) await tx.unitName.create({ data: { unitId: unit.id, name: unit.name, validFrom: unit.createdAt, validTo: at } });
  await tx.unitName.create({ data: { unitId: unit.id, name, validFrom: at } });
}

/** Changes the unit whose id or code is `key`; the audit event keeps what changed (a rename: the old and new names). */
export async function updateUnit(ctx: Ctx, key: string, input: InputOf<typeof updateUnitInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(updateUnitInput, input);
  const at = nowOf(ctx);
  return transact(async (tx) => {
    const id = await lockVersioned(tx, "Unit", key, data.expectedVersion);
    const before = await tx.unit.findUniqueOrThrow({ where: { id }, select });
    const next = {
      name: data.name,
      kind: data.kind,
      docPrefix: data.docPrefix === undefined ? undefined : (data.docPrefix ?? null),
      active: data.active,
    };
    const diff = changes(before, next);
    if (!diff.changed) return before;
    if (next.active === false && before.active) {
      const open = await openWorkOf(tx, id);
      if (open.lead + open.co > 0) throw new DomainError("RULE", "admin.errors.unitHasOpenWork", undefined, open);
    }
    if (next.name !== undefined && next.name !== before.name) await rename(tx, before, next.name, at);
    const unit = await tx.unit.update({ where: { id }, data: { ...diff.after, version: { increment: 1 } }, select });
    const action =
      diff.after.name !== undefined
        ? "unit.rename"
        : next.active === false
          ? "unit.deactivate"
          : next.active
            ? "unit.activate"
            : "unit.update";
    await record(tx, ctx, { action, entity: "Unit", entityId: id, before: diff.before, after: diff.after });
    return unit;
  });
}
