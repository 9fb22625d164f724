// 交办: OFFICE assigns a suggestion to one lead unit (主办) and any co-handling units (会办). Deadlines follow
// rule 1; the unit users are notified. Acts on one suggestion are serialized by its row lock and the partial
// unique index "Assignment_one_active_lead", so two clerks assigning at once leave one lead; the other gets 409.
import { DomainError, forbidden, ruleBlocks } from "@/lib/errors";
import { activeLead, canAssign } from "@/lib/permissions/can";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { assignBatchInput, assignInput } from "@/lib/validation/suggestions";
import { notifyUnit } from "@/lib/notifications/notify";
import { nowOf, type Ctx } from "./context";
import { coDueAt, leadDueAt } from "./deadlines";
import type { Tx } from "@/lib/db";
import { loadSuggestion } from "./load";
import { lockSuggestions } from "./locks";
import { record } from "./record";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { notFound } from "@/lib/errors";

const include = { session: true, assignments: { where: { state: "ACTIVE" as const } } };
type Loaded = Awaited<ReturnType<typeof loadSuggestion<typeof include>>>;
type UnitRow = { id: string; code: string; name: string };

/** Active units by code; an unknown code is 400 on `field` (with the list index for arrays). */
export async function resolveUnits(tx: Tx, codes: string[], field: string): Promise<Map<string, UnitRow>> {
  const units = await tx.unit.findMany({ where: { code: { in: codes }, active: true }, select: { id: true, code: true, name: true } });
  const byCode = new Map(units.map((u) => [u.code, u]));
  codes.forEach((code, i) => {
    if (!byCode.has(code)) throw invalidField(field.endsWith("s") ? `${field}.${i}` : field, "errors.field.unknownUnit");
  });
  return byCode;
}

/** The one active unit with this code, or the field error of resolveUnits. */
export async function resolveUnit(tx: Tx, code: string, field: string): Promise<UnitRow> {
  const unit = (await resolveUnits(tx, [code], field)).get(code);
  if (!unit) throw invalidField(field, "errors.field.unknownUnit");
  return unit;
}

/** The assignment checks of one suggestion: withdrawn is 422, anything but PENDING without a lead is 409. */
function assertAssignable(s: Loaded) {
  if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
  if (s.status !== "PENDING" || activeLead(s.assignments)) {
    throw new DomainError("CONFLICT", "errors.alreadyAssigned", undefined, { number: s.number });
  }
}

/** One ACTIVE assignment from now, due `dueAt` (its original due date too), with its unit for the audit event. */
export function createAssignment(tx: Tx, ctx: Ctx, suggestionId: string, unitId: string, role: "LEAD" | "CO", dueAt: Date) {
  const now = nowOf(ctx);
  return tx.assignment.create({
    data: { suggestionId, unitId, role, assignedAt: now, dueAt, originalDueAt: dueAt, createdById: ctx.actor.id, createdAt: now },
    include: { unit: { select: { id: true, code: true, name: true } } },
  });
}

/**
 * Writes the lead and co assignments of a suggestion already locked and checked. A unit that still has an
 * active co assignment (left after an approved reassignment) and becomes lead has that co assignment
 * cancelled; co units already active are kept as they are.
 */
export async function writeAssignments(tx: Tx, ctx: Ctx, s: Loaded, lead: UnitRow, cos: UnitRow[], due?: { at: Date; reason: string }) {
  const now = nowOf(ctx);
  const ruleDue = leadDueAt(now, s.session.replyDays, s.urgent);
  const leadDue = due?.at ?? ruleDue;
  const activeByUnit = new Map(s.assignments.map((a) => [a.unitId, a]));
  const leftover = activeByUnit.get(lead.id);
  if (leftover) {
    await tx.assignment.update({ where: { id: leftover.id }, data: { state: "CANCELLED", endedAt: now } });
    activeByUnit.delete(lead.id);
  }
  const created = [await createAssignment(tx, ctx, s.id, lead.id, "LEAD", leadDue)];
  for (const co of cos) {
    if (activeByUnit.has(co.id)) continue;
    created.push(await createAssignment(tx, ctx, s.id, co.id, "CO", coDueAt(now)));
  }
  const updated = await bumpSuggestion(tx, ctx, s, { status: "IN_PROGRESS" });
  await record(tx, ctx, {
    action: "suggestion.assign",
    entity: "Suggestion",
    entityId: s.id,
    suggestionId: s.id,
    before: { status: s.status, ...(leftover ? { cancelledCoAssignmentId: leftover.id } : {}) },
    after: {
      status: updated.status,
      assignments: created.map((a) => ({ id: a.id, unitCode: a.unit.code, unitName: a.unit.name, role: a.role, dueAt: a.dueAt })),
      // A due date set by hand keeps what the rule would have given and why it was changed.
      ...(due ? { ruleDueAt: ruleDue, dueReason: due.reason } : {}),
    },
  });
  for (const a of created) {
    await notifyUnit(
      tx,
      a.unitId,
      "assignment.new",
      s.id,
      { number: s.number, title: s.title, role: a.role, dueAt: a.dueAt.toISOString() },
      `assign:${a.id}`,
      { at: now },
    );
  }
  return created;
}

/**
 * Assigns a PENDING suggestion. OFFICE. Lead due by rule 1 (session.replyDays, 30 days when urgent) unless
 * `dueAt` is given with its `dueReason` (400 without one); co units due 30 days after. Already assigned (or assigned concurrently) is 409.
 * `expectedVersion` (the form's Suggestion.version) must be current. Returns the created assignments.
 */
export async function assignSuggestion(ctx: Ctx, suggestionId: string, input: InputOf<typeof assignInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, include);
    if (!canAssign(ctx.actor)) throw forbidden();
    const data = parseInput(assignInput, input);
    assertAssignable(s);
    if (data.expectedVersion !== undefined && data.expectedVersion !== s.version) throw new DomainError("CONFLICT", "errors.stale");
    if (data.dueAt && data.dueAt.getTime() <= nowOf(ctx).getTime()) throw ruleBlocks("dueBeforeAssignment");
    const lead = await resolveUnit(tx, data.leadUnitCode, "leadUnitCode");
    const cos = data.coUnitCodes?.length ? [...(await resolveUnits(tx, data.coUnitCodes, "coUnitCodes")).values()] : [];
    return writeAssignments(tx, ctx, s, lead, cos, data.dueAt ? { at: data.dueAt, reason: data.dueReason ?? "" } : undefined);
  });
}

/**
 * Assigns several PENDING suggestions to the same units at once. OFFICE. All or nothing: one suggestion
 * already assigned is 409 naming its number. Returns every created assignment.
 */
export async function assignBatch(ctx: Ctx, input: InputOf<typeof assignBatchInput>) {
  if (!canAssign(ctx.actor)) throw forbidden();
  const data = parseInput(assignBatchInput, input);
  return transact(
    async (tx) => {
      await lockSuggestions(tx, data.suggestionIds);
      const rows = await tx.suggestion.findMany({
        where: { AND: [{ id: { in: data.suggestionIds } }, suggestionScope(ctx.actor)] },
        include,
      });
      if (rows.length !== data.suggestionIds.length) throw notFound();
      const lead = await resolveUnit(tx, data.leadUnitCode, "leadUnitCode");
      const cos = data.coUnitCodes?.length ? [...(await resolveUnits(tx, data.coUnitCodes, "coUnitCodes")).values()] : [];
      const byId = new Map(rows.map((r) => [r.id, r]));
      for (const id of data.suggestionIds) assertAssignable(byId.get(id)!);
      const created = [];
      for (const id of data.suggestionIds) created.push(...(await writeAssignments(tx, ctx, byId.get(id)!, lead, cos)));
      return created;
    },
    { timeout: 180_000 },
  );
}
