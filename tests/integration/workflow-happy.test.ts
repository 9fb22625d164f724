// The whole life of a suggestion through the workflow functions, with the audit trail each step leaves.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { giveFeedback } from "@/lib/workflow/feedback";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { at, auditOf, buildWorld, ctxOf, newSuggestion, T0, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("a suggestion from registration to closing", () => {
  it("goes PENDING → IN_PROGRESS → REPLIED → CLOSED, every step audited and the right people notified", async () => {
    const s = await newSuggestion(w);
    expect(s.status).toBe("PENDING");
    expect(s.version).toBe(1);

    const assignments = await assignSuggestion(ctxOf(w.office, T0), s.id, {
      leadUnitCode: w.units.lead.code,
      coUnitCodes: [w.units.co.code],
    });
    expect(assignments.map((a) => [a.unit.code, a.role])).toEqual([
      [w.units.lead.code, "LEAD"],
      [w.units.co.code, "CO"],
    ]);
    expect(assignments[0].dueAt).toEqual(at(90));
    expect(assignments[1].dueAt).toEqual(at(30));
    const notified = await db.notification.findMany({ where: { suggestionId: s.id, kind: "assignment.new" } });
    expect(new Set(notified.map((n) => n.userId))).toEqual(new Set([w.leadHandler.id, w.leadLeader.id, w.coHandler.id, w.coLeader.id]));

    const comm = await recordCommunication(ctxOf(w.leadHandler, at(2)), s.id, {
      method: "FACE_TO_FACE",
      occurredAt: at(1.9),
      summary: "面谈",
    });
    expect(comm.round).toBe(1);
    await submitOpinion(ctxOf(w.coHandler, at(3)), s.id, { text: "会办意见" });

    const draft = await draftReply(ctxOf(w.leadHandler, at(4)), s.id, {
      category: "B",
      text: "第一稿",
      commitments: [{ text: "列入明年计划", dueAt: at(200).toISOString() }],
    });
    expect(draft.state).toBe("DRAFT");
    expect(draft.commitments).toHaveLength(1);
    const v2 = await updateReply(ctxOf(w.leadHandler, at(5)), draft.id, {
      category: "B",
      text: "第二稿",
      commitments: [
        { text: "列入明年计划", dueAt: at(210) },
        { text: "年内完成调研", dueAt: at(100) },
      ],
      expectedVersion: draft.version,
    });
    expect(v2.text).toBe("第二稿");
    expect(v2.commitments).toHaveLength(2);
    const versions = await db.replyVersion.findMany({ where: { replyId: draft.id }, orderBy: { versionNo: "asc" } });
    expect(versions.map((v) => [v.versionNo, v.text])).toEqual([
      [1, "第一稿"],
      [2, "第二稿"],
    ]);

    await submitReply(ctxOf(w.leadHandler, at(6)), draft.id);
    expect(await db.notification.count({ where: { userId: w.leadLeader.id, kind: "reply.review" } })).toBe(1);
    const returned = await returnReply(ctxOf(w.leadLeader, at(7)), draft.id, { comment: "请补充资金安排" });
    expect(returned.state).toBe("DRAFT");
    expect(returned.returnComment).toBe("请补充资金安排");
    const v3 = await updateReply(ctxOf(w.leadHandler, at(8)), draft.id, {
      category: "B",
      text: "第三稿",
      commitments: v2.commitments.map((c) => ({ text: c.text, dueAt: c.dueAt })),
      expectedVersion: returned.version,
    });
    await submitReply(ctxOf(w.leadHandler, at(9)), v3.id);
    const signed = await signReply(ctxOf(w.leadLeader, at(10)), draft.id, { publicSummary: "已列入计划" });
    expect(signed.state).toBe("SIGNED");
    expect(signed.signedAt).toEqual(at(10));
    expect(signed.signedById).toBe(w.leadLeader.id);
    expect(signed.publishable).toBe(true);

    const replied = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(replied.status).toBe("REPLIED");
    expect(replied.feedbackDueAt).toEqual(at(40));
    const deputyNotes = await db.notification.findMany({ where: { suggestionId: s.id, kind: "reply.signed" } });
    expect(new Set(deputyNotes.map((n) => n.userId))).toEqual(new Set([w.leadDeputy.id, w.cosignerDeputy.id]));

    const [commitment] = signed.commitments;
    const followUps = await postFollowUp(ctxOf(w.leadHandler, at(60)), s.id, {
      items: [{ commitmentId: commitment.id, text: "已完成", completed: true }],
    });
    expect(followUps).toHaveLength(1);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: commitment.id } })).doneAt).toEqual(at(60));

    const feedback = await giveFeedback(ctxOf(w.leadDeputy, at(20)), s.id, { rating: "SATISFIED", comment: "满意" });
    expect(feedback.replyId).toBe(draft.id);
    const closed = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(closed.status).toBe("CLOSED");
    expect(closed.closeReason).toBe("FEEDBACK");
    expect(closed.closedAt).toEqual(at(20));

    const r1 = await reclassify(ctxOf(w.leadLeader, at(61)), s.id, { toCategory: "A", evidence: "承诺事项已全部完成" });
    expect([r1.fromCategory, r1.toCategory]).toEqual(["B", "A"]);
    const r2 = await reclassify(ctxOf(w.leadLeader, at(62)), s.id, { toCategory: "B", evidence: "复查发现未完成" });
    expect([r2.fromCategory, r2.toCategory]).toEqual(["A", "B"]);
    expect(await db.reclassification.count({ where: { suggestionId: s.id } })).toBe(2);

    const events = await auditOf(s.id);
    expect(events.map((e) => e.action)).toEqual([
      "suggestion.register",
      "suggestion.assign",
      "communication.record",
      "opinion.submit",
      "reply.draft",
      "reply.update",
      "reply.submit",
      "reply.return",
      "reply.update",
      "reply.submit",
      "reply.sign",
      "feedback.give",
      "followUp.post",
      "suggestion.reclassify",
      "suggestion.reclassify",
    ]);
    expect(events.every((e) => e.actorId)).toBe(true);
    // Every change bumped the suggestion's version.
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).version).toBe(1 + events.length - 1);
  });
});
