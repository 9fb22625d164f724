// The acts around and after the reply: the deputy's feedback and withdrawal, follow-ups and reclassification,
// the office's supervision, merging and decisions, the leader's key mark and instruction, the unit's requests.
import { db } from "@/lib/db";
import { giveFeedback } from "@/lib/workflow/feedback";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { withdrawSuggestion } from "@/lib/workflow/register";
import { decideExtension, mergeSuggestions, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { issueSupervision, markKey, writeInstruction } from "@/lib/workflow/supervision";
import * as texts from "../data/texts";
import { deputyUsername } from "./accounts";
import { handlerOf, iso, unitLeaderOf, type Act } from "./replay-state";

export const laterAct: Act = async (w, rp, step, ctx) => {
  const { s, id, r, lead } = rp;
  const deputy = () => w.actor(deputyUsername(s.leadDeputy));
  switch (step.kind) {
    case "feedback":
      await giveFeedback(ctx(deputy()), id, { rating: step.rating, comment: texts.feedbackComment(r, step.rating) });
      if (step.rating === "DISSATISFIED") rp.round += 1;
      return true;
    case "followUp": {
      const commitments = await db.commitment.findMany({
        where: { replyId: rp.replyId! },
        orderBy: { dueAt: "asc" },
        select: { id: true, text: true },
      });
      const items = commitments.length
        ? commitments.map((c) => ({ commitmentId: c.id, text: texts.followUpText(c.text, step.completed), completed: step.completed }))
        : [{ text: texts.followUpText(s.topic.measures[0], step.completed), completed: step.completed }];
      await postFollowUp(ctx(handlerOf(w, rp)), id, { items });
      return true;
    }
    case "reclassify":
      await reclassify(ctx(unitLeaderOf(w, rp)), id, { toCategory: step.to, evidence: texts.reclassifyEvidence(s.topic) });
      return true;
    case "supervise":
      await issueSupervision(ctx(w.office), id, { unitCode: lead, text: texts.supervisionText(r, s.title), deadline: iso(step.deadline) });
      return true;
    case "markKey":
      await markKey(ctx(w.leader), id, { key: true });
      return true;
    case "instruct":
      await writeInstruction(ctx(w.leader), id, { text: texts.instructionText(s.title) });
      return true;
    case "withdraw":
      await withdrawSuggestion(ctx(deputy()), id);
      return true;
    case "requestReassignment":
      await requestReassignment(ctx(handlerOf(w, rp)), id, {
        reason: texts.reassignmentReason(w.unitName.get(lead)!, w.unitName.get(step.target)!),
      });
      return true;
    case "requestExtension":
      await requestExtension(ctx(handlerOf(w, rp)), id, {
        reason: texts.extensionReason(),
        requestedDueAt: iso(step.requestedDueAt),
        toldDeputyAt: iso(step.requestedDueAt),
      });
      return true;
    case "merge":
      await mergeSuggestions(ctx(w.office), {
        sessionCode: s.sessionCode,
        suggestionIds: [w.ids.get(`${s.sessionCode}/${step.with}`)!, id],
        note: texts.mergeNote(s.topic),
      });
      return true;
    case "decideExtension": {
      const request = await db.extensionRequest.findFirstOrThrow({ where: { suggestionId: id, state: "PENDING" }, select: { id: true } });
      await decideExtension(ctx(w.office), request.id, {
        approve: step.approve,
        note: step.approve ? "同意延期。" : "不同意延期，请按期答复。",
      });
      return true;
    }
    default:
      return false;
  }
};
