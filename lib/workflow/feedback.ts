// 满意度测评: the lead deputy rates the latest signed reply within 30 days of signing (rule 1). Satisfied or
// basically satisfied closes the suggestion (rule 6); dissatisfied sends it back to the lead unit for
// re-handling with a new 30-day due date and a new round (rule 2 then needs a new communication).
import { forbidden, ruleBlocks, staleVersion } from "@/lib/errors";
import { activeLead, canGiveFeedback } from "@/lib/permissions/can";
import { isOffice } from "@/lib/permissions/roles";
import { notifyUnit } from "@/lib/notifications/notify";
import { feedbackInput } from "@/lib/validation/handling";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { db } from "@/lib/db";
import { nowOf, type Ctx } from "./context";
import { rehandlingDueAt } from "./deadlines";
import { assignmentsInclude, latestSignedReply, loadSuggestion } from "./load";
import { lockSuggestions } from "./locks";
import { record } from "./record";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

/**
 * The lead deputy's rating of the latest signed reply. A co-signer (or anyone else who can see the
 * suggestion) is 403, anyone else 404. Only while REPLIED and within the feedback window (422).
 * With `expectedVersion` (the Suggestion.version the deputy read), a suggestion changed since — e.g. a reply
 * reclassified or re-signed — is 409. Returns the Feedback row.
 */
export async function giveFeedback(ctx: Ctx, suggestionId: string, input: InputOf<typeof feedbackInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canGiveFeedback(ctx.actor, s)) throw forbidden();
    const data = parseInput(feedbackInput, input);
    if (data.expectedVersion !== undefined && data.expectedVersion !== s.version) throw staleVersion();
    const now = nowOf(ctx);
    if (s.status !== "REPLIED") throw ruleBlocks("feedbackNotOpen");
    if (s.feedbackDueAt && now.getTime() > s.feedbackDueAt.getTime()) throw ruleBlocks("feedbackWindowClosed");
    const reply = await latestSignedReply(tx, s.id);
    if (!reply) throw ruleBlocks("feedbackNotOpen");
    const feedback = await tx.feedback.create({
      data: {
        suggestionId: s.id,
        replyId: reply.id,
        deputyId: ctx.actor.deputyId!,
        rating: data.rating,
        comment: data.comment ?? null,
        createdAt: now,
      },
    });
    const lead = activeLead(s.assignments);
    let after: Record<string, unknown>;
    if (data.rating === "DISSATISFIED") {
      const dueAt = rehandlingDueAt(now);
      if (lead) await tx.assignment.update({ where: { id: lead.id }, data: { dueAt } });
      await bumpSuggestion(tx, ctx, s, { status: "REHANDLING", feedbackDueAt: null });
      after = { status: "REHANDLING", rating: data.rating, replyId: reply.id, leadAssignmentId: lead?.id ?? null, dueAt };
    } else {
      await bumpSuggestion(tx, ctx, s, { status: "CLOSED", closedAt: now, closeReason: "FEEDBACK" });
      after = { status: "CLOSED", closeReason: "FEEDBACK", rating: data.rating, replyId: reply.id };
    }
    await record(tx, ctx, {
      action: "feedback.give",
      entity: "Feedback",
      entityId: feedback.id,
      suggestionId: s.id,
      before: { status: s.status, ...(lead && data.rating === "DISSATISFIED" ? { dueAt: lead.dueAt } : {}) },
      after: { ...after, comment: data.comment ?? null },
    });
    const unitId = lead?.unitId ?? reply.unitId;
    await notifyUnit(
      tx,
      unitId,
      "feedback.received",
      s.id,
      { number: s.number, title: s.title, rating: data.rating },
      `feedback:${feedback.id}`,
      { at: now },
    );
    return feedback;
  });
}

/**
 * Closes every REPLIED suggestion whose feedback window has passed as "no feedback" (未反馈), at the end of
 * its window. OFFICE or ADMIN (the scheduled job acts as the system user, lib/jobs/system-actor.ts). Idempotent; returns the
 * number closed and their ids.
 */
export async function closeExpiredFeedback(ctx: Ctx): Promise<{ count: number; ids: string[] }> {
  if (!isOffice(ctx.actor)) throw forbidden();
  const now = nowOf(ctx);
  const ids: string[] = [];
  for (;;) {
    const due = await db.suggestion.findMany({
      where: { status: "REPLIED", feedbackDueAt: { lt: now } },
      select: { id: true },
      orderBy: { id: "asc" },
      take: 500,
    });
    if (!due.length) break;
    const closed = await transact(async (tx) => {
      await lockSuggestions(
        tx,
        due.map((d) => d.id),
      );
      const rows = await tx.suggestion.findMany({
        where: { id: { in: due.map((d) => d.id) }, status: "REPLIED", feedbackDueAt: { lt: now } },
      });
      for (const s of rows) {
        await tx.suggestion.update({
          where: { id: s.id },
          data: { status: "CLOSED", closeReason: "NO_FEEDBACK", closedAt: s.feedbackDueAt, version: { increment: 1 }, updatedAt: now },
        });
      }
      if (rows.length) {
        await tx.auditEvent.createMany({
          data: rows.map((s) => ({
            actorId: ctx.actor.id,
            action: "suggestion.closeNoFeedback",
            entity: "Suggestion",
            entityId: s.id,
            suggestionId: s.id,
            before: { status: s.status, feedbackDueAt: s.feedbackDueAt },
            after: { status: "CLOSED", closeReason: "NO_FEEDBACK", closedAt: s.feedbackDueAt },
            createdAt: now,
          })),
        });
      }
      return rows.map((r) => r.id);
    });
    ids.push(...closed);
    if (due.length < 500) break;
  }
  return { count: ids.length, ids };
}
