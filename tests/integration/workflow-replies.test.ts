// SPEC §3 rules 2–5 and 7 on replies, who may act on them, and the freezing of a signed reply.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const communicate = (suggestionId: string, when = at(1), actor = w.leadHandler) =>
  recordCommunication(ctxOf(actor, when), suggestionId, { method: "PHONE", occurredAt: when, summary: "电话沟通" });
const draftA = (suggestionId: string, when = at(2)) =>
  draftReply(ctxOf(w.leadHandler, when), suggestionId, { category: "A", text: "已解决" });

async function assigned(co = true) {
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { co });
  return s;
}

describe("communications and opinions", () => {
  it("lead and co units record communications; others who see it are 403, others 404; pending is 422", async () => {
    const s = await assigned();
    expect((await communicate(s.id, at(1), w.coHandler)).unitId).toBe(w.units.co.id);
    expect((await communicate(s.id, at(1), w.leadLeader)).round).toBe(1);
    await expectError(communicate(s.id, at(1), w.office), "FORBIDDEN");
    await expectError(communicate(s.id, at(1), w.leader), "FORBIDDEN");
    await expectError(communicate(s.id, at(1), w.leadDeputy), "FORBIDDEN");
    await expectError(communicate(s.id, at(1), w.otherHandler), "NOT_FOUND");
    const pending = await newSuggestion(w);
    await expectError(communicate(pending.id, at(1), w.otherHandler), "NOT_FOUND");
    const e = await expectError(
      recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "TELEGRAM", occurredAt: at(5), summary: "" } as never),
      "INVALID",
    );
    expect(e.fields).toEqual({ method: "errors.field.choice", summary: "errors.field.required" });
    const future = await expectError(
      recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(2), summary: "x" }),
      "INVALID",
    );
    expect(future.fields).toEqual({ occurredAt: "errors.field.notFuture" });
  });

  it("only a co unit gives an opinion: the lead unit is 403", async () => {
    const s = await assigned();
    const opinion = await submitOpinion(ctxOf(w.coLeader, at(2)), s.id, { text: "会办意见" });
    expect(opinion.unitId).toBe(w.units.co.id);
    expect(await db.notification.count({ where: { kind: "opinion.received", suggestionId: s.id, userId: w.leadHandler.id } })).toBe(1);
    await expectError(submitOpinion(ctxOf(w.leadHandler, at(2)), s.id, { text: "x" }), "FORBIDDEN");
    await expectError(submitOpinion(ctxOf(w.office, at(2)), s.id, { text: "x" }), "FORBIDDEN");
    await expectError(submitOpinion(ctxOf(w.otherHandler, at(2)), s.id, { text: "x" }), "NOT_FOUND");
  });
});

describe("drafting and editing", () => {
  it("only the lead unit drafts: co unit, OFFICE, LEADER and deputies are 403; other units 404", async () => {
    const s = await assigned();
    for (const actor of [w.coHandler, w.coLeader, w.office, w.leader, w.leadDeputy, w.admin]) {
      await expectError(draftReply(ctxOf(actor, at(2)), s.id, { category: "A", text: "x" }), "FORBIDDEN");
    }
    await expectError(draftReply(ctxOf(w.otherLeader, at(2)), s.id, { category: "A", text: "x" }), "NOT_FOUND");
    await expectError(draftReply(ctxOf(w.strangerDeputy, at(2)), s.id, { category: "A", text: "x" }), "NOT_FOUND");
  });

  it("rule 5: a category is required, B and C need a commitment with a planned date (422)", async () => {
    const s = await assigned();
    await expectError(draftReply(ctxOf(w.leadHandler, at(2)), s.id, { text: "x" }), "RULE", "errors.rule.categoryRequired");
    await expectError(
      draftReply(ctxOf(w.leadHandler, at(2)), s.id, { category: "B", text: "x" }),
      "RULE",
      "errors.rule.commitmentRequired",
    );
    await expectError(
      draftReply(ctxOf(w.leadHandler, at(2)), s.id, { category: "C", text: "x", commitments: [] }),
      "RULE",
      "errors.rule.commitmentRequired",
    );
    await expectError(
      draftReply(ctxOf(w.leadHandler, at(2)), s.id, { category: "B", text: "x", commitments: [{ text: "y" }] }),
      "RULE",
      "errors.rule.commitmentDateRequired",
    );
    const e = await expectError(draftReply(ctxOf(w.leadHandler, at(2)), s.id, { category: "E", text: "x" } as never), "INVALID");
    expect(e.fields).toEqual({ category: "errors.field.choice" });
    const ok = await draftReply(ctxOf(w.leadHandler, at(2)), s.id, {
      category: "C",
      text: "x",
      commitments: [{ text: "待条件成熟", dueAt: "2026-12-31" }],
    });
    expect(ok.commitments[0].dueAt).toEqual(new Date("2026-12-31T00:00:00+08:00"));
    // Rule 5 holds on every save.
    await expectError(
      updateReply(ctxOf(w.leadHandler, at(3)), ok.id, { category: "B", text: "x", commitments: [], expectedVersion: ok.version }),
      "RULE",
      "errors.rule.commitmentRequired",
    );
    expect(await db.replyVersion.count({ where: { replyId: ok.id } })).toBe(1);
  });

  it("one open reply per round (409); D and A need no commitment", async () => {
    const s = await assigned();
    await draftReply(ctxOf(w.leadHandler, at(2)), s.id, { category: "D", text: "作为参考" });
    await expectError(draftA(s.id), "CONFLICT", "errors.replyExists");
  });

  it("rule 7: a stale form is refused with 409 and nothing is overwritten", async () => {
    const s = await assigned();
    const draft = await draftA(s.id);
    const first = await updateReply(ctxOf(w.leadHandler, at(3)), draft.id, {
      category: "A",
      text: "甲的修改",
      expectedVersion: draft.version,
    });
    await expectError(
      updateReply(ctxOf(w.leadLeader, at(3)), draft.id, { category: "A", text: "乙的修改", expectedVersion: draft.version }),
      "CONFLICT",
      "errors.stale",
    );
    const row = await db.reply.findUniqueOrThrow({ where: { id: draft.id } });
    expect([row.text, row.version]).toEqual(["甲的修改", first.version]);
    await expectError(updateReply(ctxOf(w.leadHandler, at(3)), draft.id, { category: "A", text: "x" } as never), "INVALID");
  });

  it("rule 7 under concurrency: two saves from the same version, exactly one wins", async () => {
    const s = await assigned();
    const draft = await draftA(s.id);
    const results = await Promise.allSettled([
      updateReply(ctxOf(w.leadHandler, at(3)), draft.id, { category: "A", text: "甲", expectedVersion: draft.version }),
      updateReply(ctxOf(w.leadLeader, at(3)), draft.id, { category: "A", text: "乙", expectedVersion: draft.version }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.replyVersion.count({ where: { replyId: draft.id } })).toBe(2);
  });

  it("every save is kept as a version with its commitments", async () => {
    const s = await assigned();
    const draft = await draftReply(ctxOf(w.leadHandler, at(2)), s.id, {
      category: "B",
      text: "v1",
      commitments: [{ text: "c1", dueAt: at(100) }],
    });
    const v2 = await updateReply(ctxOf(w.leadHandler, at(3)), draft.id, {
      category: "A",
      text: "v2",
      commitments: [],
      expectedVersion: draft.version,
    });
    expect(v2.commitments).toEqual([]);
    const versions = await db.replyVersion.findMany({ where: { replyId: draft.id }, orderBy: { versionNo: "asc" } });
    expect(versions.map((v) => [v.versionNo, v.category, v.text, (v.commitments as unknown[]).length])).toEqual([
      [1, "B", "v1", 1],
      [2, "A", "v2", 0],
    ]);
  });
});

describe("rule 2 不沟通不回复", () => {
  it("a reply cannot go to review before the lead unit has recorded a communication (422)", async () => {
    const s = await assigned();
    const draft = await draftA(s.id);
    await expectError(submitReply(ctxOf(w.leadHandler, at(3)), draft.id), "RULE", "errors.rule.noCommunication");
    // A co unit's communication does not count for the lead unit.
    await communicate(s.id, at(3), w.coHandler);
    await expectError(submitReply(ctxOf(w.leadHandler, at(3)), draft.id), "RULE", "errors.rule.noCommunication");
    await communicate(s.id, at(3));
    expect((await submitReply(ctxOf(w.leadHandler, at(4)), draft.id)).state).toBe("IN_REVIEW");
  });
});

describe("review and signing", () => {
  async function inReview(co = true) {
    const s = await assigned(co);
    await communicate(s.id);
    const draft = await draftA(s.id);
    const submitted = await submitReply(ctxOf(w.leadHandler, at(3)), draft.id);
    return { s, reply: submitted };
  }

  it("rule 4: only a UNIT_LEADER of the lead unit signs; the handler and the co unit's leader are 403", async () => {
    const { reply } = await inReview(false);
    await expectError(signReply(ctxOf(w.leadHandler, at(4)), reply.id), "FORBIDDEN");
    await expectError(signReply(ctxOf(w.coLeader, at(4)), reply.id), "NOT_FOUND");
    await expectError(signReply(ctxOf(w.office, at(4)), reply.id), "FORBIDDEN");
    await expectError(signReply(ctxOf(w.leader, at(4)), reply.id), "FORBIDDEN");
    // A deputy cannot see an unsigned reply at all.
    await expectError(signReply(ctxOf(w.leadDeputy, at(4)), reply.id), "NOT_FOUND");
    await expectError(signReply(ctxOf(w.leadLeader, at(4)), "no-such-reply"), "NOT_FOUND");
    expect((await signReply(ctxOf(w.leadLeader, at(4)), reply.id)).state).toBe("SIGNED");
  });

  it("a draft cannot be signed; returning needs the unit leader and a comment", async () => {
    const s = await assigned(false);
    await communicate(s.id);
    const draft = await draftA(s.id);
    await expectError(signReply(ctxOf(w.leadLeader, at(4)), draft.id), "RULE", "errors.rule.replyNotInReview");
    await expectError(returnReply(ctxOf(w.leadLeader, at(4)), draft.id, { comment: "x" }), "RULE", "errors.rule.replyNotInReview");
    await submitReply(ctxOf(w.leadHandler, at(3)), draft.id);
    await expectError(returnReply(ctxOf(w.leadHandler, at(4)), draft.id, { comment: "x" }), "FORBIDDEN");
    await expectError(returnReply(ctxOf(w.leadLeader, at(4)), draft.id, { comment: " " }), "INVALID");
    // In review, the text cannot be edited.
    const current = await db.reply.findUniqueOrThrow({ where: { id: draft.id } });
    await expectError(
      updateReply(ctxOf(w.leadHandler, at(4)), draft.id, { category: "A", text: "y", expectedVersion: current.version }),
      "RULE",
      "errors.rule.replyNotDraft",
    );
  });

  it("rule 3: not while a co unit's opinion is missing and not yet overdue; an overdue co unit no longer blocks", async () => {
    const { s, reply } = await inReview(true);
    const e = await expectError(signReply(ctxOf(w.leadLeader, at(4)), reply.id), "RULE", "errors.rule.opinionMissing");
    expect(e.params).toEqual({ unit: w.units.co.name });
    // After the co unit's 30 days, its missing opinion no longer blocks signing.
    expect((await signReply(ctxOf(w.leadLeader, at(31)), reply.id)).state).toBe("SIGNED");
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("REPLIED");
  });

  it("rule 3: the co unit's opinion unblocks signing", async () => {
    const { reply, s } = await inReview(true);
    await submitOpinion(ctxOf(w.coHandler, at(4)), s.id, { text: "同意" });
    expect((await signReply(ctxOf(w.leadLeader, at(5)), reply.id, { publishable: false })).publishable).toBe(false);
  });

  it("a signed reply never changes: update, submit, return and sign again are 422", async () => {
    const s = await assigned(false);
    const signed = await replyAndSign(w, s.id);
    const text = signed.text;
    await expectError(
      updateReply(ctxOf(w.leadHandler, at(5)), signed.id, {
        category: "B",
        text: "改",
        commitments: [{ text: "x", dueAt: at(50) }],
        expectedVersion: signed.version,
      }),
      "RULE",
      "errors.rule.replySigned",
    );
    await expectError(submitReply(ctxOf(w.leadHandler, at(5)), signed.id), "RULE", "errors.rule.replySigned");
    await expectError(returnReply(ctxOf(w.leadLeader, at(5)), signed.id, { comment: "x" }), "RULE", "errors.rule.replySigned");
    await expectError(signReply(ctxOf(w.leadLeader, at(5)), signed.id), "RULE", "errors.rule.replySigned");
    const row = await db.reply.findUniqueOrThrow({ where: { id: signed.id } });
    expect([row.text, row.state, row.version]).toEqual([text, "SIGNED", signed.version]);
    // And no new draft can start while the suggestion awaits feedback.
    await expectError(draftA(s.id, at(5)), "RULE", "errors.rule.notInHandling");
  });
});
