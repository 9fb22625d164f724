// Every change leaves an audit event, in the same transaction: each workflow function adds at least one
// event naming its actor and stamped with the act's time; a refused act leaves no event and no row.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import type { Ctx } from "@/lib/workflow/context";
import { createDeputy, createSession, createUnit, createUser } from "@/lib/workflow/admin";
import { assignBatch, assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { closeExpiredFeedback, giveFeedback } from "@/lib/workflow/feedback";
import { postFollowUp, reclassify } from "@/lib/workflow/follow-up";
import { registerSuggestions, withdrawSuggestion } from "@/lib/workflow/register";
import { draftReply, returnReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { decideExtension, decideReassignment, mergeSuggestions, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { issueSupervision, markKey, writeInstruction } from "@/lib/workflow/supervision";
import { at, buildWorld, ctxOf, expectError, newSuggestion, T0, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

/** Runs `act` at `when` as `actor` and returns its result, checking it added audit events by that actor at that time. */
async function audited<T>(name: string, actor: Actor, when: Date, act: (ctx: Ctx) => Promise<T>): Promise<T> {
  const before = await db.auditEvent.findFirst({ orderBy: { id: "desc" }, select: { id: true } });
  const result = await act(ctxOf(actor, when));
  const events = await db.auditEvent.findMany({ where: { id: { gt: before?.id ?? 0n } } });
  expect(events.length, `${name} left no audit event`).toBeGreaterThan(0);
  for (const e of events) {
    expect(e.actorId, name).toBe(actor.id);
    expect(e.createdAt, name).toEqual(when);
  }
  return result;
}

describe("audit trail", () => {
  it("every workflow function writes an audit event with its actor and time", async () => {
    await audited("createSession", w.admin, at(0), (c) => createSession(c, { code: "A-1", name: "x", year: 2024 }));
    await audited("createUnit", w.admin, at(0), (c) => createUnit(c, { code: "AU1", name: "审计单位", kind: "OTHER" }));
    const deputy = await audited("createDeputy", w.office, at(0), (c) => createDeputy(c, { name: "审计代表", delegation: "延边代表团" }));
    await audited("createUser", w.admin, at(0), (c) =>
      createUser(c, { username: "audit-deputy", password: "password1", name: "x", role: "DEPUTY", deputyId: deputy.id }),
    );

    const [s] = await audited("registerSuggestions", w.office, at(0), (c) =>
      registerSuggestions(c, {
        sessionCode: w.session.code,
        items: [{ number: "A-001", title: "t", content: "c", leadDeputyId: w.deputies.lead.id }],
      }),
    );
    await audited("assignSuggestion", w.office, at(0), (c) =>
      assignSuggestion(c, s.id, { leadUnitCode: w.units.lead.code, coUnitCodes: [w.units.co.code] }),
    );
    const b1 = await newSuggestion(w);
    const b2 = await newSuggestion(w);
    await audited("assignBatch", w.office, at(0), (c) =>
      assignBatch(c, { suggestionIds: [b1.id, b2.id], leadUnitCode: w.units.lead.code }),
    );
    await audited("mergeSuggestions", w.office, at(0.5), (c) => mergeSuggestions(c, { suggestionIds: [b1.id, b2.id] }));
    const reassign = await audited("requestReassignment", w.leadHandler, at(1), (c) =>
      requestReassignment(c, b1.id, { reason: "非本单位职责" }),
    );
    await audited("decideReassignment", w.office, at(1.5), (c) => decideReassignment(c, reassign.id, { approve: false }));
    const extension = await audited("requestExtension", w.leadHandler, at(2), (c) =>
      requestExtension(c, b2.id, { reason: "复杂", requestedDueAt: at(100), toldDeputyAt: at(100) }),
    );
    await audited("decideExtension", w.office, at(2.5), (c) => decideExtension(c, extension.id, { approve: true }));
    await audited("withdrawSuggestion", w.leadDeputy, at(3), (c) => withdrawSuggestion(c, b2.id));

    await audited("recordCommunication", w.leadHandler, at(3), (c) =>
      recordCommunication(c, s.id, { method: "WECHAT", occurredAt: at(3), summary: "微信沟通" }),
    );
    await audited("submitOpinion", w.coHandler, at(3), (c) => submitOpinion(c, s.id, { text: "同意" }));
    await audited("issueSupervision", w.office, at(3), (c) => issueSupervision(c, s.id, { unitCode: w.units.lead.code, text: "督办" }));
    await audited("writeInstruction", w.leader, at(3), (c) => writeInstruction(c, s.id, { text: "批示" }));
    await audited("markKey", w.leader, at(3), (c) => markKey(c, s.id, { key: true }));
    const draft = await audited("draftReply", w.leadHandler, at(4), (c) =>
      draftReply(c, s.id, { category: "B", text: "v1", commitments: [{ text: "c", dueAt: at(100) }] }),
    );
    const updated = await audited("updateReply", w.leadHandler, at(4.1), (c) =>
      updateReply(c, draft.id, { category: "B", text: "v2", commitments: [{ text: "c", dueAt: at(100) }], expectedVersion: draft.version }),
    );
    expect(updated.version).toBe(draft.version + 1);
    await audited("submitReply", w.leadHandler, at(4.2), (c) => submitReply(c, draft.id));
    await audited("returnReply", w.leadLeader, at(4.3), (c) => returnReply(c, draft.id, { comment: "再改改" }));
    await submitReply(ctxOf(w.leadHandler, at(4.4)), draft.id);
    const signed = await audited("signReply", w.leadLeader, at(4.5), (c) => signReply(c, draft.id));
    await audited("postFollowUp", w.leadHandler, at(5), (c) =>
      postFollowUp(c, s.id, { items: [{ commitmentId: signed.commitments[0].id, text: "完成", completed: true }] }),
    );
    await audited("reclassify", w.leadLeader, at(5), (c) => reclassify(c, s.id, { toCategory: "A", evidence: "已完成" }));
    await audited("giveFeedback", w.leadDeputy, at(6), (c) => giveFeedback(c, s.id, { rating: "DISSATISFIED", comment: "问题没有解决" }));

    const late = await newSuggestion(w);
    await assignSuggestion(ctxOf(w.office, T0), late.id, { leadUnitCode: w.units.lead.code });
    await recordCommunication(ctxOf(w.leadHandler, at(1)), late.id, { method: "PHONE", occurredAt: at(1), summary: "x" });
    const r = await draftReply(ctxOf(w.leadHandler, at(1)), late.id, { category: "A", text: "x" });
    await submitReply(ctxOf(w.leadHandler, at(1)), r.id);
    await signReply(ctxOf(w.leadLeader, at(1)), r.id);
    await audited("closeExpiredFeedback", w.admin, at(40), (c) => closeExpiredFeedback(c));

    // Every change bumped its suggestion's version.
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    const changes = await db.auditEvent.count({ where: { suggestionId: s.id } });
    expect(row.version).toBe(changes); // version 1 at registration + one per later change
  });

  it("a refused act writes nothing: no event, no row, no version bump", async () => {
    const s = await newSuggestion(w);
    await assignSuggestion(ctxOf(w.office, T0), s.id, { leadUnitCode: w.units.lead.code, coUnitCodes: [w.units.co.code] });
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "x" });
    const draft = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, { category: "A", text: "x" });
    await submitReply(ctxOf(w.leadHandler, at(1)), draft.id);
    const [events, version, notifications] = await Promise.all([
      db.auditEvent.count(),
      db.suggestion.findUniqueOrThrow({ where: { id: s.id } }).then((r) => r.version),
      db.notification.count(),
    ]);
    await expectError(signReply(ctxOf(w.leadLeader, at(2)), draft.id), "RULE", "errors.rule.opinionMissing");
    await expectError(signReply(ctxOf(w.leadHandler, at(2)), draft.id), "FORBIDDEN");
    await expectError(assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.other.code }), "CONFLICT");
    expect(await db.auditEvent.count()).toBe(events);
    expect(await db.notification.count()).toBe(notifications);
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect([row.version, row.status]).toEqual([version, "IN_PROGRESS"]);
    expect((await db.reply.findUniqueOrThrow({ where: { id: draft.id } })).state).toBe("IN_REVIEW");
  });
});
