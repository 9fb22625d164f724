// The office's standing decision (issue 11): a registration is not a suggestion — 不予立案, or 转为来信 for a
// letter about a personal matter — with a reason. It leaves every statistic (UNCOUNTED_STATUSES), the units'
// open duties end, and the deputy is told why. The office may restore it: back to PENDING, to be assigned afresh
// (the units were told their work ended, so a new assignment with a fresh clock is the honest way back).
import { DomainError, forbidden, staleVersion } from "@/lib/errors";
import { canDecideStanding } from "@/lib/permissions/can";
import { notifyDeputy, notifyUnit } from "@/lib/notifications/notify";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { standingInput } from "@/lib/validation/standing";
import { nowOf, type Ctx } from "./context";
import { assignmentsInclude, loadSuggestion } from "./load";
import { record } from "./record";
import { isMarkable, isNotASuggestion } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

const blocks = (key: string, params?: Record<string, string | number>) =>
  new DomainError("RULE", `standing.errors.${key}`, undefined, params);

/** Marks a suggestion not a suggestion (`standing` NOT_ACCEPTED / TO_LETTER) or restores it (SUGGESTION). OFFICE/ADMIN. */
export async function decideStanding(ctx: Ctx, suggestionId: string, input: InputOf<typeof standingInput>) {
  if (!canDecideStanding(ctx.actor)) throw forbidden();
  const data = parseInput(standingInput, input);
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (data.expectedVersion !== undefined && data.expectedVersion !== s.version) throw staleVersion();
    const now = nowOf(ctx);
    const params = { number: s.number, title: s.title, reason: data.reason };

    if (data.standing === "SUGGESTION") {
      if (!isNotASuggestion(s.status)) throw blocks("notMarked");
      const updated = await bumpSuggestion(tx, ctx, s, { status: "PENDING", standingReason: null, standingAt: null });
      await record(tx, ctx, {
        action: "suggestion.restoreStanding",
        entity: "Suggestion",
        entityId: s.id,
        suggestionId: s.id,
        before: { status: s.status, standingReason: s.standingReason },
        after: { status: updated.status, reason: data.reason },
      });
      await notifyDeputy(tx, s.leadDeputyId, "suggestion.restored", s.id, params, undefined, { at: now });
      return updated;
    }

    const kind = data.standing;
    if (isNotASuggestion(s.status)) throw blocks("alreadyMarked");
    const signed = await tx.reply.count({ where: { suggestionId: s.id, state: "SIGNED" } });
    if (signed > 0 || !isMarkable(s.status)) throw blocks("afterReply");
    if (s.mergeGroupId) throw blocks("merged");
    // The units' open duties end: their assignments are cancelled, kept as history (nothing hard-deleted).
    await tx.assignment.updateMany({ where: { suggestionId: s.id, state: "ACTIVE" }, data: { state: "CANCELLED", endedAt: now } });
    const updated = await bumpSuggestion(tx, ctx, s, { status: kind, standingReason: data.reason, standingAt: now });
    await record(tx, ctx, {
      action: kind === "NOT_ACCEPTED" ? "suggestion.notAccepted" : "suggestion.toLetter",
      entity: "Suggestion",
      entityId: s.id,
      suggestionId: s.id,
      before: { status: s.status, assignmentIds: s.assignments.map((a) => a.id) },
      after: { status: updated.status, reason: data.reason },
    });
    await notifyDeputy(tx, s.leadDeputyId, "suggestion.notASuggestion", s.id, { ...params, status: kind }, undefined, { at: now });
    for (const unitId of new Set(s.assignments.map((a) => a.unitId))) {
      await notifyUnit(tx, unitId, "assignment.ended", s.id, { number: s.number, title: s.title }, undefined, { at: now });
    }
    return updated;
  });
}
