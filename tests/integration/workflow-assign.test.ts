// Registration, assignment (交办) and withdrawal: permissions, all-or-nothing batches, rule 1 deadlines,
// concurrent assignment, and the audit trail.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { startOfChinaDay } from "@/lib/dates/china-date";
import { assignBatch, assignSuggestion } from "@/lib/workflow/assign";
import { registerSuggestions, withdrawSuggestion } from "@/lib/workflow/register";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, T0, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const item = (w: World, number: string, extra: Record<string, unknown> = {}) => ({
  number,
  title: `建议${number}`,
  content: "内容",
  leadDeputyId: w.deputies.lead.id,
  ...extra,
});

describe("registerSuggestions", () => {
  it("registers a batch with co-signers, defaults and one audit event each", async () => {
    const created = await registerSuggestions(ctxOf(w.office), {
      sessionCode: w.session.code,
      items: [
        item(w, "2001", { coSignerIds: [w.deputies.cosigner.id, w.deputies.lead.id], submittedAt: "2024-01-20" }),
        item(w, "2002", { field: "交通", urgent: true }),
      ],
    });
    expect(created.map((s) => [s.number, s.status, s.field, s.urgent])).toEqual([
      ["2001", "PENDING", "其他", false],
      ["2002", "PENDING", "交通", true],
    ]);
    expect(created[0].submittedAt).toEqual(new Date("2024-01-20T00:00:00+08:00"));
    expect(created[1].submittedAt).toEqual(T0);
    // The lead deputy is not also a co-signer.
    expect(await db.suggestionCoSigner.findMany({ where: { suggestionId: created[0].id }, select: { deputyId: true } })).toEqual([
      { deputyId: w.deputies.cosigner.id },
    ]);
    expect(await db.auditEvent.count({ where: { action: "suggestion.register", suggestionId: { in: created.map((s) => s.id) } } })).toBe(2);
  });

  it("accepts one suggestion's fields beside sessionCode", async () => {
    const [s] = await registerSuggestions(ctxOf(w.office), { sessionCode: w.session.code, ...item(w, "2003") });
    expect(s.number).toBe("2003");
  });

  it("is all or nothing: a number already in the session is 409 naming it, and nothing is written", async () => {
    const before = await db.suggestion.count();
    const e = await expectError(
      registerSuggestions(ctxOf(w.office), { sessionCode: w.session.code, items: [item(w, "2004"), item(w, "2001")] }),
      "CONFLICT",
      "errors.duplicateNumber",
    );
    expect(e.params).toEqual({ number: "2001" });
    expect(await db.suggestion.count()).toBe(before);
  });

  it("a number twice in one batch is 409; an unknown deputy or session is 400 on that field", async () => {
    await expectError(
      registerSuggestions(ctxOf(w.office), { sessionCode: w.session.code, items: [item(w, "2005"), item(w, "2005")] }),
      "CONFLICT",
    );
    let e = await expectError(
      registerSuggestions(ctxOf(w.office), {
        sessionCode: w.session.code,
        items: [item(w, "2006"), item(w, "2007", { leadDeputyId: "nobody" })],
      }),
      "INVALID",
    );
    expect(e.fields).toEqual({ "items.1.leadDeputyId": "errors.field.unknownDeputy" });
    e = await expectError(registerSuggestions(ctxOf(w.office), { sessionCode: "99-9", items: [item(w, "2008")] }), "INVALID");
    expect(e.fields).toEqual({ sessionCode: "errors.field.unknownSession" });
    e = await expectError(
      registerSuggestions(ctxOf(w.office), { sessionCode: w.session.code, items: [{ number: "2009", title: "", content: "x" }] } as never),
      "INVALID",
    );
    expect(e.fields).toMatchObject({ "items.0.title": "errors.field.required", "items.0.leadDeputyId": "errors.field.required" });
    expect(await db.suggestion.count({ where: { number: { in: ["2006", "2007", "2008", "2009"] } } })).toBe(0);
  });

  it("only OFFICE (or ADMIN) registers", async () => {
    await registerSuggestions(ctxOf(w.admin), { sessionCode: w.session.code, items: [item(w, "2010")] });
    for (const actor of [w.leader, w.leadHandler, w.leadDeputy]) {
      await expectError(registerSuggestions(ctxOf(actor), { sessionCode: w.session.code, items: [item(w, "2011")] }), "FORBIDDEN");
    }
  });
});

describe("assignSuggestion", () => {
  it("assigns lead and co units with rule 1 deadlines, moves PENDING → IN_PROGRESS and bumps the version", async () => {
    const s = await newSuggestion(w);
    const [lead, co] = await assignSuggestion(ctxOf(w.office, T0), s.id, {
      leadUnitCode: w.units.lead.code,
      coUnitCodes: [w.units.co.code],
      expectedVersion: s.version,
    });
    expect([lead.role, lead.state, lead.assignedAt, lead.dueAt, lead.originalDueAt]).toEqual(["LEAD", "ACTIVE", T0, at(90), at(90)]);
    expect([co.role, co.dueAt]).toEqual(["CO", at(30)]);
    const after = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect([after.status, after.version]).toEqual(["IN_PROGRESS", s.version + 1]);
    expect(await db.auditEvent.count({ where: { suggestionId: s.id, action: "suggestion.assign" } })).toBe(1);
  });

  it("urgent suggestions are due in 30 days; the session's replyDays applies otherwise; an explicit dueAt wins", async () => {
    const urgent = await newSuggestion(w, { urgent: true });
    const [lead] = await assignTo(w, urgent.id, { co: false });
    expect(lead.dueAt).toEqual(at(30));
    const explicit = await newSuggestion(w);
    const [lead2] = await assignSuggestion(ctxOf(w.office, T0), explicit.id, {
      leadUnitCode: w.units.lead.code,
      dueAt: at(45),
      dueReason: "需与年度预算同步安排",
    });
    // An explicit due date is a calendar day, stored as its midnight in China.
    expect(lead2.dueAt).toEqual(startOfChinaDay(at(45)));
    const past = await newSuggestion(w);
    await expectError(
      assignSuggestion(ctxOf(w.office, T0), past.id, { leadUnitCode: w.units.lead.code, dueAt: at(-1), dueReason: "测试" }),
      "RULE",
      "errors.rule.dueBeforeAssignment",
    );
  });

  it("an already assigned suggestion is 409; a stale form is 409", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await expectError(assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.other.code }), "CONFLICT", "errors.alreadyAssigned");
    const s2 = await newSuggestion(w);
    await expectError(
      assignSuggestion(ctxOf(w.office), s2.id, { leadUnitCode: w.units.lead.code, expectedVersion: s2.version + 5 }),
      "CONFLICT",
      "errors.stale",
    );
  });

  it("two clerks assigning the same suggestion at once leave exactly one active lead; the other gets 409", async () => {
    const s = await newSuggestion(w);
    const results = await Promise.allSettled([
      assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.lead.code }),
      assignSuggestion(ctxOf(w.admin), s.id, { leadUnitCode: w.units.other.code }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const loser = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(loser.reason).toMatchObject({ code: "CONFLICT", messageKey: "errors.alreadyAssigned" });
    expect(await db.assignment.count({ where: { suggestionId: s.id, role: "LEAD", state: "ACTIVE" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { suggestionId: s.id, action: "suggestion.assign" } })).toBe(1);
  });

  it("the database itself refuses a second active lead", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { co: false });
    await expect(
      db.assignment.create({
        data: { suggestionId: s.id, unitId: w.units.other.id, role: "LEAD", assignedAt: T0, dueAt: at(90), originalDueAt: at(90) },
      }),
    ).rejects.toThrow();
  });

  it("unknown units and a co unit equal to the lead are 400", async () => {
    const s = await newSuggestion(w);
    let e = await expectError(assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: "NOPE" }), "INVALID");
    expect(e.fields).toEqual({ leadUnitCode: "errors.field.unknownUnit" });
    e = await expectError(
      assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.lead.code, coUnitCodes: [w.units.co.code, "NOPE"] }),
      "INVALID",
    );
    expect(e.fields).toEqual({ "coUnitCodes.1": "errors.field.unknownUnit" });
    e = await expectError(
      assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.lead.code, coUnitCodes: [w.units.lead.code] }),
      "INVALID",
    );
    expect(e.fields).toEqual({ coUnitCodes: "errors.field.sameAsLead" });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PENDING");
  });

  it("authorization comes first: a unit user who cannot see it is 404, a leader or deputy who can is 403 (even with bad input)", async () => {
    const s = await newSuggestion(w);
    await expectError(assignSuggestion(ctxOf(w.leadHandler), s.id, { leadUnitCode: "" } as never), "NOT_FOUND");
    await expectError(assignSuggestion(ctxOf(w.strangerDeputy), s.id, { leadUnitCode: w.units.lead.code }), "NOT_FOUND");
    await expectError(assignSuggestion(ctxOf(w.leader), s.id, { leadUnitCode: "" } as never), "FORBIDDEN");
    await expectError(assignSuggestion(ctxOf(w.leadDeputy), s.id, { leadUnitCode: w.units.lead.code }), "FORBIDDEN");
    await expectError(assignSuggestion(ctxOf(w.office), "no-such-id", { leadUnitCode: w.units.lead.code }), "NOT_FOUND");
  });

  it("notifies every user of the assigned units once", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    const notes = await db.notification.findMany({ where: { suggestionId: s.id, kind: "assignment.new" } });
    expect(notes.map((n) => n.userId).sort()).toEqual([w.leadHandler.id, w.leadLeader.id, w.coHandler.id, w.coLeader.id].sort());
    expect(notes.every((n) => n.createdAt.getTime() === T0.getTime())).toBe(true);
  });
});

describe("assignBatch", () => {
  it("assigns several pending suggestions at once", async () => {
    const a = await newSuggestion(w);
    const b = await newSuggestion(w);
    const created = await assignBatch(ctxOf(w.office), {
      suggestionIds: [a.id, b.id],
      leadUnitCode: w.units.other.code,
      coUnitCodes: [w.units.co.code],
    });
    expect(created).toHaveLength(4);
    expect(await db.suggestion.count({ where: { id: { in: [a.id, b.id] }, status: "IN_PROGRESS" } })).toBe(2);
  });
  it("is all or nothing: one assigned suggestion makes it 409 and nothing changes", async () => {
    const a = await newSuggestion(w);
    const b = await newSuggestion(w);
    await assignTo(w, b.id);
    const e = await expectError(
      assignBatch(ctxOf(w.office), { suggestionIds: [a.id, b.id], leadUnitCode: w.units.other.code }),
      "CONFLICT",
      "errors.alreadyAssigned",
    );
    expect(e.params).toEqual({ number: b.number });
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("PENDING");
    await expectError(assignBatch(ctxOf(w.leader), { suggestionIds: [a.id], leadUnitCode: w.units.other.code }), "FORBIDDEN");
  });
});

describe("withdrawSuggestion", () => {
  it("the lead deputy withdraws before a reply; audited; the lead unit is told", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    const withdrawn = await withdrawSuggestion(ctxOf(w.leadDeputy, at(3)), s.id);
    expect([withdrawn.status, withdrawn.withdrawnAt]).toEqual(["WITHDRAWN", at(3)]);
    expect(await db.auditEvent.count({ where: { suggestionId: s.id, action: "suggestion.withdraw" } })).toBe(1);
    expect(await db.notification.count({ where: { suggestionId: s.id, kind: "suggestion.withdrawn", userId: w.leadHandler.id } })).toBe(1);
    await expectError(withdrawSuggestion(ctxOf(w.leadDeputy), s.id), "RULE", "errors.rule.withdrawn");
    await expectError(assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.lead.code }), "RULE", "errors.rule.withdrawn");
  });
  it("OFFICE may withdraw on the deputy's behalf; a co-signer or unit is 403, a stranger 404", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await expectError(withdrawSuggestion(ctxOf(w.cosignerDeputy), s.id), "FORBIDDEN");
    await expectError(withdrawSuggestion(ctxOf(w.leadHandler), s.id), "FORBIDDEN");
    await expectError(withdrawSuggestion(ctxOf(w.leader), s.id), "FORBIDDEN");
    await expectError(withdrawSuggestion(ctxOf(w.strangerDeputy), s.id), "NOT_FOUND");
    await expectError(withdrawSuggestion(ctxOf(w.otherHandler), s.id), "NOT_FOUND");
    expect((await withdrawSuggestion(ctxOf(w.office), s.id)).status).toBe("WITHDRAWN");
  });
  it("after a signed reply it is 422", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await replyAndSign(w, s.id);
    await expectError(withdrawSuggestion(ctxOf(w.leadDeputy, at(2)), s.id), "RULE", "errors.rule.withdrawAfterReply");
  });
});
