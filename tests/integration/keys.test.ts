// Key suggestions led by provincial leaders (领导领办, issue 11 item 3) on a real PostgreSQL: who may assign a
// leader and report progress (汇报), who reads what, the audit events, and the dashboard's figures.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { keyPanelOf } from "@/lib/data/key-panel";
import { listKeySuggestions } from "@/lib/data/key-suggestions";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";
import { getKeySuggestionStats } from "@/lib/stats/key-suggestions";
import { assignKeyLeader, reportKeyProgress } from "@/lib/workflow/keys";
import { withdrawSuggestion } from "@/lib/workflow/register";
import { markKey } from "@/lib/workflow/supervision";
import { assignTo, at, auditOf, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
let s1: string;
let s2: string;
beforeAll(async () => {
  w = await buildWorld();
  s1 = (await newSuggestion(w)).id;
  s2 = (await newSuggestion(w)).id;
  await assignTo(w, s1);
  await assignTo(w, s2);
});

const version = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).version;

describe("the office assigns a key suggestion to a leader", () => {
  it("only OFFICE/ADMIN may assign; the leader must be an active LEADER; the change is audited", async () => {
    for (const who of [w.leader, w.leadHandler, w.leadLeader]) {
      await expectError(assignKeyLeader(ctxOf(who, at(2)), s1, { key: true, leaderId: w.leader.id }), "FORBIDDEN");
    }
    await expectError(assignKeyLeader(ctxOf(w.leadDeputy, at(2)), s1, { key: true, leaderId: w.leader.id }), "FORBIDDEN");
    await expectError(assignKeyLeader(ctxOf(w.otherHandler, at(2)), s1, { key: true, leaderId: w.leader.id }), "NOT_FOUND");
    const notLeader = await expectError(assignKeyLeader(ctxOf(w.office, at(2)), s1, { key: true, leaderId: w.office.id }), "INVALID");
    expect(notLeader.fields).toEqual({ leaderId: "errors.field.choice" });
    const missing = await expectError(assignKeyLeader(ctxOf(w.office, at(2)), s1, { key: true }), "INVALID");
    expect(missing.fields).toEqual({ leaderId: "errors.field.required" });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: s1 } })).toMatchObject({ key: false, keyLeaderId: null });

    const updated = await assignKeyLeader(ctxOf(w.office, at(2)), s1, { key: true, leaderId: w.leader.id, reason: "省长领办" });
    expect(updated).toMatchObject({ key: true, keyLeaderId: w.leader.id });
    const event = (await auditOf(s1)).at(-1)!;
    expect(event).toMatchObject({ action: "keySuggestion.assign", actorId: w.office.id, entity: "Suggestion", entityId: s1 });
    expect(event.before).toEqual({ key: false, keyLeaderId: null });
    expect(event.after).toMatchObject({ key: true, keyLeaderId: w.leader.id, reason: "省长领办" });
    expect(await db.notification.findMany({ where: { userId: w.leader.id, suggestionId: s1 }, select: { kind: true } })).toEqual([
      { kind: "key.assigned" },
    ]);
  });

  it("changes the leader with a version check (409 when stale), refuses no change, and removes it", async () => {
    const seen = await version(s1);
    await expectError(
      assignKeyLeader(ctxOf(w.office, at(3)), s1, { key: true, leaderId: w.leader2.id, expectedVersion: seen - 1 }),
      "CONFLICT",
      "errors.stale",
    );
    await expectError(assignKeyLeader(ctxOf(w.office, at(3)), s1, { key: true, leaderId: w.leader.id }), "RULE", "keys.errors.unchanged");
    await assignKeyLeader(ctxOf(w.admin, at(3)), s1, { key: true, leaderId: w.leader2.id, expectedVersion: seen });
    expect((await auditOf(s1)).at(-1)).toMatchObject({ action: "keySuggestion.change", before: { keyLeaderId: w.leader.id } });
    // The leader it was taken from can no longer mark it; the new leader leads it.
    await expectError(markKey(ctxOf(w.leader, at(3)), s1, { key: true }), "CONFLICT", "errors.keyTaken");

    await assignKeyLeader(ctxOf(w.office, at(4)), s2, { key: true, leaderId: w.leader.id });
    await assignKeyLeader(ctxOf(w.office, at(4)), s2, { key: false });
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: s2 } })).toMatchObject({ key: false, keyLeaderId: null });
    expect((await auditOf(s2)).at(-1)).toMatchObject({ action: "keySuggestion.remove", after: { key: false, keyLeaderId: null } });
    await assignKeyLeader(ctxOf(w.office, at(4)), s2, { key: true, leaderId: w.leader.id });
  });

  it("a withdrawn suggestion cannot be assigned", async () => {
    const s = (await newSuggestion(w)).id;
    await withdrawSuggestion(ctxOf(w.office, at(1)), s);
    await expectError(assignKeyLeader(ctxOf(w.office, at(2)), s, { key: true, leaderId: w.leader.id }), "RULE", "errors.rule.withdrawn");
  });
});

describe("the lead unit reports progress to the leader", () => {
  it("only the lead unit's users report, only on a key suggestion; each report is kept and audited", async () => {
    const input = { text: "已完成实地调研，形成初步方案。", reportedOn: "2024-03-10" };
    await expectError(reportKeyProgress(ctxOf(w.coHandler, at(5)), s1, input), "FORBIDDEN");
    await expectError(reportKeyProgress(ctxOf(w.otherHandler, at(5)), s1, input), "NOT_FOUND");
    for (const who of [w.office, w.leader2, w.admin]) await expectError(reportKeyProgress(ctxOf(who, at(5)), s1, input), "FORBIDDEN");
    const invalid = await expectError(reportKeyProgress(ctxOf(w.leadHandler, at(5)), s1, { text: " ", reportedOn: "soon" }), "INVALID");
    expect(Object.keys(invalid.fields!).sort()).toEqual(["reportedOn", "text"]);
    const plain = (await newSuggestion(w)).id;
    await assignTo(w, plain);
    await expectError(reportKeyProgress(ctxOf(w.leadHandler, at(5)), plain, input), "RULE", "keys.errors.notKey");
    expect(await db.keyProgressReport.count()).toBe(0);

    const first = await reportKeyProgress(ctxOf(w.leadHandler, at(5)), s1, input);
    expect(first).toMatchObject({ unitId: w.units.lead.id, createdById: w.leadHandler.id, text: input.text });
    expect(first.reportedOn).toEqual(new Date("2024-03-10T00:00:00+08:00"));
    expect((await auditOf(s1)).at(-1)).toMatchObject({
      action: "keyReport.create",
      entity: "KeyProgressReport",
      entityId: first.id,
      actorId: w.leadHandler.id,
    });
    await reportKeyProgress(ctxOf(w.leadLeader, at(9)), s1, { text: "方案已报省政府。", reportedOn: "2024-03-14" });
    expect(await db.keyProgressReport.count({ where: { suggestionId: s1 } })).toBe(2);
    // Each report is told to the leader who leads it now (leader2), with the unit's name.
    const told = await db.notification.findMany({ where: { userId: w.leader2.id, kind: "key.report" }, select: { params: true } });
    expect(told).toHaveLength(2);
    expect(told[0]!.params).toMatchObject({ unit: w.units.lead.name });
  });
});

describe("who reads key suggestions", () => {
  it("a leader sees only their own in 'my key suggestions'; the office sees all, or one leader's", async () => {
    const mine = await listKeySuggestions(w.leader2, {}, at(10));
    expect(mine.map((r) => r.id)).toEqual([s1]);
    expect(mine[0]).toMatchObject({
      leader: { id: w.leader2.id },
      leadUnit: { code: w.units.lead.code },
      coUnits: [{ code: w.units.co.code }],
      overdue: false,
      reportCount: 2,
      latestReport: { text: "方案已报省政府。", unit: { code: w.units.lead.code }, createdBy: { id: w.leadLeader.id } },
    });
    // Another leader's filter is ignored for a leader.
    expect((await listKeySuggestions(w.leader, { leaderId: w.leader2.id }, at(10))).map((r) => r.id)).toEqual([s2]);
    expect((await listKeySuggestions(w.office, {}, at(10))).map((r) => r.id).sort()).toEqual([s1, s2].sort());
    expect((await listKeySuggestions(w.admin, { leaderId: w.leader.id }, at(10))).map((r) => r.id)).toEqual([s2]);
    for (const who of [w.leadHandler, w.leadDeputy]) expect(await listKeySuggestions(who)).toEqual([]);
  });

  it("the suggestion's key panel shows the leader and the reports, newest first, but not to a deputy", async () => {
    // As the suggestion page builds it: from the detail loaded for the caller (null when not theirs to see).
    const getKeyPanel = async (actor: Actor, id: string) => {
      const detail = await getSuggestionDetail(actor, id);
      return detail ? keyPanelOf(actor, detail) : null;
    };
    const panel = await getKeyPanel(w.leader, s1);
    expect(panel).toMatchObject({ key: true, leader: { id: w.leader2.id } });
    expect(panel!.reports.map((r) => r.text)).toEqual(["方案已报省政府。", "已完成实地调研，形成初步方案。"]);
    expect((await getKeyPanel(w.coHandler, s1))!.reports).toHaveLength(2);
    expect(await getKeyPanel(w.otherHandler, s1)).toBeNull();
    expect(await getKeyPanel(w.leadDeputy, s1)).toBeNull();
    // The reports come with the suggestion's detail (one read for the page), which a deputy's holds none of.
    expect((await getSuggestionDetail(w.office, s1))!.keyProgressReports).toHaveLength(2);
    expect((await getSuggestionDetail(w.leadDeputy, s1))!.keyProgressReports).toEqual([]);
  });

  it("the dashboard's figures count key suggestions by leader, with progress, overdue and reports", async () => {
    const session = w.session.code;
    const early = await getKeySuggestionStats({ session }, at(10));
    expect(early).toMatchObject({ total: 2, handling: 2, replied: 0, overdue: 0, reported: 1 });
    const byLeader = Object.fromEntries(early.byLeader.map((r) => [r.leaderId, [r.total, r.reported]]));
    expect(byLeader).toEqual({ [w.leader.id]: [1, 0], [w.leader2.id]: [1, 1] });
    // Cached per session and day: a report the same day is counted at once.
    await reportKeyProgress(ctxOf(w.leadHandler, at(10)), s2, { text: "已开始调研。", reportedOn: "2024-03-14" });
    expect(await getKeySuggestionStats({ session }, at(10))).toMatchObject({ total: 2, reported: 2 });
    // s2 passes its due date unanswered; s1 is replied.
    await replyAndSign(w, s1, { from: at(20) });
    const late = await getKeySuggestionStats({ session }, at(200));
    expect(late).toMatchObject({ total: 2, handling: 1, replied: 1, overdue: 1, reported: 2 });
    expect(late.byLeader.find((r) => r.leaderId === w.leader.id)).toMatchObject({ overdue: 1, handling: 1 });
    expect((await listKeySuggestions(w.leader, {}, at(200)))[0]).toMatchObject({ id: s2, overdue: true });
  });
});
