// Issue 8 item 7 (SPEC rule 7): the acts that judge what the user saw — sign, return, submit, the office's
// decisions, feedback — carry the version on screen; a record changed since is refused (409), in the
// workflow and through the API, and nothing is written.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueToken } from "@/lib/api/tokens";
import { POST as signRoute } from "@/app/api/v1/replies/[id]/sign/route";
import { POST as submitRoute } from "@/app/api/v1/replies/[id]/submit/route";
import { POST as feedbackRoute } from "@/app/api/v1/suggestions/[id]/feedback/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { recordCommunication } from "@/lib/workflow/communications";
import { giveFeedback } from "@/lib/workflow/feedback";
import { reclassify } from "@/lib/workflow/follow-up";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { decideExtension, decideReassignment, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

/** A suggestion whose lead reply is IN_REVIEW at at(1.3); returns it and the reply as the leader sees it. */
async function inReview() {
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { co: false });
  await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "电话沟通" });
  const draft = await draftReply(ctxOf(w.leadHandler, at(1.2)), s.id, { category: "A", text: "第一稿" });
  const reviewed = await submitReply(ctxOf(w.leadHandler, at(1.3)), draft.id, { expectedVersion: draft.version });
  return { s, reply: reviewed };
}

/** Meanwhile: returned, edited and resubmitted — the text the leader has on screen is no longer the reply. */
async function returnEditResubmit(replyId: string, seen: number) {
  const returned = await returnReply(ctxOf(w.leadLeader, at(2)), replyId, { comment: "请补充", expectedVersion: seen });
  const edited = await updateReply(ctxOf(w.leadHandler, at(2.1)), replyId, {
    category: "A",
    text: "另一稿，领导未看过",
    expectedVersion: returned.version,
  });
  return submitReply(ctxOf(w.leadHandler, at(2.2)), replyId, { expectedVersion: edited.version });
}

const bearer = async (userId: string) => `Bearer ${(await issueToken(userId)).token}`;
async function post(handler: typeof signRoute, userId: string, id: string, body: unknown) {
  const request = new Request("http://localhost/api/v1/x", {
    method: "POST",
    headers: { Authorization: await bearer(userId), "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const response = await handler(request, { params: Promise.resolve({ id }) });
  return {
    status: response.status,
    body: (await response.json()) as { error?: { code: string; message: string } } & Record<string, unknown>,
  };
}

describe("replies: sign, return and submit judge the version read", () => {
  it("a reply returned, edited and resubmitted while the review tab was open is not signed unseen (409)", async () => {
    const { reply } = await inReview();
    const seen = reply.version;
    const current = await returnEditResubmit(reply.id, seen);
    expect(current.state).toBe("IN_REVIEW");
    await expectError(signReply(ctxOf(w.leadLeader, at(3)), reply.id, { expectedVersion: seen }), "CONFLICT", "errors.stale");
    const row = await db.reply.findUniqueOrThrow({ where: { id: reply.id } });
    expect([row.state, row.signedAt]).toEqual(["IN_REVIEW", null]);
    // After a reload the leader reads the new text and signs it.
    const signed = await signReply(ctxOf(w.leadLeader, at(3)), reply.id, { expectedVersion: current.version });
    expect([signed.state, signed.text]).toEqual(["SIGNED", "另一稿，领导未看过"]);
  });

  it("return and submit are refused on a stale version too, and nothing changes", async () => {
    const { reply } = await inReview();
    const current = await returnEditResubmit(reply.id, reply.version);
    await expectError(
      returnReply(ctxOf(w.leadLeader, at(3)), reply.id, { comment: "旧页面退回", expectedVersion: reply.version }),
      "CONFLICT",
      "errors.stale",
    );
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).version).toBe(current.version);

    const returned = await returnReply(ctxOf(w.leadLeader, at(3)), reply.id, { comment: "再改", expectedVersion: current.version });
    await updateReply(ctxOf(w.leadHandler, at(3.1)), reply.id, { category: "A", text: "第三稿", expectedVersion: returned.version });
    await expectError(
      submitReply(ctxOf(w.leadHandler, at(3.2)), reply.id, { expectedVersion: returned.version }),
      "CONFLICT",
      "errors.stale",
    );
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).state).toBe("DRAFT");
  });

  it("through the API: expectedVersion is optional, and stale gives 409 on sign and submit", async () => {
    const { reply } = await inReview();
    const current = await returnEditResubmit(reply.id, reply.version);
    const stale = await post(signRoute, w.leadLeader.id, reply.id, { expectedVersion: reply.version });
    expect(stale.status).toBe(409);
    expect(stale.body.error?.code).toBe("CONFLICT");
    expect(stale.body.error?.message).toBe("该记录已被他人修改，请刷新后重试");
    expect((await post(signRoute, w.leadLeader.id, reply.id, { expectedVersion: "two" })).status).toBe(400);
    expect((await post(signRoute, w.leadLeader.id, reply.id, { expectedVersion: current.version })).status).toBe(200);

    const other = await inReview();
    await returnReply(ctxOf(w.leadLeader, at(2)), other.reply.id, { comment: "请补充" });
    expect((await post(submitRoute, w.leadHandler.id, other.reply.id, { expectedVersion: other.reply.version })).status).toBe(409);
    expect((await post(submitRoute, w.leadHandler.id, other.reply.id, {})).status).toBe(200); // optional
  });
});

describe("the office's decisions judge the suggestion as it was read", () => {
  it("a reassignment or extension decided on a stale page is 409; on the current one it goes through", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { co: false, when: at(0) });
    const request = await requestReassignment(ctxOf(w.leadHandler, at(1)), s.id, { reason: "不属于本单位职责" });
    const seen = (await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).version;
    await recordCommunication(ctxOf(w.leadHandler, at(1.5)), s.id, { method: "PHONE", occurredAt: at(1.5), summary: "又沟通了一次" });
    await expectError(
      decideReassignment(ctxOf(w.office, at(2)), request.id, { approve: true, expectedVersion: seen }),
      "CONFLICT",
      "errors.stale",
    );
    expect((await db.reassignmentRequest.findUniqueOrThrow({ where: { id: request.id } })).state).toBe("PENDING");
    const now = (await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).version;
    expect((await decideReassignment(ctxOf(w.office, at(2)), request.id, { approve: false, expectedVersion: now })).request.state).toBe(
      "REJECTED",
    );

    const extension = await requestExtension(ctxOf(w.leadHandler, at(3)), s.id, {
      reason: "需要调研",
      requestedDueAt: at(120),
      toldDeputyAt: at(3),
    });
    const before = (await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).version;
    await recordCommunication(ctxOf(w.leadHandler, at(3.5)), s.id, { method: "PHONE", occurredAt: at(3.5), summary: "告知代表" });
    await expectError(
      decideExtension(ctxOf(w.office, at(4)), extension.id, { approve: true, expectedVersion: before }),
      "CONFLICT",
      "errors.stale",
    );
    const lead = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } });
    expect(lead.dueAt).not.toEqual(at(120));
    expect((await decideExtension(ctxOf(w.office, at(4)), extension.id, { approve: true, expectedVersion: before + 1 })).state).toBe(
      "APPROVED",
    );
  });
});

describe("feedback judges the suggestion as the deputy read it", () => {
  it("a reply reclassified after the deputy opened the page is not rated unseen (409, API and workflow)", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { co: false });
    await replyAndSign(w, s.id, { category: "A" });
    const seen = (await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).version;
    await reclassify(ctxOf(w.leadHandler, at(3)), s.id, { toCategory: "D", evidence: "情况变化，留作参考" });
    await expectError(
      giveFeedback(ctxOf(w.leadDeputy, at(4)), s.id, { rating: "SATISFIED", expectedVersion: seen }),
      "CONFLICT",
      "errors.stale",
    );
    const stale = await post(feedbackRoute, w.leadDeputy.id, s.id, { rating: "SATISFIED", expectedVersion: seen });
    expect(stale.status).toBe(409);
    expect(await db.feedback.count({ where: { suggestionId: s.id } })).toBe(0);
    const now = (await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).version;
    // (The API runs at today's date, past this fixture's feedback window, so the rating is given in the workflow.)
    expect((await giveFeedback(ctxOf(w.leadDeputy, at(4)), s.id, { rating: "SATISFIED", expectedVersion: now })).rating).toBe("SATISFIED");
  });
});

describe("the API documents expectedVersion", () => {
  it("OpenAPI shows it on sign, submit and feedback", async () => {
    const doc = (await (await openapi()).json()) as { paths: Record<string, Record<string, any>> };
    const text = JSON.stringify([
      doc.paths["/replies/{id}/sign"].post,
      doc.paths["/replies/{id}/submit"].post,
      doc.paths["/suggestions/{id}/feedback"].post,
    ]);
    expect(text.match(/expectedVersion/g)?.length).toBeGreaterThanOrEqual(3);
    expect(doc.paths["/replies/{id}/sign"].post.responses["409"]).toBeDefined();
    expect(doc.paths["/suggestions/{id}/feedback"].post.responses["409"]).toBeDefined();
  });
});
