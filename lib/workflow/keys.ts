// Key suggestions led by provincial leaders (领导领办, as in the 2022 report): besides a leader marking one
// (supervision.ts's markKey), the office assigns a suggestion to a LEADER user, changes or removes that
// leader; the lead unit then reports progress (汇报) to the leader. Reports are never edited or deleted.
// The leader is notified of an assignment to them and of every report.
import { DomainError, forbidden, ruleBlocks } from "@/lib/errors";
import { activeLead, canActAsLeadUnit, canAssignKeyLeader, canReportKeyProgress } from "@/lib/permissions/can";
import { notifyUsers } from "@/lib/notifications/notify";
import { assignKeyInput, progressReportInput } from "@/lib/validation/keys";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { assignmentsInclude, loadSuggestion } from "./load";
import { record } from "./record";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

/**
 * OFFICE/ADMIN: makes the suggestion key and led by a leader (an active LEADER user), moves it to another
 * leader, or (key: false) ends it. 409 on a stale expectedVersion; 422 on a withdrawn suggestion or no change.
 */
export async function assignKeyLeader(ctx: Ctx, suggestionId: string, input: InputOf<typeof assignKeyInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, {});
    if (!canAssignKeyLeader(ctx.actor)) throw forbidden();
    const data = parseInput(assignKeyInput, input);
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    const leader = data.key
      ? await tx.user.findFirst({ where: { id: data.leaderId, role: "LEADER", active: true }, select: { id: true, name: true } })
      : null;
    if (data.key && !leader) throw invalidField("leaderId", "errors.field.choice");
    const keyLeaderId = leader?.id ?? null;
    if (s.key === data.key && s.keyLeaderId === keyLeaderId) throw new DomainError("RULE", "keys.errors.unchanged");
    const updated = await bumpSuggestion(tx, ctx, s, { key: data.key, keyLeaderId }, data.expectedVersion);
    await record(tx, ctx, {
      action: !data.key ? "keySuggestion.remove" : s.key && s.keyLeaderId ? "keySuggestion.change" : "keySuggestion.assign",
      entity: "Suggestion",
      entityId: s.id,
      suggestionId: s.id,
      before: { key: s.key, keyLeaderId: s.keyLeaderId },
      after: { key: updated.key, keyLeaderId: updated.keyLeaderId, leaderName: leader?.name ?? null, reason: data.reason ?? null },
    });
    // The leader who now leads it is told (not on removal: nothing is asked of anyone then).
    if (leader) {
      await notifyUsers(tx, [leader.id], "key.assigned", s.id, { number: s.number, title: s.title }, undefined, { at: nowOf(ctx) });
    }
    return updated;
  });
}

/**
 * A handler or leader of the lead unit reports progress on a key suggestion to its leader. 403 for anyone
 * else who may see it (a co unit, the office), 422 when the suggestion is not key or has been withdrawn.
 */
export async function reportKeyProgress(ctx: Ctx, suggestionId: string, input: InputOf<typeof progressReportInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    const lead = activeLead(s.assignments);
    if (!lead || !canActAsLeadUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(progressReportInput, input);
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    if (!canReportKeyProgress(ctx.actor, s)) throw new DomainError("RULE", "keys.errors.notKey");
    const report = await tx.keyProgressReport.create({
      data: {
        suggestionId: s.id,
        unitId: lead.unitId,
        reportedOn: data.reportedOn,
        text: data.text,
        createdById: ctx.actor.id,
        createdAt: nowOf(ctx),
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "keyReport.create",
      entity: "KeyProgressReport",
      entityId: report.id,
      suggestionId: s.id,
      after: { ...report, unitCode: lead.unit.code, keyLeaderId: s.keyLeaderId },
    });
    // The report is to the leader: they are told, with the unit's name.
    if (s.keyLeaderId) {
      const params = { number: s.number, title: s.title, unit: lead.unit.name };
      await notifyUsers(tx, [s.keyLeaderId], "key.report", s.id, params, undefined, { at: nowOf(ctx) });
    }
    return report;
  });
}
