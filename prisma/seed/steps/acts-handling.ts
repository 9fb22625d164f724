// The acts up to a signed reply: assignment, co-handling opinions, talking with the deputy, drafting,
// revising, submitting, returning and signing the reply.
import { db } from "@/lib/db";
import { assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import * as texts from "../data/texts";
import { unitUsername } from "./accounts";
import { addDays, handlerOf, iso, unitLeaderOf, type Act, type DemoWorld, type SuggestionReplay } from "./replay-state";

const replyArgs = (w: DemoWorld, rp: SuggestionReplay, category: texts.CategoryCode, revised = false) => ({
  deputy: rp.deputy,
  title: rp.s.title,
  unit: w.unitName.get(rp.lead)!,
  topic: rp.s.topic,
  category,
  coUnits: rp.s.co.map((c) => w.unitName.get(c)!),
  revised,
});

// A category C matter is planned over 18 months; otherwise one commitment every five months from four months on.
const commitmentsFor = (rp: SuggestionReplay, c: texts.CategoryCode, at: Date) =>
  texts.commitmentTexts(rp.s.topic, c).map((text, k) => ({ text, dueAt: iso(addDays(at, c === "C" ? 540 : 120 + 150 * k)) }));

export const handlingAct: Act = async (w, rp, step, ctx) => {
  const { s, id, r, lead } = rp;
  switch (step.kind) {
    case "assign":
      await assignSuggestion(ctx(w.office), id, { leadUnitCode: lead, coUnitCodes: s.co.length ? s.co : undefined });
      return true;
    case "opinion":
      await submitOpinion(ctx(w.actor(unitUsername(step.unit, false))), id, {
        text: texts.opinionText(r, w.unitName.get(step.unit)!, w.unitName.get(lead)!, s.topic),
      });
      return true;
    case "communicate": {
      const method = texts.pickMethod(r, s.sessionCode === "13-5");
      await recordCommunication(ctx(handlerOf(w, rp)), id, {
        method,
        occurredAt: iso(new Date(step.at.getTime() - r.int(20, 90) * 60_000)),
        summary: texts.communicationSummary(r, method, rp.deputy, w.unitName.get(lead)!, s.topic, rp.round),
      });
      return true;
    }
    case "draft": {
      rp.category = step.category;
      const created = await draftReply(ctx(handlerOf(w, rp)), id, {
        category: rp.category,
        text: texts.replyText(r, replyArgs(w, rp, rp.category, rp.round > 1)),
        commitments: commitmentsFor(rp, rp.category, step.at),
      });
      rp.replyId = created.id;
      return true;
    }
    case "revise": {
      const current = await db.reply.findUniqueOrThrow({ where: { id: rp.replyId! }, select: { version: true } });
      await updateReply(ctx(handlerOf(w, rp)), rp.replyId!, {
        category: rp.category,
        text: texts.replyText(r, replyArgs(w, rp, rp.category, true)),
        commitments: commitmentsFor(rp, rp.category, step.at),
        expectedVersion: current.version,
      });
      return true;
    }
    case "submit":
      await submitReply(ctx(handlerOf(w, rp)), rp.replyId!);
      return true;
    case "return":
      await returnReply(ctx(unitLeaderOf(w, rp)), rp.replyId!, { comment: texts.returnComment(r) });
      return true;
    case "sign":
      await signReply(ctx(unitLeaderOf(w, rp)), rp.replyId!, {
        publishable: step.publishable,
        publicSummary: step.publishable
          ? texts.publicSummary({ unit: w.unitName.get(lead)!, topic: s.topic, category: rp.category })
          : undefined,
      });
      return true;
    default:
      return false;
  }
};
