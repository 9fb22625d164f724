// Administration: who may create sessions, units, deputies and users; duplicates; validation; no password back.
import { beforeAll, describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { createDeputy, createSession, createUnit, createUser } from "@/lib/workflow/admin";
import { buildWorld, ctxOf, expectError, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("createSession", () => {
  it("ADMIN creates a session with replyDays defaulting to 90, audited", async () => {
    const s = await createSession(ctxOf(w.admin), { code: "13-5", name: "吉林省第十三届人民代表大会第五次会议", year: 2022 });
    expect(s).toMatchObject({ code: "13-5", year: 2022, replyDays: 90 });
    expect(s.id).toBeTruthy();
    expect(await db.auditEvent.count({ where: { entity: "Session", entityId: s.id, action: "session.create" } })).toBe(1);
  });
  it("a duplicate code is 409", async () => {
    await createSession(ctxOf(w.admin), { code: "14-1", name: "十四届一次", year: 2023, replyDays: 60 });
    await expectError(createSession(ctxOf(w.admin), { code: "14-1", name: "again", year: 2023 }), "CONFLICT", "errors.duplicate");
  });
  it("only ADMIN: OFFICE is 403", async () => {
    await expectError(createSession(ctxOf(w.office), { code: "X-1", name: "x", year: 2023 }), "FORBIDDEN");
  });
  it("invalid input is 400 with fields", async () => {
    const e = await expectError(
      createSession(ctxOf(w.admin), { code: "", name: "x", year: 1800, replyDays: 0 } as never),
      "INVALID",
      "errors.invalid",
    );
    expect(e.fields).toMatchObject({ code: "errors.field.required", year: expect.any(String), replyDays: expect.any(String) });
  });
});

describe("createUnit", () => {
  it("ADMIN creates units; a duplicate code or name is 409; a bad kind is 400", async () => {
    const u = await createUnit(ctxOf(w.admin), { code: "D01", name: "省发改委", kind: "DEPARTMENT" });
    expect(u).toMatchObject({ code: "D01", kind: "DEPARTMENT", active: true });
    await expectError(createUnit(ctxOf(w.admin), { code: "D01", name: "别的", kind: "DEPARTMENT" }), "CONFLICT");
    await expectError(createUnit(ctxOf(w.admin), { code: "D99", name: "省发改委", kind: "CITY" }), "CONFLICT");
    const e = await expectError(createUnit(ctxOf(w.admin), { code: "D02", name: "x", kind: "PROVINCE" } as never), "INVALID");
    expect(e.fields).toEqual({ kind: "errors.field.choice" });
    await expectError(createUnit(ctxOf(w.office), { code: "D03", name: "y", kind: "CITY" }), "FORBIDDEN");
  });
});

describe("createDeputy", () => {
  it("ADMIN and OFFICE create deputies; others are 403; a duplicate code is 409", async () => {
    const d = await createDeputy(ctxOf(w.office), { name: "赵代表", delegation: "四平代表团", code: "DEP-1" });
    expect(d.id).toBeTruthy();
    await createDeputy(ctxOf(w.admin), { name: "赵代表", delegation: "四平代表团" });
    await expectError(createDeputy(ctxOf(w.office), { name: "钱代表", delegation: "四平代表团", code: "DEP-1" }), "CONFLICT");
    await expectError(createDeputy(ctxOf(w.leader), { name: "x", delegation: "y" }), "FORBIDDEN");
    await expectError(createDeputy(ctxOf(w.leadHandler), { name: "x", delegation: "y" }), "FORBIDDEN");
  });
});

describe("createUser", () => {
  it("hashes the password with argon2 and never returns the hash", async () => {
    const u = await createUser(ctxOf(w.admin), { username: "clerk1", password: "s3cret-pass", name: "办事员", role: "OFFICE" });
    expect(u).not.toHaveProperty("passwordHash");
    expect(u).toMatchObject({ username: "clerk1", role: "OFFICE", unitId: null, deputyId: null });
    const row = await db.user.findUniqueOrThrow({ where: { id: u.id } });
    expect(row.passwordHash).toMatch(/^\$argon2id\$/);
    expect(await verifyPassword(row.passwordHash, "s3cret-pass")).toBe(true);
    const event = await db.auditEvent.findFirstOrThrow({ where: { entityId: u.id, action: "user.create" } });
    expect(JSON.stringify(event.after)).not.toContain("argon2");
  });
  it("unit roles need an existing unit; DEPUTY needs a deputy not yet linked", async () => {
    let e = await expectError(
      createUser(ctxOf(w.admin), { username: "h1", password: "password1", name: "x", role: "UNIT_HANDLER" }),
      "INVALID",
    );
    expect(e.fields).toEqual({ unitCode: "errors.field.required" });
    e = await expectError(
      createUser(ctxOf(w.admin), { username: "h1", password: "password1", name: "x", role: "UNIT_HANDLER", unitCode: "NOPE" }),
      "INVALID",
    );
    expect(e.fields).toEqual({ unitCode: "errors.field.unknownUnit" });
    e = await expectError(
      createUser(ctxOf(w.admin), { username: "h1", password: "password1", name: "x", role: "OFFICE", unitCode: w.units.lead.code }),
      "INVALID",
    );
    expect(e.fields).toEqual({ unitCode: "errors.field.notAllowed" });
    e = await expectError(createUser(ctxOf(w.admin), { username: "d1", password: "password1", name: "x", role: "DEPUTY" }), "INVALID");
    expect(e.fields).toEqual({ deputyId: "errors.field.required" });
    e = await expectError(
      createUser(ctxOf(w.admin), { username: "d1", password: "password1", name: "x", role: "DEPUTY", deputyId: "nope" }),
      "INVALID",
    );
    expect(e.fields).toEqual({ deputyId: "errors.field.unknownDeputy" });
    await expectError(
      createUser(ctxOf(w.admin), { username: "d1", password: "password1", name: "x", role: "DEPUTY", deputyId: w.deputies.lead.id }),
      "CONFLICT",
    );
    const h = await createUser(ctxOf(w.admin), {
      username: "h1",
      password: "password1",
      name: "x",
      role: "UNIT_LEADER",
      unitCode: w.units.lead.code,
    });
    expect(h.unitId).toBe(w.units.lead.id);
  });
  it("a duplicate username is 409, a short password 400, and only ADMIN may create users", async () => {
    await createUser(ctxOf(w.admin), { username: "dup", password: "password1", name: "x", role: "LEADER" });
    await expectError(
      createUser(ctxOf(w.admin), { username: "dup", password: "password1", name: "y", role: "LEADER" }),
      "CONFLICT",
      "errors.duplicate",
    );
    const e = await expectError(createUser(ctxOf(w.admin), { username: "short", password: "123", name: "y", role: "LEADER" }), "INVALID");
    expect(e.fields).toEqual({ password: "errors.field.tooShort" });
    await expectError(createUser(ctxOf(w.office), { username: "z", password: "password1", name: "y", role: "OFFICE" }), "FORBIDDEN");
  });
  it("two concurrent creations of one username leave one user and one 409", async () => {
    const results = await Promise.allSettled([
      createUser(ctxOf(w.admin), { username: "race", password: "password1", name: "a", role: "LEADER" }),
      createUser(ctxOf(w.admin), { username: "race", password: "password1", name: "b", role: "LEADER" }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected") as PromiseRejectedResult;
    expect(rejected.reason).toMatchObject({ code: "CONFLICT" });
    expect(await db.user.count({ where: { username: "race" } })).toBe(1);
  });
});
