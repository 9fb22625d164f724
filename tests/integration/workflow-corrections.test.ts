// The office's corrections (issue 11, item 1): a registered suggestion's facts, its units and its due date.
// Each: OFFICE/ADMIN only, a reason, the version seen, an audit event in words, the deputy told, figures follow.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";
import { fromDbValue } from "@/lib/dates/china-date";
import { getUnitTable } from "@/lib/stats/unit-table";
import { recordCommunication } from "@/lib/workflow/communications";
import { correctSuggestion } from "@/lib/workflow/corrections";
import { correctUnits } from "@/lib/workflow/corrections-units";
import { draftReply, submitReply } from "@/lib/workflow/replies";
import { requestExtension } from "@/lib/workflow/requests";
import { assignTo, at, auditOf, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, T0, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const reason = "登记时填错";
const versionOf = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).version;
const notices = (userId: string, suggestionId: string) =>
  db.notification.findMany({ where: { userId, suggestionId, kind: "suggestion.corrected" }, orderBy: { createdAt: "asc" } });

describe("correctSuggestion (title, content, field, deputies, urgency, confidentiality)", () => {
  it("only the office and the administrator correct; a reason and the current version are required", async () => {
    const s = await newSuggestion(w);
    const input = { title: "新标题", reason, expectedVersion: s.version };
    for (const actor of [w.leader, w.leadDeputy, w.cosignerDeputy])
      await expectError(correctSuggestion(ctxOf(actor), s.id, input), "FORBIDDEN");
    await assignTo(w, s.id);
    const v = await versionOf(s.id);
    for (const actor of [w.leadHandler, w.leadLeader, w.coHandler])
      await expectError(correctSuggestion(ctxOf(actor), s.id, { ...input, expectedVersion: v }), "FORBIDDEN");
    await expectError(correctSuggestion(ctxOf(w.otherHandler), s.id, { ...input, expectedVersion: v }), "NOT_FOUND");
    const noReason = await expectError(
      correctSuggestion(ctxOf(w.office), s.id, { title: "新标题", reason: " ", expectedVersion: v }),
      "INVALID",
    );
    expect(noReason.fields).toEqual({ reason: "errors.field.required" });
    await expectError(correctSuggestion(ctxOf(w.office), s.id, { ...input, expectedVersion: v - 1 }), "CONFLICT", "errors.stale");
    await expectError(
      correctSuggestion(ctxOf(w.office), s.id, { title: s.title, reason, expectedVersion: v }),
      "INVALID",
      "corrections.errors.nothingChanged",
    );
    expect((await auditOf(s.id)).filter((e) => e.action.startsWith("correction."))).toHaveLength(0);
    const byAdmin = await correctSuggestion(ctxOf(w.admin, at(1)), s.id, { ...input, expectedVersion: v });
    expect([byAdmin.title, byAdmin.version]).toEqual(["新标题", v + 1]);
  });

  it("replaces a wrong lead deputy and the co-signers: who sees it follows, nothing is deleted, the deputies are told", async () => {
    const s = await newSuggestion(w);
    const updated = await correctSuggestion(ctxOf(w.office, at(0.5)), s.id, {
      leadDeputyId: w.deputies.stranger.id,
      coSignerIds: [w.deputies.lead.id],
      urgent: true,
      field: "交通",
      content: "更正后的内容",
      reason,
      expectedVersion: s.version,
    });
    expect([updated.leadDeputyId, updated.urgent, updated.field, updated.content]).toEqual([
      w.deputies.stranger.id,
      true,
      "交通",
      "更正后的内容",
    ]);
    // The former co-signer's row is kept, marked removed; the former lead is now a co-signer.
    const rows = await db.suggestionCoSigner.findMany({ where: { suggestionId: s.id }, orderBy: { deputyId: "asc" } });
    expect(rows.map((r) => [r.deputyId, r.removedAt === null])).toEqual(
      [
        [w.deputies.cosigner.id, false],
        [w.deputies.lead.id, true],
      ].sort((a, b) => String(a[0]).localeCompare(String(b[0]))),
    );
    expect(await getSuggestionDetail(w.cosignerDeputy, s.id)).toBeNull();
    expect((await getSuggestionDetail(w.strangerDeputy, s.id))?.coSigners.map((c) => c.deputy.id)).toEqual([w.deputies.lead.id]);

    const [event] = (await auditOf(s.id)).filter((e) => e.action === "correction.facts");
    expect(event.actorId).toBe(w.office.id);
    const after = event.after as { reason: string; changes: { field: string; from: unknown; to: unknown }[] };
    expect(after.reason).toBe(reason);
    expect(after.changes).toEqual([
      { field: "content", from: null, to: null },
      { field: "field", from: "教育", to: "交通" },
      { field: "leadDeputy", from: "张代表", to: "王代表" },
      { field: "coSigners", from: ["李代表"], to: ["张代表"] },
      { field: "urgent", from: false, to: true },
    ]);
    for (const deputy of [w.strangerDeputy, w.leadDeputy]) {
      const [notice] = await notices(deputy.id, s.id);
      expect(notice.params).toMatchObject({ reason, number: s.number });
    }
    expect(await notices(w.cosignerDeputy.id, s.id)).toHaveLength(0);
    // Put back: the kept row is reused.
    await correctSuggestion(ctxOf(w.office, at(0.6)), s.id, {
      coSignerIds: [w.deputies.cosigner.id],
      reason,
      expectedVersion: updated.version,
    });
    expect(await db.suggestionCoSigner.count({ where: { suggestionId: s.id, removedAt: null } })).toBe(1);
    expect(await getSuggestionDetail(w.cosignerDeputy, s.id)).not.toBeNull();
  });

  it("an unknown deputy is a field error; marking confidential takes published replies off the public page", async () => {
    const s = await newSuggestion(w);
    const bad = await expectError(
      correctSuggestion(ctxOf(w.office), s.id, { coSignerIds: ["nobody"], reason, expectedVersion: s.version }),
      "INVALID",
    );
    expect(bad.fields).toEqual({ "coSignerIds.0": "errors.field.unknownDeputy" });
    await assignTo(w, s.id, { co: false });
    const reply = await replyAndSign(w, s.id);
    expect(reply.publishable).toBe(true);
    await correctSuggestion(ctxOf(w.office, at(2)), s.id, {
      confidential: true,
      reason: "涉及敏感信息",
      expectedVersion: await versionOf(s.id),
    });
    expect((await db.reply.findUniqueOrThrow({ where: { id: reply.id } })).publishable).toBe(false);
  });
});

describe("correctUnits (lead unit, co-handling units, due date)", () => {
  async function assigned() {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { when: T0 });
    return { ...s, version: await versionOf(s.id) };
  }

  it("only the office and the administrator; a reason and the current version; only in handling", async () => {
    const pending = await newSuggestion(w);
    await expectError(
      correctUnits(ctxOf(w.office), pending.id, { leadUnitCode: w.units.other.code, reason, expectedVersion: pending.version }),
      "RULE",
      "corrections.errors.notInHandling",
    );
    const s = await assigned();
    const input = { leadUnitCode: w.units.other.code, reason, expectedVersion: s.version };
    for (const actor of [w.leadHandler, w.leadLeader, w.coHandler, w.leader, w.leadDeputy])
      await expectError(correctUnits(ctxOf(actor, at(1)), s.id, input), "FORBIDDEN");
    await expectError(correctUnits(ctxOf(w.otherHandler, at(1)), s.id, input), "NOT_FOUND");
    const noReason = await expectError(correctUnits(ctxOf(w.office, at(1)), s.id, { ...input, reason: "" }), "INVALID");
    expect(noReason.fields).toEqual({ reason: "errors.field.required" });
    await expectError(correctUnits(ctxOf(w.office, at(1)), s.id, { ...input, expectedVersion: s.version - 1 }), "CONFLICT", "errors.stale");
    expect(await db.assignment.count({ where: { suggestionId: s.id, unitId: w.units.other.id } })).toBe(0);
  });

  it("a new lead unit starts afresh and must communicate; the figures move; the deputy and both units are told", async () => {
    const s = await assigned();
    const session = { session: w.session.code };
    const before = await getUnitTable(session, at(10));
    const leadOf = (rows: typeof before, code: string) => rows.find((r) => r.code === code)?.lead ?? 0;
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "电话沟通" });
    const asked = await requestExtension(ctxOf(w.leadHandler, at(2)), s.id, {
      reason: "需要调研",
      requestedDueAt: at(150),
      toldDeputyAt: at(2),
    });

    const active = await correctUnits(ctxOf(w.office, at(10)), s.id, {
      leadUnitCode: w.units.other.code,
      reason: "应由交通厅主办",
      expectedVersion: await versionOf(s.id),
    });
    const lead = active.find((a) => a.role === "LEAD")!;
    expect([lead.unitId, lead.assignedAt, lead.dueAt]).toEqual([w.units.other.id, at(10), at(100)]);
    expect(active.filter((a) => a.role === "CO").map((a) => a.unitId)).toEqual([w.units.co.id]);
    const old = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, unitId: w.units.lead.id } });
    expect([old.state, old.endedAt]).toEqual(["REASSIGNED", at(10)]);

    const after = await getUnitTable(session, at(10));
    expect(leadOf(after, w.units.lead.code)).toBe(leadOf(before, w.units.lead.code) - 1);
    expect(leadOf(after, w.units.other.code)).toBe(leadOf(before, w.units.other.code) + 1);

    // The old unit's communication does not count for the new lead: it must talk with the deputy itself.
    const draft = await draftReply(ctxOf(w.otherHandler, at(11)), s.id, { category: "A", text: "答复" });
    await expectError(submitReply(ctxOf(w.otherHandler, at(11)), draft.id), "RULE", "errors.rule.noCommunication");
    await expectError(
      recordCommunication(ctxOf(w.leadHandler, at(11)), s.id, { method: "PHONE", occurredAt: at(11), summary: "x" }),
      "NOT_FOUND",
    );

    // The old lead's pending request is closed with the correction's reason, not left waiting for a decision.
    const closed = await db.extensionRequest.findUniqueOrThrow({ where: { id: asked.id } });
    expect([closed.state, closed.decisionNote, closed.decidedById]).toEqual(["REJECTED", "应由交通厅主办", w.office.id]);

    const [event] = (await auditOf(s.id)).filter((e) => e.action === "correction.units");
    expect((event.after as { changes: unknown }).changes).toEqual([
      { field: "leadUnit", from: w.units.lead.name, to: w.units.other.name },
      { field: "dueAt", from: fromDbValue(at(90)), to: fromDbValue(at(100)) },
    ]);
    const [notice] = await notices(w.leadDeputy.id, s.id);
    expect(notice.params).toMatchObject({ reason: "应由交通厅主办" });
    expect(await db.notification.count({ where: { userId: w.leadHandler.id, suggestionId: s.id, kind: "assignment.ended" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.otherHandler.id, suggestionId: s.id, kind: "assignment.new" } })).toBe(1);
  });

  it("co units taken off end their duty (kept, cancelled) and lose the suggestion; new ones are told", async () => {
    const s = await assigned();
    const active = await correctUnits(ctxOf(w.office, at(2)), s.id, {
      coUnitCodes: [w.units.other.code],
      reason,
      expectedVersion: s.version,
    });
    expect(active.map((a) => [a.role, a.unitId])).toEqual([
      ["LEAD", w.units.lead.id],
      ["CO", w.units.other.id],
    ]);
    const removed = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, unitId: w.units.co.id } });
    expect([removed.state, removed.endedAt]).toEqual(["CANCELLED", at(2)]);
    expect(await getSuggestionDetail(w.coHandler, s.id)).toBeNull();
    const added = active.find((a) => a.unitId === w.units.other.id)!;
    expect(added.dueAt).toEqual(at(32));
    expect(await db.notification.count({ where: { userId: w.otherHandler.id, suggestionId: s.id, kind: "assignment.new" } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.coHandler.id, suggestionId: s.id, kind: "assignment.ended" } })).toBe(1);
  });

  it("moves the due date within 6 months of the assignment, never into the past", async () => {
    const s = await assigned();
    const move = (day: string, v = s.version) => correctUnits(ctxOf(w.office, at(5)), s.id, { dueAt: day, reason, expectedVersion: v });
    await expectError(move("2024-09-05"), "RULE", "errors.rule.extensionCeiling");
    await expectError(move("2024-03-09"), "RULE", "corrections.errors.dueInPast");
    const active = await move("2024-09-04");
    expect(fromDbValue(active.find((a) => a.role === "LEAD")!.dueAt)).toBe("2024-09-04");
    await expectError(move("2024-09-04", s.version + 1), "INVALID", "corrections.errors.nothingChanged");
  });
});
