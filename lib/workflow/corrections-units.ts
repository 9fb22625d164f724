// The office corrects who handles a suggestion and by when (issue 11): another lead unit (its clock starts
// afresh, exactly as after an approved reassignment: replaceLead), co-handling units added or taken off (their
// open duty ends; the assignment is kept, CANCELLED), and the lead's due date (the 6-month ceiling applies).
import { fromDbValue } from "@/lib/dates/china-date";
import { DomainError, ruleBlocks } from "@/lib/errors";
import { notifyUnit } from "@/lib/notifications/notify";
import { activeCos, activeLead } from "@/lib/permissions/can";
import { correctUnitsInput } from "@/lib/validation/corrections";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { createAssignment, resolveUnit, resolveUnits } from "./assign";
import { nowOf, type Ctx } from "./context";
import { assertMayCorrect, assertSeen, assertSomeChange, closeOpenRequests, recordCorrection, type Change } from "./corrections-common";
import { coDueAt, extensionCeiling } from "./deadlines";
import { assignmentsInclude, loadSuggestion } from "./load";
import { replaceLead } from "./requests";
import { isHandling } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

const include = { session: true, ...assignmentsInclude };
const rule = (key: string) => new DomainError("RULE", `corrections.errors.${key}`);

/**
 * Corrects the units of a suggestion in handling (422 otherwise; a new lead only while IN_PROGRESS). OFFICE/ADMIN,
 * a reason, `expectedVersion` current. `coUnitCodes` is the whole new list. A new `dueAt` is later than today and
 * within 6 months of the (new) lead's assignment. Units that lose or gain work and the lead deputy are told.
 * Returns the active assignments after the correction.
 */
export async function correctUnits(ctx: Ctx, suggestionId: string, input: InputOf<typeof correctUnitsInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, include);
    assertMayCorrect(ctx);
    const data = parseInput(correctUnitsInput, input);
    assertSeen(data.expectedVersion, s);
    const lead = activeLead(s.assignments);
    if (!lead || !isHandling(s.status)) throw rule("notInHandling");
    const now = nowOf(ctx);
    const newLead =
      data.leadUnitCode && data.leadUnitCode !== lead.unit.code ? await resolveUnit(tx, data.leadUnitCode, "leadUnitCode") : undefined;
    if (newLead && s.status !== "IN_PROGRESS") throw rule("leadNotInProgress");
    const leadCode = newLead?.code ?? lead.unit.code;
    if (data.coUnitCodes?.includes(leadCode)) throw invalidField("coUnitCodes", "errors.field.sameAsLead");
    const cos = activeCos(s.assignments);
    const wanted = data.coUnitCodes
      ? [...(await resolveUnits(tx, data.coUnitCodes, "coUnitCodes")).values()]
      : cos.map((a) => a.unit).filter((u) => u.code !== leadCode);
    const dueChanged = !!data.dueAt && (!!newLead || fromDbValue(data.dueAt) !== fromDbValue(lead.dueAt));
    if (data.dueAt && dueChanged) {
      if (fromDbValue(data.dueAt) <= fromDbValue(now)) throw rule("dueInPast");
      const ceiling = extensionCeiling(newLead ? now : lead.assignedAt);
      if (data.dueAt.getTime() > ceiling.getTime()) throw ruleBlocks("extensionCeiling", { ceiling: fromDbValue(ceiling) });
    }

    const removed = cos.filter((a) => !wanted.some((u) => u.id === a.unitId) && a.unit.code !== leadCode);
    const added = wanted.filter((u) => !cos.some((a) => a.unitId === u.id));
    const changes: Change[] = [];
    if (newLead) changes.push({ field: "leadUnit", from: lead.unit.name, to: newLead.name });
    if (removed.length || added.length || (newLead && cos.some((a) => a.unitId === newLead.id)))
      changes.push({ field: "coUnits", from: cos.map((a) => a.unit.name), to: wanted.map((u) => u.name) });
    if (data.dueAt && dueChanged) changes.push({ field: "dueAt", from: fromDbValue(lead.dueAt), to: fromDbValue(data.dueAt) });
    assertSomeChange(changes);

    const params = { number: s.number, title: s.title };
    for (const a of removed) {
      await tx.assignment.update({ where: { id: a.id }, data: { state: "CANCELLED", endedAt: now } });
      await notifyUnit(tx, a.unitId, "assignment.ended", s.id, params, `ended:${a.id}`, { at: now });
    }
    const remaining = s.assignments.filter((a) => !removed.includes(a));
    let closedRequestIds: string[] = [];
    if (newLead) {
      const due = data.dueAt ? { at: data.dueAt, reason: data.reason } : undefined;
      const [fresh] = await replaceLead(tx, ctx, { ...s, assignments: remaining }, lead, newLead, due);
      if (!data.dueAt && fresh) changes.push({ field: "dueAt", from: fromDbValue(lead.dueAt), to: fromDbValue(fresh.dueAt) });
      await notifyUnit(tx, lead.unitId, "assignment.ended", s.id, params, `ended:${lead.id}`, { at: now });
      closedRequestIds = await closeOpenRequests(tx, ctx, lead.id, data.reason);
    } else if (data.dueAt && dueChanged) {
      await tx.assignment.update({ where: { id: lead.id }, data: { dueAt: data.dueAt } });
    }
    for (const unit of added) {
      const a = await createAssignment(tx, ctx, s.id, unit.id, "CO", coDueAt(now));
      await notifyUnit(tx, unit.id, "assignment.new", s.id, { ...params, role: "CO", dueAt: a.dueAt.toISOString() }, `assign:${a.id}`, {
        at: now,
      });
    }
    const updated = await bumpSuggestion(tx, ctx, await tx.suggestion.findUniqueOrThrow({ where: { id: s.id } }));
    const active = await tx.assignment.findMany({
      where: { suggestionId: s.id, state: "ACTIVE" },
      include: { unit: { select: { id: true, code: true, name: true } } },
      orderBy: [{ role: "asc" }, { assignedAt: "asc" }, { id: "asc" }],
    });
    const unitsOf = (list: { role: string; dueAt: Date; unit: { code: string } }[]) => ({
      leadUnitCode: list.find((a) => a.role === "LEAD")?.unit.code ?? null,
      coUnitCodes: list.filter((a) => a.role === "CO").map((a) => a.unit.code),
      dueAt: list.find((a) => a.role === "LEAD")?.dueAt ?? null,
    });
    const event = {
      changes,
      reason: data.reason,
      before: unitsOf(s.assignments),
      after: { ...unitsOf(active), ...(closedRequestIds.length ? { closedRequestIds } : {}) },
    };
    await recordCorrection(tx, ctx, updated, "correction.units", event, [s.leadDeputyId]);
    return active;
  });
}
