// 沟通记录 and 会办意见: a unit with an active assignment records its communication with the deputy (rule 2
// counts these per handling round); a co-handling unit gives its written opinion to the lead unit (rule 3).
import { forbidden, ruleBlocks } from "@/lib/errors";
import { activeAssignmentOf, activeLead, canActAsCoUnit, canCommunicate } from "@/lib/permissions/can";
import { notifyUnit } from "@/lib/notifications/notify";
import { communicationInput, opinionInput } from "@/lib/validation/handling";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { assignmentsInclude, currentRound, loadSuggestion } from "./load";
import { record } from "./record";
import { isHandling } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

/** Communications may be a little in the future of the server's clock (a form filled in at 09:00 for 09:02). */
const CLOCK_SKEW_MS = 10 * 60_000;

/**
 * Records a communication with the deputy. A handler or leader of a unit with an ACTIVE assignment (lead
 * or co); other visible actors are 403. Not while the suggestion is pending or withdrawn (422).
 * The round is the current handling round (1 + dissatisfied feedbacks so far).
 */
export async function recordCommunication(ctx: Ctx, suggestionId: string, input: InputOf<typeof communicationInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canCommunicate(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(communicationInput, input);
    const now = nowOf(ctx);
    if (data.occurredAt.getTime() > now.getTime() + CLOCK_SKEW_MS) throw invalidField("occurredAt", "errors.field.notFuture");
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    if (s.status === "PENDING") throw ruleBlocks("notInHandling");
    const round = await currentRound(tx, s.id);
    const communication = await tx.communication.create({
      data: {
        suggestionId: s.id,
        unitId: ctx.actor.unitId!,
        method: data.method,
        occurredAt: data.occurredAt,
        summary: data.summary,
        round,
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "communication.record",
      entity: "Communication",
      entityId: communication.id,
      suggestionId: s.id,
      after: communication,
    });
    return communication;
  });
}

/**
 * A co-handling unit's opinion (会办意见) to the lead unit. Only a unit with an active CO assignment: the
 * lead unit and others who can see the suggestion are 403. Only while it is being handled (422).
 */
export async function submitOpinion(ctx: Ctx, suggestionId: string, input: InputOf<typeof opinionInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canActAsCoUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(opinionInput, input);
    if (!isHandling(s.status)) throw ruleBlocks(s.status === "WITHDRAWN" ? "withdrawn" : "notInHandling");
    const now = nowOf(ctx);
    const assignment = activeAssignmentOf(ctx.actor, s.assignments)!;
    const opinion = await tx.opinion.create({
      data: {
        suggestionId: s.id,
        assignmentId: assignment.id,
        unitId: assignment.unitId,
        text: data.text,
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, { action: "opinion.submit", entity: "Opinion", entityId: opinion.id, suggestionId: s.id, after: opinion });
    const lead = activeLead(s.assignments);
    if (lead) {
      await notifyUnit(
        tx,
        lead.unitId,
        "opinion.received",
        s.id,
        { number: s.number, title: s.title, unit: assignment.unit.name },
        `opinion:${opinion.id}`,
        { at: now },
      );
    }
    return opinion;
  });
}
