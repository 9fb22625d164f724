// Feedback (rule 1 window, rule 6 closing), re-handling rounds (rule 2 per round), the no-feedback close,
// follow-up and reclassification.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordCommunication } from "@/lib/workflow/communications";
import { closeExpiredFeedback, giveFeedback } from "@/lib/workflow/feedback";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { draftReply, signReply, submitReply } from "@/lib/workflow/replies";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

/** A suggestion with a reply signed at at(1.4): the feedback window ends at at(31.4). */
async function replied(category: "A" | "B" = "A") {
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { co: false });
  const reply = await replyAndSign(w, s.id, { category });
  return { s, reply };
}

describe("giveFeedback", () => {
  it("rule 6: satisfied and basically satisfied close the suggestion", async () => {
    for (const rating of ["SATISFIED", "BASICALLY_SATISFIED"] as const) {
      const { s, reply } = await replied();
      const f = await giveFeedback(ctxOf(w.leadDeputy, at(5)), s.id, { rating, comment: "好" });
      expect([f.rating, f.replyId, f.deputyId]).toEqual([rating, reply.id, w.deputies.lead.id]);
      const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
      expect([row.status, row.closeReason, row.closedAt]).toEqual(["CLOSED", "FEEDBACK", at(5)]);
      expect(await db.notification.count({ where: { suggestionId: s.id, kind: "feedback.received", userId: w.leadHandler.id } })).toBe(1);
      expect(await db.auditEvent.count({ where: { suggestionId: s.id, action: "feedback.give" } })).toBe(1);
      await expectError(giveFeedback(ctxOf(w.leadDeputy, at(6)), s.id, { rating }), "RULE", "errors.rule.feedbackNotOpen");
    }
  });

  it("only the lead deputy: a co-signer is 403, a stranger 404, units and OFFICE 403", async () => {
    const { s } = await replied();
    await expectError(giveFeedback(ctxOf(w.cosignerDeputy, at(5)), s.id, { rating: "SATISFIED" }), "FORBIDDEN");
    await expectError(giveFeedback(ctxOf(w.strangerDeputy, at(5)), s.id, { rating: "SATISFIED" }), "NOT_FOUND");
    await expectError(giveFeedback(ctxOf(w.otherHandler, at(5)), s.id, { rating: "SATISFIED" }), "NOT_FOUND");
    await expectError(giveFeedback(ctxOf(w.office, at(5)), s.id, { rating: "SATISFIED" }), "FORBIDDEN");
    await expectError(giveFeedback(ctxOf(w.leadHandler, at(5)), s.id, { rating: "SATISFIED" }), "FORBIDDEN");
    const e = await expectError(giveFeedback(ctxOf(w.leadDeputy, at(5)), s.id, { rating: "GREAT" } as never), "INVALID");
    expect(e.fields).toEqual({ rating: "errors.field.choice" });
  });

  it("only on a REPLIED suggestion (422 before the reply)", async () => {
    const s = await newSuggestion(w);
    await expectError(giveFeedback(ctxOf(w.leadDeputy), s.id, { rating: "SATISFIED" }), "RULE", "errors.rule.feedbackNotOpen");
    await assignTo(w, s.id);
    await expectError(giveFeedback(ctxOf(w.leadDeputy), s.id, { rating: "SATISFIED" }), "RULE", "errors.rule.feedbackNotOpen");
  });

  it("rule 1: the window closes 30 days after signing (422)", async () => {
    const { s } = await replied();
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.feedbackDueAt).toEqual(at(31.4));
    await expectError(
      giveFeedback(ctxOf(w.leadDeputy, at(31.5)), s.id, { rating: "SATISFIED" }),
      "RULE",
      "errors.rule.feedbackWindowClosed",
    );
    expect((await giveFeedback(ctxOf(w.leadDeputy, at(31.4)), s.id, { rating: "SATISFIED" })).rating).toBe("SATISFIED");
  });
});

describe("re-handling after dissatisfied feedback", () => {
  it("goes to REHANDLING with the lead due 30 days later; a new round needs a new communication (rule 2)", async () => {
    const { s, reply } = await replied();
    await giveFeedback(ctxOf(w.leadDeputy, at(10)), s.id, { rating: "DISSATISFIED", comment: "不满意" });
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect(row.status).toBe("REHANDLING");
    const lead = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } });
    expect(lead.dueAt).toEqual(at(40));
    expect(lead.originalDueAt).toEqual(at(90));
    expect(await db.notification.count({ where: { suggestionId: s.id, kind: "feedback.received", userId: w.leadLeader.id } })).toBe(1);

    // Round 2: the round-1 communication no longer counts.
    const draft = await draftReply(ctxOf(w.leadHandler, at(11)), s.id, { category: "A", text: "重新答复" });
    expect(draft.round).toBe(2);
    await expectError(submitReply(ctxOf(w.leadHandler, at(12)), draft.id), "RULE", "errors.rule.noCommunication");
    const comm = await recordCommunication(ctxOf(w.leadHandler, at(12)), s.id, {
      method: "VISIT",
      occurredAt: at(12),
      summary: "上门走访",
    });
    expect(comm.round).toBe(2);
    await submitReply(ctxOf(w.leadHandler, at(13)), draft.id);
    await signReply(ctxOf(w.leadLeader, at(14)), draft.id);
    const again = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect([again.status, again.feedbackDueAt]).toEqual(["REPLIED", at(44)]);

    // The deputy now rates the new reply, not the old one.
    const f = await giveFeedback(ctxOf(w.leadDeputy, at(20)), s.id, { rating: "BASICALLY_SATISFIED" });
    expect(f.replyId).toBe(draft.id);
    expect(f.replyId).not.toBe(reply.id);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("CLOSED");
  });
});

describe("closeExpiredFeedback", () => {
  it("closes REPLIED suggestions past their window as NO_FEEDBACK, once, at the window's end", async () => {
    const { s: expired } = await replied();
    const { s: open } = await replied();
    await db.suggestion.update({ where: { id: open.id }, data: { feedbackDueAt: at(100) } });
    const result = await closeExpiredFeedback(ctxOf(w.admin, at(60)));
    expect(result.ids).toContain(expired.id);
    expect(result.ids).not.toContain(open.id);
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: expired.id } });
    expect([row.status, row.closeReason, row.closedAt]).toEqual(["CLOSED", "NO_FEEDBACK", at(31.4)]);
    expect(await db.auditEvent.count({ where: { suggestionId: expired.id, action: "suggestion.closeNoFeedback" } })).toBe(1);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: open.id } })).status).toBe("REPLIED");
    // Idempotent.
    expect((await closeExpiredFeedback(ctxOf(w.admin, at(60)))).ids).not.toContain(expired.id);
    await expectError(
      giveFeedback(ctxOf(w.leadDeputy, at(60)), expired.id, { rating: "SATISFIED" }),
      "RULE",
      "errors.rule.feedbackNotOpen",
    );
  });
  it("needs OFFICE or ADMIN (the system actor)", async () => {
    await expectError(closeExpiredFeedback(ctxOf(w.leader)), "FORBIDDEN");
    await expectError(closeExpiredFeedback(ctxOf(w.leadDeputy)), "FORBIDDEN");
    expect(await closeExpiredFeedback(ctxOf(w.office, at(-10)))).toEqual({ count: 0, ids: [] });
  });
});

describe("follow-up and reclassification", () => {
  it("the lead unit posts progress on a signed reply's commitments; others are 403/404; before signing 422", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await expectError(postFollowUp(ctxOf(w.leadHandler, at(2)), s.id, { items: [{ text: "进展" }] }), "RULE", "errors.rule.noSignedReply");
    await expectError(
      reclassify(ctxOf(w.leadHandler, at(2)), s.id, { toCategory: "A", evidence: "x" }),
      "RULE",
      "errors.rule.noSignedReply",
    );
    const reply = await replyAndSign(w, s.id, { category: "B" });
    await expectError(postFollowUp(ctxOf(w.coHandler, at(5)), s.id, { items: [{ text: "进展" }] }), "FORBIDDEN");
    await expectError(postFollowUp(ctxOf(w.otherHandler, at(5)), s.id, { items: [{ text: "进展" }] }), "NOT_FOUND");
    const e = await expectError(
      postFollowUp(ctxOf(w.leadHandler, at(5)), s.id, { items: [{ commitmentId: "nope", text: "进展" }] }),
      "INVALID",
    );
    expect(e.fields).toEqual({ "items.0.commitmentId": "errors.field.unknownCommitment" });
    const [f] = await postFollowUp(ctxOf(w.leadHandler, at(5)), s.id, {
      items: [{ commitmentId: reply.commitments[0].id, text: "推进中" }],
    });
    expect([f.commitmentId, f.completed]).toEqual([reply.commitments[0].id, false]);
    expect((await db.commitment.findUniqueOrThrow({ where: { id: reply.commitments[0].id } })).doneAt).toBeNull();
    expect(await db.auditEvent.count({ where: { suggestionId: s.id, action: "followUp.post" } })).toBe(1);
  });

  it("reclassification keeps the history; the same category is 422; the co unit is 403", async () => {
    const { s } = await replied("B");
    await expectError(
      reclassify(ctxOf(w.leadHandler, at(50)), s.id, { toCategory: "B", evidence: "x" }),
      "RULE",
      "errors.rule.sameCategory",
    );
    await expectError(reclassify(ctxOf(w.leader, at(50)), s.id, { toCategory: "A", evidence: "x" }), "FORBIDDEN");
    await reclassify(ctxOf(w.leadHandler, at(50)), s.id, { toCategory: "A", evidence: "已办结" });
    await reclassify(ctxOf(w.leadHandler, at(51)), s.id, { toCategory: "C", evidence: "条件变化" });
    const history = await db.reclassification.findMany({ where: { suggestionId: s.id }, orderBy: { createdAt: "asc" } });
    expect(history.map((r) => `${r.fromCategory}→${r.toCategory}`)).toEqual(["B→A", "A→C"]);
    // The signed reply itself is untouched.
    expect((await db.reply.findFirstOrThrow({ where: { suggestionId: s.id, state: "SIGNED" } })).category).toBe("B");
  });
});
