// Editing a session (name, reply days) and a deputy (name, delegation, code, phone) — issue 11. A session is
// ADMIN's; a deputy is also the office's, which registers deputies and corrects their details. A new number
// of reply days applies to assignments made from then on: due dates already given do not move.
import { DomainError, forbidden } from "@/lib/errors";
import { canEditDeputy } from "@/lib/permissions/can";
import { isAdmin } from "@/lib/permissions/roles";
import { updateDeputyInput, updateSessionInput } from "@/lib/validation/admin-edits";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { changes, lockVersioned } from "./admin-versions";
import type { Ctx } from "./context";
import { record } from "./record";
import { transact } from "./transaction";

const sessionSelect = { id: true, code: true, name: true, year: true, replyDays: true, version: true } as const;
const deputySelect = { id: true, name: true, delegation: true, code: true, phone: true, version: true } as const;

/** Changes the session whose id or code is `key`. */
export async function updateSession(ctx: Ctx, key: string, input: InputOf<typeof updateSessionInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(updateSessionInput, input);
  return transact(async (tx) => {
    const id = await lockVersioned(tx, "Session", key, data.expectedVersion);
    const before = await tx.session.findUniqueOrThrow({ where: { id }, select: sessionSelect });
    const diff = changes(before, { name: data.name, replyDays: data.replyDays });
    if (!diff.changed) return before;
    const session = await tx.session.update({ where: { id }, data: { ...diff.after, version: { increment: 1 } }, select: sessionSelect });
    await record(tx, ctx, { action: "session.update", entity: "Session", entityId: id, before: diff.before, after: diff.after });
    return session;
  });
}

/** Changes the deputy `deputyId`; a code another deputy has is a 409. */
export async function updateDeputy(ctx: Ctx, deputyId: string, input: InputOf<typeof updateDeputyInput>) {
  if (!canEditDeputy(ctx.actor)) throw forbidden();
  const data = parseInput(updateDeputyInput, input);
  return transact(async (tx) => {
    const id = await lockVersioned(tx, "Deputy", deputyId, data.expectedVersion);
    const before = await tx.deputy.findUniqueOrThrow({ where: { id }, select: deputySelect });
    const diff = changes(before, { name: data.name, delegation: data.delegation, code: data.code, phone: data.phone });
    if (!diff.changed) return before;
    if (diff.after.code && (await tx.deputy.findFirst({ where: { code: diff.after.code, id: { not: id } }, select: { id: true } }))) {
      throw new DomainError("CONFLICT", "errors.duplicate", { code: "errors.field.deputyCodeTaken" });
    }
    const deputy = await tx.deputy.update({ where: { id }, data: { ...diff.after, version: { increment: 1 } }, select: deputySelect });
    await record(tx, ctx, { action: "deputy.update", entity: "Deputy", entityId: id, before: diff.before, after: diff.after });
    return deputy;
  });
}
