// 跟踪落实: after a signed reply the lead unit posts progress on its commitments, and may reclassify the
// outcome (e.g. B → A when done). Reclassifications are rows of their own: the history is kept.
import { forbidden, ruleBlocks } from "@/lib/errors";
import { canActAsLeadUnit } from "@/lib/permissions/can";
import { followUpInput, reclassifyInput } from "@/lib/validation/handling";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import type { Tx } from "@/lib/db";
import { assignmentsInclude, latestSignedReply, loadSuggestion } from "./load";
import { record } from "./record";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

/** The category the suggestion stands at: the latest reclassification after the latest signed reply, else that reply's. */
export async function currentCategory(tx: Tx, suggestionId: string) {
  const reply = await latestSignedReply(tx, suggestionId);
  if (!reply) return null;
  const reclass = await tx.reclassification.findFirst({ where: { suggestionId }, orderBy: [{ createdAt: "desc" }, { id: "desc" }] });
  const category = reclass && reply.signedAt && reclass.createdAt > reply.signedAt ? reclass.toCategory : reply.category;
  return { reply, category };
}

/**
 * Progress notes (one per item), each optionally on a commitment of a signed reply; `completed` marks the
 * commitment done. Handlers and leaders of the lead unit (403 for other viewers); needs a signed reply (422).
 */
export async function postFollowUp(ctx: Ctx, suggestionId: string, input: InputOf<typeof followUpInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canActAsLeadUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(followUpInput, input);
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    const signed = await tx.reply.findMany({ where: { suggestionId: s.id, state: "SIGNED" }, select: { id: true } });
    if (!signed.length) throw ruleBlocks("noSignedReply");
    const ids = data.items.map((i) => i.commitmentId).filter((id): id is string => !!id);
    const commitments = ids.length
      ? await tx.commitment.findMany({ where: { id: { in: ids }, replyId: { in: signed.map((r) => r.id) }, removedAt: null } })
      : [];
    const known = new Map(commitments.map((c) => [c.id, c]));
    data.items.forEach((item, i) => {
      if (item.commitmentId && !known.has(item.commitmentId))
        throw invalidField(`items.${i}.commitmentId`, "errors.field.unknownCommitment");
    });
    const now = nowOf(ctx);
    const created = [];
    for (const item of data.items) {
      const followUp = await tx.followUp.create({
        data: {
          suggestionId: s.id,
          commitmentId: item.commitmentId ?? null,
          unitId: ctx.actor.unitId!,
          text: item.text,
          completed: item.completed ?? false,
          createdById: ctx.actor.id,
          createdAt: now,
        },
      });
      created.push(followUp);
      const commitment = item.commitmentId ? known.get(item.commitmentId) : undefined;
      if (commitment && item.completed && !commitment.doneAt) {
        await tx.commitment.update({ where: { id: commitment.id }, data: { doneAt: now } });
        commitment.doneAt = now;
      }
      await record(tx, ctx, {
        action: "followUp.post",
        entity: "FollowUp",
        entityId: followUp.id,
        suggestionId: s.id,
        after: { ...followUp, ...(commitment ? { replyId: commitment.replyId, commitmentDone: !!commitment.doneAt } : {}) },
      });
    }
    await bumpSuggestion(tx, ctx, s);
    return created;
  });
}

/**
 * Reclassifies the outcome of a suggestion with a signed reply (e.g. B → A once the commitments are done),
 * from its current category, with evidence. The lead unit's users (403 for other viewers). Same category is 422.
 */
export async function reclassify(ctx: Ctx, suggestionId: string, input: InputOf<typeof reclassifyInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canActAsLeadUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(reclassifyInput, input);
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    const current = await currentCategory(tx, s.id);
    if (!current) throw ruleBlocks("noSignedReply");
    if (current.category === data.toCategory) throw ruleBlocks("sameCategory");
    const now = nowOf(ctx);
    const reclassification = await tx.reclassification.create({
      data: {
        suggestionId: s.id,
        replyId: current.reply.id,
        fromCategory: current.category,
        toCategory: data.toCategory,
        evidence: data.evidence,
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "suggestion.reclassify",
      entity: "Reclassification",
      entityId: reclassification.id,
      suggestionId: s.id,
      before: { category: current.category },
      after: reclassification,
    });
    return reclassification;
  });
}
