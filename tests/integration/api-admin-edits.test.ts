// HTTP API v1, administration (issue 11): GET /units and /deputies with search, PATCH /users, /units, /sessions
// and /deputies — the roles decided first, errors in the standard shape and in Chinese, 409 on a stale
// expectedVersion, 422 for a unit that still has work, and every edit in the audit log.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { POST as token } from "@/app/api/v1/auth/token/route";
import { GET as listUnits, POST as createUnit } from "@/app/api/v1/units/route";
import { PATCH as patchUnit } from "@/app/api/v1/units/[id]/route";
import { GET as listDeputies, POST as createDeputy } from "@/app/api/v1/deputies/route";
import { PATCH as patchDeputy } from "@/app/api/v1/deputies/[id]/route";
import { POST as createUser } from "@/app/api/v1/users/route";
import { PATCH as patchUser } from "@/app/api/v1/users/[id]/route";
import { POST as createSession } from "@/app/api/v1/sessions/route";
import { PATCH as patchSession } from "@/app/api/v1/sessions/[id]/route";
import { POST as register } from "@/app/api/v1/suggestions/route";
import { POST as assign } from "@/app/api/v1/suggestions/[id]/assignment/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";

const BASE = "http://localhost/api/v1";
const PASSWORD = "password-123";
const tokens: Record<string, string> = {};

type Handler = (request: Request, context?: { params: Promise<{ id: string }> }) => Promise<Response>;
async function send(handler: Handler, method: string, as: string | null, options: { body?: unknown; id?: string; query?: string } = {}) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (as) headers.Authorization = `Bearer ${tokens[as]}`;
  const body = options.body === undefined ? undefined : typeof options.body === "string" ? options.body : JSON.stringify(options.body);
  const request = new Request(`${BASE}/x${options.query ?? ""}`, { method, headers, body });
  const response = await handler(request, options.id ? { params: Promise.resolve({ id: options.id }) } : undefined);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const patch = (handler: Handler, as: string, id: string, body: unknown) => send(handler, "PATCH", as, { id, body });
const post = (handler: Handler, as: string, body: unknown, id?: string) => send(handler, "POST", as, { body, id });
const get = (handler: Handler, as: string, query: string) => send(handler, "GET", as, { query });

const ids: Record<string, string> = {};
beforeAll(async () => {
  await db.user.create({ data: { username: "root", name: "管理员", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) } });
  const login = async (username: string) => {
    const r = await send(token as Handler, "POST", null, { body: { username, password: PASSWORD } });
    tokens[username] = r.body.token;
  };
  await login("root");
  await post(createSession, "root", { code: "14-2", name: "十四届二次", year: 2024 });
  await post(createUnit, "root", { code: "JYT", name: "省教育厅", kind: "DEPARTMENT" });
  await post(createUnit, "root", { code: "CZT", name: "省财政厅", kind: "DEPARTMENT" });
  ids.deputy = (await post(createDeputy, "root", { name: "周代表", delegation: "白山代表团", code: "Z-1" })).body.id;
  ids.other = (await post(createDeputy, "root", { name: "吴代表", delegation: "通化代表团" })).body.id;
  for (const user of [
    { username: "office", name: "办公厅", role: "OFFICE" },
    { username: "clerk", name: "经办人", role: "UNIT_HANDLER", unitCode: "JYT" },
  ]) {
    ids[user.username] = (await post(createUser, "root", { ...user, password: PASSWORD })).body.id;
    await login(user.username);
  }
});

describe("GET /units and /deputies with search", () => {
  it("finds units by code, name or former name; deactivated ones only when asked; OFFICE may, a unit may not", async () => {
    expect((await get(listUnits, "office", "?q=教育")).body.items.map((u: { code: string }) => u.code)).toEqual(["JYT"]);
    expect((await get(listUnits, "root", "")).body.total).toBe(2);
    expect((await get(listUnits, "clerk", "")).status).toBe(403);
    const bad = await get(listUnits, "office", "?inactive=maybe");
    expect(bad.status).toBe(400);
    expect(bad.body.error.code).toBe("INVALID");
  });

  it("finds deputies by name, delegation or code, a page at a time", async () => {
    const r = await get(listDeputies, "office", "?q=白山");
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ total: 1, items: [{ id: ids.deputy, name: "周代表", code: "Z-1", version: 1 }] });
    expect((await get(listDeputies, "root", "?q=Z-1")).body.total).toBe(1);
    expect((await get(listDeputies, "root", "?pageSize=1")).body).toMatchObject({ total: 2, items: [expect.anything()] });
    expect((await get(listDeputies, "clerk", "?q=周")).status).toBe(403);
  });
});

describe("PATCH /units/{id}", () => {
  it("renames by code; the old name stays findable; a stale version is 409; OFFICE is 403", async () => {
    const r = await patch(patchUnit, "root", "JYT", { name: "省教育和科技厅", expectedVersion: 1 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ code: "JYT", name: "省教育和科技厅", version: 2 });
    const found = await get(listUnits, "office", "?q=省教育厅");
    expect(found.body.items[0]).toMatchObject({ code: "JYT", formerNames: [{ name: "省教育厅" }] });
    const stale = await patch(patchUnit, "root", "JYT", { name: "再改", expectedVersion: 1 });
    expect(stale.status).toBe(409);
    expect(stale.body.error).toMatchObject({ code: "CONFLICT", message: expect.stringMatching(/[\u4e00-\u9fff]/) });
    expect((await patch(patchUnit, "office", "JYT", { name: "x" })).status).toBe(403);
    expect((await patch(patchUnit, "root", "NOPE", { name: "x" })).status).toBe(404);
    const invalid = await patch(patchUnit, "root", "JYT", { kind: "PLANET", name: "" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toEqual({ kind: "请从给定选项中选择", name: "必填" });
    expect(await db.auditEvent.count({ where: { action: "unit.rename" } })).toBe(1);
  });

  it("refuses to deactivate a unit with open work (422, saying how many), then deactivates it once moved", async () => {
    const s = await post(register, "office", {
      sessionCode: "14-2",
      number: "7",
      title: "关于校车的建议",
      content: "……",
      leadDeputyId: ids.deputy,
    });
    expect((await post(assign, "office", { leadUnitCode: "CZT" }, s.body.id)).status).toBe(201);
    const refused = await patch(patchUnit, "root", "CZT", { active: false });
    expect(refused.status).toBe(422);
    expect(refused.body.error.message).toContain("主办 1 件");
    await db.suggestion.update({ where: { id: s.body.id }, data: { status: "WITHDRAWN" } });
    const done = await patch(patchUnit, "root", "CZT", { active: false });
    expect(done.body).toMatchObject({ active: false });
    expect((await get(listUnits, "office", "")).body.items.map((u: { code: string }) => u.code)).toEqual(["JYT"]);
    expect((await get(listUnits, "office", "?inactive=true")).body.total).toBe(2);
  });
});

describe("PATCH /users/{id}, /sessions/{id}, /deputies/{id}", () => {
  it("edits a user's name, unit and phone; null clears the phone; no password hash back; audited", async () => {
    const r = await patch(patchUser, "root", ids.clerk!, { name: "新经办人", phone: "0431-1234", expectedVersion: 1 });
    expect(r.status).toBe(200);
    expect(r.body).toMatchObject({ name: "新经办人", phone: "0431-1234", version: 2 });
    expect(JSON.stringify(r.body)).not.toMatch(/passwordHash|argon2/);
    expect((await patch(patchUser, "root", ids.clerk!, { phone: null })).body.phone).toBeNull();
    expect((await patch(patchUser, "root", ids.clerk!, { name: "x", expectedVersion: 1 })).status).toBe(409);
    const wrong = await patch(patchUser, "root", ids.clerk!, { role: "DEPUTY" });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toMatchObject({ deputyId: "必填" });
    expect((await patch(patchUser, "office", ids.clerk!, { name: "x" })).status).toBe(403);
    expect(await db.auditEvent.count({ where: { action: "user.update", entityId: ids.clerk } })).toBe(2);
  });

  it("edits a session's name and reply days by code; bad days are 400; a unit user is 403", async () => {
    const r = await patch(patchSession, "root", "14-2", { name: "十四届二次（改）", replyDays: 60 });
    expect(r.body).toMatchObject({ code: "14-2", name: "十四届二次（改）", replyDays: 60, version: 2 });
    expect((await patch(patchSession, "root", "14-2", { replyDays: 999 })).status).toBe(400);
    expect((await patch(patchSession, "clerk", "14-2", { replyDays: 30 })).status).toBe(403);
    expect((await patch(patchSession, "root", "14-2", { replyDays: 30, expectedVersion: 1 })).status).toBe(409);
  });

  it("edits a deputy (OFFICE too); a code another deputy has is 409", async () => {
    const r = await patch(patchDeputy, "office", ids.other!, { delegation: "白山代表团", phone: "13900000000" });
    expect(r.body).toMatchObject({ delegation: "白山代表团", phone: "13900000000", version: 2 });
    const taken = await patch(patchDeputy, "root", ids.other!, { code: "Z-1" });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toEqual({ code: "已有代表使用此代码" });
    expect((await patch(patchDeputy, "clerk", ids.other!, { name: "x" })).status).toBe(403);
    expect((await patch(patchDeputy, "root", ids.other!, "{not json")).status).toBe(400);
  });

  it("the OpenAPI document lists the new operations", async () => {
    const doc = (await (await (openapi as () => Promise<Response>)()).json()) as { paths: Record<string, Record<string, unknown>> };
    for (const path of ["/users/{id}", "/units/{id}", "/sessions/{id}", "/deputies/{id}"]) expect(doc.paths[path]).toHaveProperty("patch");
    expect(doc.paths["/units"]).toHaveProperty("get");
    expect(doc.paths["/deputies"]).toHaveProperty("get");
  });
});
