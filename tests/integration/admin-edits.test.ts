// Administration that can change things (issue 11, item 4): editing users, units, sessions and deputies —
// only ADMIN (deputies: the office too), validated, audited, versioned — and the two rules of a unit's life:
// a rename keeps the old name on letters signed before it, and a unit with open work cannot be deactivated.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReplyLetter } from "@/lib/data/reply-letter";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";
import { listPublishedReplies } from "@/lib/data/public-replies";
import { listActiveUnitOptions } from "@/lib/data/units";
import { unitMatcher } from "@/lib/import/units";
import { createUnit } from "@/lib/workflow/admin";
import { updateDeputy, updateSession } from "@/lib/workflow/admin-records";
import { updateUnit } from "@/lib/workflow/admin-units";
import { updateUser } from "@/lib/workflow/admin-users";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const lastEvent = (entityId: string) => db.auditEvent.findFirst({ where: { entityId }, orderBy: { id: "desc" } });

describe("updateUser", () => {
  it("ADMIN changes name, role, unit and phone; audited with before and after; the version moves", async () => {
    const before = await db.user.findUniqueOrThrow({ where: { id: w.otherHandler.id } });
    const user = await updateUser(ctxOf(w.admin), w.otherHandler.id, {
      name: "改后的名字",
      role: "UNIT_LEADER",
      unitCode: w.units.co.code,
      phone: "0431-88905123",
      expectedVersion: before.version,
    });
    expect(user).toMatchObject({ name: "改后的名字", role: "UNIT_LEADER", unitId: w.units.co.id, phone: "0431-88905123" });
    expect(user.version).toBe(before.version + 1);
    expect(user).not.toHaveProperty("passwordHash");
    const event = await lastEvent(w.otherHandler.id);
    expect(event).toMatchObject({ action: "user.update", entity: "User", actorId: w.admin.id });
    expect(event?.before).toMatchObject({ name: before.name, role: "UNIT_HANDLER", unitId: w.units.other.id, phone: null });
    expect(event?.after).toMatchObject({ name: "改后的名字", role: "UNIT_LEADER", unitId: w.units.co.id });
    // Put back for the other tests.
    await updateUser(ctxOf(w.admin), w.otherHandler.id, { role: "UNIT_HANDLER", unitCode: w.units.other.code });
  });

  it("links a deputy account to another deputy; a deputy who has an account already is a 409", async () => {
    const spare = await db.deputy.create({ data: { name: "孙代表", delegation: "延边代表团" } });
    const user = await updateUser(ctxOf(w.admin), w.strangerDeputy.id, { deputyId: spare.id });
    expect(user.deputyId).toBe(spare.id);
    const e = await expectError(updateUser(ctxOf(w.admin), w.strangerDeputy.id, { deputyId: w.deputies.lead.id }), "CONFLICT");
    expect(e.fields).toEqual({ deputyId: "errors.field.deputyTaken" });
    await updateUser(ctxOf(w.admin), w.strangerDeputy.id, { deputyId: w.deputies.stranger.id });
  });

  it("only ADMIN: OFFICE and a unit leader are 403, and nothing changes", async () => {
    await expectError(updateUser(ctxOf(w.office), w.leadHandler.id, { name: "x" }), "FORBIDDEN");
    await expectError(updateUser(ctxOf(w.leadLeader), w.leadHandler.id, { name: "x" }), "FORBIDDEN");
    expect((await db.user.findUniqueOrThrow({ where: { id: w.leadHandler.id } })).name).toBe(w.leadHandler.name);
  });

  it("refuses what the roles forbid, in fields: a unit role without a unit, a deputy without its deputy, an unknown unit", async () => {
    let e = await expectError(updateUser(ctxOf(w.admin), w.leadHandler.id, { unitCode: null }), "INVALID");
    expect(e.fields).toEqual({ unitCode: "errors.field.required" });
    e = await expectError(updateUser(ctxOf(w.admin), w.office.id, { role: "DEPUTY" }), "INVALID");
    expect(e.fields).toEqual({ deputyId: "errors.field.required" });
    e = await expectError(updateUser(ctxOf(w.admin), w.office.id, { unitCode: w.units.lead.code }), "INVALID");
    expect(e.fields).toEqual({ unitCode: "errors.field.notAllowed" });
    e = await expectError(updateUser(ctxOf(w.admin), w.leadHandler.id, { unitCode: "NOPE" }), "INVALID");
    expect(e.fields).toEqual({ unitCode: "errors.field.unknownUnit" });
    e = await expectError(updateUser(ctxOf(w.admin), w.leadHandler.id, { name: "", phone: "abc" }), "INVALID");
    expect(e.fields).toEqual({ name: "errors.field.required", phone: "errors.field.invalid" });
  });

  it("a stale version is a 409; an administrator cannot change their own role", async () => {
    const current = await db.user.findUniqueOrThrow({ where: { id: w.coHandler.id } });
    await updateUser(ctxOf(w.admin), w.coHandler.id, { phone: "12345", expectedVersion: current.version });
    await expectError(
      updateUser(ctxOf(w.admin), w.coHandler.id, { phone: "67890", expectedVersion: current.version }),
      "CONFLICT",
      "errors.stale",
    );
    await expectError(updateUser(ctxOf(w.admin), w.admin.id, { role: "OFFICE" }), "RULE", "admin.errors.ownRole");
  });
});

describe("renaming a unit", () => {
  it("an old signed letter keeps the old name, a letter signed after the rename has the new one; the import knows both", async () => {
    const unit = w.units.lead;
    const old = await newSuggestion(w, { now: at(-1) });
    await assignTo(w, old.id, { co: false, when: at(0) });
    const oldReply = await replyAndSign(w, old.id, { from: at(1) });

    const renamed = await updateUnit(ctxOf(w.admin, at(5)), unit.code, { name: "省教育和科技厅" });
    expect(renamed).toMatchObject({ name: "省教育和科技厅", version: 2 });
    expect(await lastEvent(unit.id)).toMatchObject({
      action: "unit.rename",
      before: { name: unit.name },
      after: { name: "省教育和科技厅" },
    });

    const fresh = await newSuggestion(w, { now: at(6) });
    await assignTo(w, fresh.id, { co: false, when: at(6) });
    const newReply = await replyAndSign(w, fresh.id, { from: at(7) });

    expect((await getReplyLetter(w.office, old.id, oldReply.id))?.unit.name).toBe(unit.name);
    expect((await getReplyLetter(w.office, fresh.id, newReply.id))?.unit.name).toBe("省教育和科技厅");
    const detail = await getSuggestionDetail(w.leadDeputy, old.id);
    expect(detail?.replies.find((r) => r.id === oldReply.id)?.unit.name).toBe(unit.name);
    const published = await listPublishedReplies({ page: 1, pageSize: 100 });
    expect(published.items.find((r) => r.id === oldReply.id)?.unit.name).toBe(unit.name);
    expect(published.items.find((r) => r.id === newReply.id)?.unit.name).toBe("省教育和科技厅");

    const match = await db.$transaction((tx) => unitMatcher(tx));
    expect(match(unit.name)).toEqual({ id: unit.id });
    expect(match("省教育和科技厅")).toEqual({ id: unit.id });
  });

  it("a name another unit has is a 409; a stale version is a 409; only ADMIN", async () => {
    const e = await expectError(updateUnit(ctxOf(w.admin), w.units.other.code, { name: w.units.co.name }), "CONFLICT");
    expect(e.fields).toEqual({ name: "errors.field.unitNameTaken" });
    await expectError(updateUnit(ctxOf(w.admin), w.units.other.code, { name: "新名", expectedVersion: 7 }), "CONFLICT", "errors.stale");
    await expectError(updateUnit(ctxOf(w.office), w.units.other.code, { name: "新名" }), "FORBIDDEN");
    await expectError(updateUnit(ctxOf(w.admin), "NO-SUCH-UNIT", { name: "新名" }), "NOT_FOUND");
    await expectError(updateUnit(ctxOf(w.admin), w.units.other.code, { kind: "PROVINCE" } as never), "INVALID");
  });
});

describe("deactivating a unit", () => {
  it("is refused while it leads or co-handles open suggestions, saying how many; allowed once they end", async () => {
    const unit = await createUnit(ctxOf(w.admin), { code: "TMP-1", name: "临时单位", kind: "OTHER" });
    const s = await newSuggestion(w);
    const { assignSuggestion } = await import("@/lib/workflow/assign");
    await assignSuggestion(ctxOf(w.office, at(0)), s.id, { leadUnitCode: w.units.co.code, coUnitCodes: [unit.code] });
    const e = await expectError(updateUnit(ctxOf(w.admin), unit.code, { active: false }), "RULE", "admin.errors.unitHasOpenWork");
    expect(e.params).toEqual({ lead: 0, co: 1 });
    expect((await db.unit.findUniqueOrThrow({ where: { id: unit.id } })).active).toBe(true);

    await db.suggestion.update({ where: { id: s.id }, data: { status: "WITHDRAWN" } });
    const done = await updateUnit(ctxOf(w.admin), unit.code, { active: false, expectedVersion: unit.version });
    expect(done.active).toBe(false);
    expect(await lastEvent(unit.id)).toMatchObject({ action: "unit.deactivate", before: { active: true }, after: { active: false } });
    expect((await listActiveUnitOptions(w.office)).map((u) => u.code)).not.toContain(unit.code);
    // A deactivated unit takes no new accounts.
    const err = await expectError(updateUser(ctxOf(w.admin), w.otherHandler.id, { unitCode: unit.code }), "INVALID");
    expect(err.fields).toEqual({ unitCode: "errors.field.unknownUnit" });
    expect((await updateUnit(ctxOf(w.admin), unit.code, { active: true })).active).toBe(true);
  });
});

describe("sessions and deputies", () => {
  it("ADMIN renames a session and changes its reply days; audited; stale is 409; OFFICE is 403", async () => {
    const s = await updateSession(ctxOf(w.admin), w.session.code, {
      name: "吉林省第十四届人民代表大会第三次会议",
      replyDays: 60,
      expectedVersion: 1,
    });
    expect(s).toMatchObject({ name: "吉林省第十四届人民代表大会第三次会议", replyDays: 60, version: 2 });
    expect(await lastEvent(w.session.id)).toMatchObject({ action: "session.update", before: { replyDays: 90 }, after: { replyDays: 60 } });
    await expectError(updateSession(ctxOf(w.admin), w.session.id, { replyDays: 30, expectedVersion: 1 }), "CONFLICT", "errors.stale");
    await expectError(updateSession(ctxOf(w.office), w.session.code, { replyDays: 30 }), "FORBIDDEN");
    const e = await expectError(updateSession(ctxOf(w.admin), w.session.code, { replyDays: 0 }), "INVALID");
    expect(e.fields).toEqual({ replyDays: expect.any(String) });
  });

  it("ADMIN and OFFICE edit a deputy (name, delegation, code, phone); a taken code is 409; a unit user is 403", async () => {
    const d = await updateDeputy(ctxOf(w.office), w.deputies.stranger.id, { name: "王某某", phone: "13800000000", code: "D-77" });
    expect(d).toMatchObject({ name: "王某某", phone: "13800000000", code: "D-77", version: 2 });
    expect(await lastEvent(w.deputies.stranger.id)).toMatchObject({ action: "deputy.update", actorId: w.office.id });
    const e = await expectError(updateDeputy(ctxOf(w.admin), w.deputies.lead.id, { code: "D-77" }), "CONFLICT");
    expect(e.fields).toEqual({ code: "errors.field.deputyCodeTaken" });
    await expectError(updateDeputy(ctxOf(w.admin), w.deputies.stranger.id, { code: null, expectedVersion: 1 }), "CONFLICT", "errors.stale");
    await expectError(updateDeputy(ctxOf(w.leadHandler), w.deputies.stranger.id, { name: "x" }), "FORBIDDEN");
    expect((await updateDeputy(ctxOf(w.admin), w.deputies.stranger.id, { code: null, expectedVersion: 2 })).code).toBeNull();
  });
});
