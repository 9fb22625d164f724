// Reassignment (7-working-day window), extension (6-month ceiling), merged handling and supervision.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startOfChinaDay } from "@/lib/dates/china-date";
import { assignSuggestion } from "@/lib/workflow/assign";
import { recordCommunication } from "@/lib/workflow/communications";
import { draftReply } from "@/lib/workflow/replies";
import { decideExtension, decideReassignment, mergeSuggestions, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { withdrawSuggestion } from "@/lib/workflow/register";
import { issueSupervision, markKey, writeInstruction } from "@/lib/workflow/supervision";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, T0, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

async function assigned(co = true) {
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { co, when: T0 }); // T0 is a Monday, 09:00 China time
  return s;
}
const reason = { reason: "不属于本单位职责" };

describe("requestReassignment", () => {
  it("is allowed until the end of the 7th working day after assignment, then 422", async () => {
    const s = await assigned();
    // Monday 4 March + 7 working days = Wednesday 13 March; at(9.6) is still that Wednesday (23:24).
    const request = await requestReassignment(ctxOf(w.leadHandler, at(9.6)), s.id, reason);
    expect([request.state, request.unitId]).toEqual(["PENDING", w.units.lead.id]);
    expect(await db.notification.count({ where: { kind: "reassignment.requested", userId: w.office.id, suggestionId: s.id } })).toBe(1);
    await expectError(requestReassignment(ctxOf(w.leadHandler, at(9.6)), s.id, reason), "CONFLICT", "errors.requestPending");
    const late = await assigned();
    await expectError(requestReassignment(ctxOf(w.leadHandler, at(9.7)), late.id, reason), "RULE", "errors.rule.reassignmentWindow");
  });

  it("only the lead unit asks: the co unit, OFFICE and the deputy are 403, other units 404", async () => {
    const s = await assigned();
    await expectError(requestReassignment(ctxOf(w.coHandler, at(1)), s.id, reason), "FORBIDDEN");
    await expectError(requestReassignment(ctxOf(w.office, at(1)), s.id, reason), "FORBIDDEN");
    await expectError(requestReassignment(ctxOf(w.leadDeputy, at(1)), s.id, reason), "FORBIDDEN");
    await expectError(requestReassignment(ctxOf(w.otherHandler, at(1)), s.id, reason), "NOT_FOUND");
    const e = await expectError(requestReassignment(ctxOf(w.leadHandler, at(1)), s.id, { reason: "" }), "INVALID");
    expect(e.fields).toEqual({ reason: "errors.field.required" });
  });
});

describe("decideReassignment", () => {
  it("approving ends the old lead and starts the new lead's clock afresh; the old unit loses the suggestion", async () => {
    const s = await assigned();
    const request = await requestReassignment(ctxOf(w.leadHandler, at(2)), s.id, reason);
    await expectError(
      decideReassignment(ctxOf(w.leader, at(3)), request.id, { approve: true, newLeadUnitCode: w.units.other.code }),
      "FORBIDDEN",
    );
    await expectError(
      decideReassignment(ctxOf(w.leadLeader, at(3)), request.id, { approve: true, newLeadUnitCode: w.units.other.code }),
      "FORBIDDEN",
    );
    await expectError(decideReassignment(ctxOf(w.otherHandler, at(3)), request.id, { approve: true }), "NOT_FOUND");
    const same = await expectError(
      decideReassignment(ctxOf(w.office, at(3)), request.id, { approve: true, newLeadUnitCode: w.units.lead.code }),
      "INVALID",
    );
    expect(same.fields).toEqual({ newLeadUnitCode: "errors.field.sameUnit" });

    const { request: decided, assignments } = await decideReassignment(ctxOf(w.office, at(3)), request.id, {
      approve: true,
      newLeadUnitCode: w.units.other.code,
      note: "改由交通厅主办",
    });
    expect([decided.state, decided.newUnitId, decided.decidedAt]).toEqual(["APPROVED", w.units.other.id, at(3)]);
    const old = await db.assignment.findUniqueOrThrow({ where: { id: request.assignmentId } });
    expect([old.state, old.endedAt]).toEqual(["REASSIGNED", at(3)]);
    expect([assignments[0].unitId, assignments[0].role, assignments[0].assignedAt, assignments[0].dueAt]).toEqual([
      w.units.other.id,
      "LEAD",
      at(3),
      at(93),
    ]);
    expect(await db.assignment.count({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } })).toBe(1);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("IN_PROGRESS");

    await expectError(draftReply(ctxOf(w.leadHandler, at(4)), s.id, { category: "A", text: "x" }), "NOT_FOUND");
    expect((await draftReply(ctxOf(w.otherHandler, at(4)), s.id, { category: "A", text: "x" })).unitId).toBe(w.units.other.id);
    await expectError(decideReassignment(ctxOf(w.office, at(5)), request.id, { approve: false }), "CONFLICT", "errors.requestDecided");
    expect(
      await db.auditEvent.count({ where: { suggestionId: s.id, action: { in: ["reassignment.request", "reassignment.approve"] } } }),
    ).toBe(2);
    expect(await db.notification.count({ where: { suggestionId: s.id, kind: "assignment.new", userId: w.otherHandler.id } })).toBe(1);
  });

  it("the new lead's rule 2 needs its own communication", async () => {
    const s = await assigned(false);
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "x" });
    const request = await requestReassignment(ctxOf(w.leadHandler, at(2)), s.id, reason);
    await decideReassignment(ctxOf(w.office, at(3)), request.id, { approve: true, newLeadUnitCode: w.units.other.code });
    const draft = await draftReply(ctxOf(w.otherHandler, at(4)), s.id, { category: "A", text: "x" });
    const { submitReply } = await import("@/lib/workflow/replies");
    await expectError(submitReply(ctxOf(w.otherHandler, at(4)), draft.id), "RULE", "errors.rule.noCommunication");
  });

  it("approving without a new lead returns the suggestion to PENDING for a new assignment; rejecting changes nothing", async () => {
    const s = await assigned();
    const r1 = await requestReassignment(ctxOf(w.leadHandler, at(1)), s.id, reason);
    await decideReassignment(ctxOf(w.office, at(2)), r1.id, { approve: false, note: "请继续办理" });
    expect(await db.assignment.count({ where: { suggestionId: s.id, unitId: w.units.lead.id, role: "LEAD", state: "ACTIVE" } })).toBe(1);
    expect((await db.reassignmentRequest.findUniqueOrThrow({ where: { id: r1.id } })).state).toBe("REJECTED");

    const r2 = await requestReassignment(ctxOf(w.leadHandler, at(3)), s.id, reason);
    await decideReassignment(ctxOf(w.office, at(4)), r2.id, { approve: true });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PENDING");
    // The co unit becomes lead: its co assignment is cancelled, it leads with a fresh clock.
    const [lead] = await assignSuggestion(ctxOf(w.office, at(5)), s.id, { leadUnitCode: w.units.co.code });
    expect([lead.unitId, lead.dueAt]).toEqual([w.units.co.id, at(95)]);
    const active = await db.assignment.findMany({ where: { suggestionId: s.id, state: "ACTIVE" } });
    expect(active.map((a) => [a.unitId, a.role])).toEqual([[w.units.co.id, "LEAD"]]);
  });
});

describe("extensions", () => {
  it("an approved extension moves the lead's due date; a rejected one does not", async () => {
    const s = await assigned();
    const request = await requestExtension(ctxOf(w.leadHandler, at(80)), s.id, {
      reason: "情况复杂",
      requestedDueAt: at(120),
      toldDeputyAt: at(120),
    });
    expect(await db.notification.count({ where: { kind: "extension.requested", userId: w.office.id, suggestionId: s.id } })).toBe(1);
    await expectError(
      requestExtension(ctxOf(w.leadHandler, at(80)), s.id, { reason: "x", requestedDueAt: at(130), toldDeputyAt: at(130) }),
      "CONFLICT",
      "errors.requestPending",
    );
    await expectError(decideExtension(ctxOf(w.leadLeader, at(81)), request.id, { approve: true }), "FORBIDDEN");
    const decided = await decideExtension(ctxOf(w.office, at(81)), request.id, { approve: true, note: "同意" });
    expect(decided.state).toBe("APPROVED");
    const lead = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } });
    // A requested date is a calendar day: stored as its midnight in China.
    expect([lead.dueAt, lead.originalDueAt]).toEqual([startOfChinaDay(at(120)), at(90)]);
    await expectError(decideExtension(ctxOf(w.office, at(82)), request.id, { approve: false }), "CONFLICT", "errors.requestDecided");

    const r2 = await requestExtension(ctxOf(w.leadHandler, at(100)), s.id, {
      reason: "仍需时间",
      requestedDueAt: at(150),
      toldDeputyAt: at(150),
    });
    await decideExtension(ctxOf(w.office, at(101)), r2.id, { approve: false });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: lead.id } })).dueAt).toEqual(startOfChinaDay(at(120)));
    expect(
      await db.auditEvent.count({
        where: { suggestionId: s.id, action: { in: ["extension.request", "extension.approve", "extension.reject"] } },
      }),
    ).toBe(4);
  });

  it("never beyond 6 months after assignment (422), at request and at decision", async () => {
    const s = await assigned();
    // Assigned 2024-03-04 09:00: the ceiling is 2024-09-04 09:00 China time.
    const ceiling = new Date("2024-09-04T09:00:00+08:00");
    const e = await expectError(
      requestExtension(ctxOf(w.leadHandler, at(80)), s.id, { reason: "x", requestedDueAt: "2024-09-05", toldDeputyAt: ceiling }),
      "RULE",
      "errors.rule.extensionCeiling",
    );
    expect(e.params).toEqual({ ceiling: "2024-09-04" });
    await expectError(
      requestExtension(ctxOf(w.leadHandler, at(80)), s.id, { reason: "x", requestedDueAt: at(85), toldDeputyAt: at(85) }),
      "RULE",
      "errors.rule.extensionNotLater",
    );
    // A request beyond the ceiling that reached OFFICE anyway (e.g. written before this rule) cannot be approved.
    const lead = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } });
    const stray = await db.extensionRequest.create({
      data: { suggestionId: s.id, assignmentId: lead.id, unitId: lead.unitId, reason: "x", requestedDueAt: at(200), toldDeputyAt: at(200) },
    });
    await expectError(decideExtension(ctxOf(w.office, at(81)), stray.id, { approve: true }), "RULE", "errors.rule.extensionCeiling");
    expect((await db.assignment.findUniqueOrThrow({ where: { id: lead.id } })).dueAt).toEqual(at(90));
    // Up to the ceiling's day itself is fine.
    await db.extensionRequest.update({ where: { id: stray.id }, data: { state: "REJECTED" } });
    const ok = await requestExtension(ctxOf(w.leadHandler, at(82)), s.id, { reason: "x", requestedDueAt: ceiling, toldDeputyAt: ceiling });
    await decideExtension(ctxOf(w.office, at(83)), ok.id, { approve: true });
    expect((await db.assignment.findUniqueOrThrow({ where: { id: lead.id } })).dueAt).toEqual(startOfChinaDay(ceiling));
  });

  it("only the lead unit asks (co unit 403, other unit 404)", async () => {
    const s = await assigned();
    const body = { reason: "x", requestedDueAt: at(120), toldDeputyAt: at(120) };
    await expectError(requestExtension(ctxOf(w.coHandler, at(10)), s.id, body), "FORBIDDEN");
    await expectError(requestExtension(ctxOf(w.otherHandler, at(10)), s.id, body), "NOT_FOUND");
    await expectError(requestExtension(ctxOf(w.leadDeputy, at(10)), s.id, body), "FORBIDDEN");
  });
});

describe("mergeSuggestions", () => {
  it("groups suggestions under one lead unit, assigning the pending ones", async () => {
    const a = await newSuggestion(w);
    const b = await assigned(false);
    const group = await mergeSuggestions(ctxOf(w.office, at(1)), {
      sessionCode: w.session.code,
      suggestionIds: [a.id, b.id],
      leadUnitCode: w.units.lead.code,
      note: "同类建议并案",
    });
    const rows = await db.suggestion.findMany({ where: { id: { in: [a.id, b.id] } } });
    expect(rows.every((r) => r.mergeGroupId === group.id && r.status === "IN_PROGRESS")).toBe(true);
    expect(group.leadUnitId).toBe(w.units.lead.id);
    await expectError(
      mergeSuggestions(ctxOf(w.office, at(1)), { suggestionIds: [a.id, (await newSuggestion(w)).id] }),
      "CONFLICT",
      "errors.alreadyMerged",
    );
    expect(await db.auditEvent.count({ where: { suggestionId: { in: [a.id, b.id] }, action: "suggestion.merge" } })).toBe(2);
  });
  it("different lead units or a withdrawn suggestion are 422; only OFFICE merges", async () => {
    const a = await assigned(false);
    const b = await newSuggestion(w);
    await assignSuggestion(ctxOf(w.office), b.id, { leadUnitCode: w.units.other.code });
    await expectError(mergeSuggestions(ctxOf(w.office), { suggestionIds: [a.id, b.id] }), "RULE", "errors.rule.mergeLeadMismatch");
    const c = await newSuggestion(w);
    await withdrawSuggestion(ctxOf(w.office), c.id);
    await expectError(mergeSuggestions(ctxOf(w.office), { suggestionIds: [a.id, c.id] }), "RULE", "errors.rule.mergeNotAllowed");
    await expectError(mergeSuggestions(ctxOf(w.leader), { suggestionIds: [a.id, b.id] }), "FORBIDDEN");
    const e = await expectError(mergeSuggestions(ctxOf(w.office), { suggestionIds: [a.id] }), "INVALID");
    expect(e.fields).toEqual({ suggestionIds: "errors.field.tooShort" });
  });
});

describe("supervision and leadership", () => {
  it("OFFICE issues a notice to a unit handling the suggestion; the unit is notified; others 403/422", async () => {
    const s = await assigned();
    const notice = await issueSupervision(ctxOf(w.office, at(50)), s.id, {
      unitCode: w.units.lead.code,
      text: "请加快办理",
      deadline: at(60),
    });
    expect([notice.kind, notice.unitId, notice.deadline]).toEqual(["NOTICE", w.units.lead.id, startOfChinaDay(at(60))]);
    const notes = await db.notification.findMany({ where: { suggestionId: s.id, kind: "supervision.notice" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.leadHandler.id, w.leadLeader.id].sort());
    await expectError(
      issueSupervision(ctxOf(w.office, at(50)), s.id, { unitCode: w.units.other.code, text: "x" }),
      "RULE",
      "errors.rule.unitNotAssigned",
    );
    await expectError(issueSupervision(ctxOf(w.leader, at(50)), s.id, { unitCode: w.units.lead.code, text: "x" }), "FORBIDDEN");
    await expectError(issueSupervision(ctxOf(w.leadLeader, at(50)), s.id, { unitCode: w.units.lead.code, text: "x" }), "FORBIDDEN");
    expect(await db.auditEvent.count({ where: { suggestionId: s.id, action: "supervision.notice" } })).toBe(1);
  });

  it("a LEADER writes instructions and marks key suggestions; OFFICE and units cannot", async () => {
    const s = await assigned();
    const instruction = await writeInstruction(ctxOf(w.leader, at(5)), s.id, { text: "请认真研究办理" });
    expect([instruction.kind, instruction.unitId]).toEqual(["INSTRUCTION", w.units.lead.id]);
    expect(await db.notification.count({ where: { suggestionId: s.id, kind: "supervision.instruction", userId: w.leadLeader.id } })).toBe(
      1,
    );
    await expectError(writeInstruction(ctxOf(w.office, at(5)), s.id, { text: "x" }), "FORBIDDEN");
    await expectError(writeInstruction(ctxOf(w.leadLeader, at(5)), s.id, { text: "x" }), "FORBIDDEN");

    const marked = await markKey(ctxOf(w.leader, at(5)), s.id, { key: true });
    expect([marked.key, marked.keyLeaderId]).toEqual([true, w.leader.id]);
    await expectError(markKey(ctxOf(w.leader2, at(5)), s.id, { key: true }), "CONFLICT", "errors.keyTaken");
    await expectError(markKey(ctxOf(w.leader2, at(5)), s.id, { key: false }), "FORBIDDEN");
    await expectError(markKey(ctxOf(w.office, at(5)), s.id, { key: true }), "FORBIDDEN");
    await expectError(markKey(ctxOf(w.otherHandler, at(5)), s.id, { key: true }), "NOT_FOUND");
    const unmarked = await markKey(ctxOf(w.leader, at(6)), s.id, { key: false });
    expect([unmarked.key, unmarked.keyLeaderId]).toEqual([false, null]);
    expect(
      await db.auditEvent.count({
        where: { suggestionId: s.id, action: { in: ["suggestion.markKey", "suggestion.unmarkKey", "supervision.instruction"] } },
      }),
    ).toBe(3);
  });
});

describe("the supervision page's notices", () => {
  it("are the newest the caller may see, with how many there are in all", async () => {
    const { listSupervisionPage } = await import("@/lib/data/supervision");
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { when: T0 });
    for (const day of [50, 51, 52]) {
      await issueSupervision(ctxOf(w.office, at(day)), s.id, { unitCode: w.units.lead.code, text: `第${day}天督办` });
    }
    const page = await listSupervisionPage(w.office, { sessionId: w.session.id, take: 2 });
    expect(page.items.map((n) => n.text)).toEqual(["第52天督办", "第51天督办"]);
    expect(page.total).toBeGreaterThanOrEqual(3);
    const all = await listSupervisionPage(w.office, { sessionId: w.session.id, take: 1000 });
    expect(all.items).toHaveLength(page.total);
    // The second page of notices starts where the first ended, in the same order.
    const second = await listSupervisionPage(w.office, { sessionId: w.session.id, take: 2, skip: 2 });
    expect(second.items.map((n) => n.id)).toEqual(all.items.slice(2, 4).map((n) => n.id));
    expect(second.total).toBe(page.total);
    // The office's total is kept in the statistics cache: a new notice shows in it at once.
    await issueSupervision(ctxOf(w.office, at(53)), s.id, { unitCode: w.units.lead.code, text: "第53天督办" });
    expect((await listSupervisionPage(w.office, { sessionId: w.session.id, take: 2 })).total).toBe(page.total + 1);
    expect((await listSupervisionPage(w.office, { sessionId: w.session.id, take: 1000 })).items).toHaveLength(page.total + 1);
    // Another unit sees none of the lead unit's notices, and a deputy none at all.
    expect(await listSupervisionPage(w.otherHandler, { sessionId: w.session.id })).toEqual({ items: [], total: 0 });
    expect(await listSupervisionPage(w.leadDeputy, { sessionId: w.session.id })).toEqual({ items: [], total: 0 });
  });
});
