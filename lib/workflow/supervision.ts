// 督办 and leadership: OFFICE's supervision notices to a handling unit, leaders' instructions (批示), and a
// leader marking a suggestion as key (重点建议) that they personally lead (领办).
import { DomainError, forbidden, ruleBlocks } from "@/lib/errors";
import { activeLead, canInstruct, canMarkKey, canSupervise } from "@/lib/permissions/can";
import { notifyUnit } from "@/lib/notifications/notify";
import { instructionInput, markKeyInput, supervisionInput } from "@/lib/validation/handling";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { assignmentsInclude, loadSuggestion } from "./load";
import { record } from "./record";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

/**
 * A supervision notice (kind NOTICE) from OFFICE to a unit handling the suggestion, with an optional
 * deadline; the unit's users are notified. A unit without an active assignment on it is 422.
 */
export async function issueSupervision(ctx: Ctx, suggestionId: string, input: InputOf<typeof supervisionInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canSupervise(ctx.actor)) throw forbidden();
    const data = parseInput(supervisionInput, input);
    const unit = await tx.unit.findUnique({ where: { code: data.unitCode } });
    if (!unit) throw invalidField("unitCode", "errors.field.unknownUnit");
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    if (!s.assignments.some((a) => a.unitId === unit.id)) throw ruleBlocks("unitNotAssigned");
    const now = nowOf(ctx);
    const supervision = await tx.supervision.create({
      data: {
        suggestionId: s.id,
        unitId: unit.id,
        kind: "NOTICE",
        text: data.text,
        deadline: data.deadline ?? null,
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "supervision.notice",
      entity: "Supervision",
      entityId: supervision.id,
      suggestionId: s.id,
      after: { ...supervision, unitCode: unit.code },
    });
    await notifyUnit(
      tx,
      unit.id,
      "supervision.notice",
      s.id,
      { number: s.number, title: s.title, deadline: data.deadline?.toISOString() ?? null },
      `supervision:${supervision.id}`,
      { at: now },
    );
    return supervision;
  });
}

/** A leader's instruction (批示, kind INSTRUCTION) on a suggestion; the lead unit's users are notified. LEADER. */
export async function writeInstruction(ctx: Ctx, suggestionId: string, input: InputOf<typeof instructionInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canInstruct(ctx.actor)) throw forbidden();
    const data = parseInput(instructionInput, input);
    const now = nowOf(ctx);
    const lead = activeLead(s.assignments);
    const supervision = await tx.supervision.create({
      data: {
        suggestionId: s.id,
        unitId: lead?.unitId ?? null,
        kind: "INSTRUCTION",
        text: data.text,
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "supervision.instruction",
      entity: "Supervision",
      entityId: supervision.id,
      suggestionId: s.id,
      after: supervision,
    });
    if (lead) {
      await notifyUnit(
        tx,
        lead.unitId,
        "supervision.instruction",
        s.id,
        { number: s.number, title: s.title },
        `instruction:${supervision.id}`,
        { at: now },
      );
    }
    return supervision;
  });
}

/**
 * Marks (key: true) or unmarks a key suggestion (重点建议) led by the acting leader. LEADER. A suggestion
 * already led by another leader is 409; only its own leader unmarks it (403).
 */
export async function markKey(ctx: Ctx, suggestionId: string, input: InputOf<typeof markKeyInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, {});
    if (!canMarkKey(ctx.actor)) throw forbidden();
    const data = parseInput(markKeyInput, input);
    if (data.key && s.key && s.keyLeaderId && s.keyLeaderId !== ctx.actor.id) throw new DomainError("CONFLICT", "errors.keyTaken");
    if (!data.key && s.key && s.keyLeaderId && s.keyLeaderId !== ctx.actor.id) throw forbidden();
    const updated = await bumpSuggestion(tx, ctx, s, { key: data.key, keyLeaderId: data.key ? ctx.actor.id : null });
    await record(tx, ctx, {
      action: data.key ? "suggestion.markKey" : "suggestion.unmarkKey",
      entity: "Suggestion",
      entityId: s.id,
      suggestionId: s.id,
      before: { key: s.key, keyLeaderId: s.keyLeaderId },
      after: { key: updated.key, keyLeaderId: updated.keyLeaderId },
    });
    return updated;
  });
}
