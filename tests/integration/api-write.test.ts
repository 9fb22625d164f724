// HTTP API v1, write side: the whole handling of one suggestion through the route handlers (SPEC §6),
// with the authorization, validation and rule failures each route must answer.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import { POST as token } from "@/app/api/v1/auth/token/route";
import { POST as createSession } from "@/app/api/v1/sessions/route";
import { POST as createUnit } from "@/app/api/v1/units/route";
import { POST as createDeputy } from "@/app/api/v1/deputies/route";
import { POST as createUser } from "@/app/api/v1/users/route";
import { POST as registerSuggestions } from "@/app/api/v1/suggestions/route";
import { GET as detail } from "@/app/api/v1/suggestions/[id]/route";
import { POST as assign } from "@/app/api/v1/suggestions/[id]/assignment/route";
import { POST as communicate } from "@/app/api/v1/suggestions/[id]/communications/route";
import { POST as opinion } from "@/app/api/v1/suggestions/[id]/opinions/route";
import { POST as draft } from "@/app/api/v1/suggestions/[id]/replies/route";
import { POST as feedback } from "@/app/api/v1/suggestions/[id]/feedback/route";
import { POST as submit } from "@/app/api/v1/replies/[id]/submit/route";
import { POST as sign } from "@/app/api/v1/replies/[id]/sign/route";
import { GET as stats } from "@/app/api/v1/stats/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";

const BASE = "http://localhost/api/v1";
const PASSWORD = "password-123";
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};

type Handler = (request: Request, context?: { params: Promise<{ id: string }> }) => Promise<Response>;
async function call(handler: Handler, as: string | null, body?: unknown, id?: string) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (as) headers.Authorization = `Bearer ${tokens[as]}`;
  const init: RequestInit = { method: "POST", headers };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const response = await handler(new Request(`${BASE}/x`, init), id ? { params: Promise.resolve({ id }) } : undefined);
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const get = async (handler: Handler, as: string, path: string, id?: string) => {
  const response = await handler(
    new Request(`${BASE}${path}`, { headers: { Authorization: `Bearer ${tokens[as]}` } }),
    id ? { params: Promise.resolve({ id }) } : undefined,
  );
  return { status: response.status, body: (await response.json()) as Record<string, any> };
};
async function login(username: string) {
  const r = await call(token as Handler, null, { username, password: PASSWORD });
  expect(r.status).toBe(200);
  tokens[username] = r.body.token;
}

beforeAll(async () => {
  await db.user.create({ data: { username: "root", name: "管理员", role: "ADMIN", passwordHash: await hashPassword(PASSWORD) } });
  await login("root");
});

describe("administration through the API", () => {
  it("creates sessions, units, deputies and users, refusing duplicates and other roles", async () => {
    const session = await call(createSession, "root", { code: "14-1", name: "吉林省第十四届人民代表大会第一次会议", year: 2023 });
    expect(session.status).toBe(201);
    expect(session.body).toMatchObject({ id: expect.any(String), code: "14-1", replyDays: 90 });
    expect((await call(createSession, "root", { code: "14-1", name: "重复", year: 2023 })).status).toBe(409);
    const invalid = await call(createSession, "root", { code: "14-2", year: "next" });
    expect(invalid.status).toBe(400);
    expect(invalid.body.error.fields).toMatchObject({ name: "必填" });

    for (const [code, name, kind] of [
      ["JTT", "省交通运输厅", "DEPARTMENT"],
      ["CCS", "长春市", "CITY"],
    ]) {
      const unit = await call(createUnit, "root", { code, name, kind });
      expect(unit.status).toBe(201);
      ids[code] = unit.body.id;
    }
    expect((await call(createUnit, "root", { code: "X", name: "省交通运输厅", kind: "DEPARTMENT" })).status).toBe(409);
    expect((await call(createUnit, "root", { code: "Y", name: "某单位", kind: "PLANET" })).body.error.fields.kind).toBe(
      "请从给定选项中选择",
    );

    const deputy = await call(createDeputy, "root", { name: "刘代表", delegation: "长春代表团" });
    expect(deputy.status).toBe(201);
    ids.deputy = deputy.body.id;
    ids.other = (await call(createDeputy, "root", { name: "陈代表", delegation: "吉林代表团" })).body.id;

    const users = [
      { username: "office", name: "办公厅", role: "OFFICE" },
      { username: "clerk", name: "经办人", role: "UNIT_HANDLER", unitCode: "JTT" },
      { username: "chief", name: "负责人", role: "UNIT_LEADER", unitCode: "JTT" },
      { username: "coclerk", name: "会办经办人", role: "UNIT_HANDLER", unitCode: "CCS" },
      { username: "liu", name: "刘代表", role: "DEPUTY", deputyId: ids.deputy },
      { username: "chen", name: "陈代表", role: "DEPUTY", deputyId: ids.other },
    ];
    for (const user of users) {
      const created = await call(createUser, "root", { ...user, password: PASSWORD });
      expect(created.status).toBe(201);
      expect(created.body).toMatchObject({ id: expect.any(String), username: user.username, role: user.role });
      expect(JSON.stringify(created.body)).not.toMatch(/passwordHash|argon2|password-123/);
      await login(user.username);
    }
    expect(
      (await call(createUser, "root", { username: "x1", password: PASSWORD, name: "x", role: "UNIT_HANDLER" })).body.error.fields.unitCode,
    ).toBe("必填");

    // Roles decided first: an office user may create deputies but not sessions, units or users.
    expect((await call(createDeputy, "office", { name: "王代表", delegation: "四平代表团" })).status).toBe(201);
    for (const [handler, body] of [
      [createSession, {}],
      [createUnit, {}],
      [createUser, "{not json"],
    ] as const) {
      const r = await call(handler, "office", body);
      expect(r.status).toBe(403);
      expect(r.body.error).toEqual({ code: "FORBIDDEN", message: "您无权执行此操作" });
    }
    expect((await call(createSession, null, {})).status).toBe(401);
  });
});

describe("a suggestion handled through the API", () => {
  it("registers one suggestion or a batch, all or nothing", async () => {
    const one = await call(registerSuggestions, "office", {
      sessionCode: "14-1",
      number: "1001",
      title: "关于完善农村公路养护机制的建议",
      content: "建议……",
      leadDeputyId: ids.deputy,
      field: "交通",
    });
    expect(one.status).toBe(201);
    expect(one.body).toMatchObject({ id: expect.any(String), number: "1001", status: "PENDING" });
    ids.s1 = one.body.id;

    const batch = await call(registerSuggestions, "office", {
      items: [
        { sessionCode: "14-1", number: "1002", title: "甲", content: "甲", leadDeputyId: ids.other, coSignerIds: [ids.deputy] },
        { sessionCode: "14-1", number: "1003", title: "乙", content: "乙", leadDeputyId: ids.other },
      ],
    });
    expect(batch.status).toBe(201);
    expect(batch.body.total).toBe(2);
    expect(batch.body.items.map((s: { number: string }) => s.number)).toEqual(["1002", "1003"]);

    const duplicate = await call(registerSuggestions, "office", {
      sessionCode: "14-1",
      items: [
        { number: "1004", title: "丙", content: "丙", leadDeputyId: ids.other },
        { number: "1001", title: "丁", content: "丁", leadDeputyId: ids.other },
      ],
    });
    expect(duplicate.status).toBe(409);
    expect(duplicate.body.error.message).toBe("本次会议已有编号为 1001 的建议");
    expect(await db.suggestion.count({ where: { number: "1004" } })).toBe(0);
    expect(
      (
        await call(registerSuggestions, "office", {
          sessionCode: "14-1",
          number: "1005",
          title: "戊",
          content: "戊",
          leadDeputyId: "nobody",
        })
      ).status,
    ).toBe(400);
    expect((await call(registerSuggestions, "office", "[1,")).status).toBe(400);
    expect((await call(registerSuggestions, "clerk", { sessionCode: "14-1" })).status).toBe(403);
  });

  it("assigns it to a lead and a co unit", async () => {
    const r = await call(assign, "office", { leadUnitCode: "JTT", coUnitCodes: ["CCS"] }, ids.s1);
    expect(r.status).toBe(201);
    expect(r.body.total).toBe(2);
    expect(r.body.items.map((a: { role: string }) => a.role).sort()).toEqual(["CO", "LEAD"]);
    expect((await call(assign, "office", { leadUnitCode: "JTT" }, ids.s1)).status).toBe(409);
    const s3 = await db.suggestion.findFirstOrThrow({ where: { number: "1003" } });
    const unknownUnit = await call(assign, "office", { leadUnitCode: "NOPE" }, s3.id);
    expect(unknownUnit.status).toBe(400);
    expect(unknownUnit.body.error.fields).toEqual({ leadUnitCode: "没有这个承办单位" });
    expect((await call(assign, "office", { leadUnitCode: "JTT" }, "missing")).status).toBe(404);
    expect((await call(assign, "liu", { leadUnitCode: "JTT" }, ids.s1)).status).toBe(403);
  });

  it("drafts, submits after a communication, and signs after the co opinion", async () => {
    expect((await call(draft, "coclerk", { category: "A", text: "会办单位不能答复" }, ids.s1)).status).toBe(403);
    expect((await call(draft, "clerk", { category: "A", text: "x" }, "missing")).status).toBe(404);
    const reply = await call(
      draft,
      "clerk",
      { category: "B", text: "正在推进", commitments: [{ text: "年底前出台办法", dueAt: "2023-12-31" }] },
      ids.s1,
    );
    expect(reply.status).toBe(201);
    expect(reply.body).toMatchObject({ id: expect.any(String), state: "DRAFT", category: "B" });
    ids.reply = reply.body.id;

    const blocked = await call(submit, "clerk", undefined, ids.reply);
    expect(blocked.status).toBe(422);
    expect(blocked.body.error).toEqual({ code: "RULE", message: "不沟通不回复：主办单位本轮尚未记录与代表的沟通，答复不能提交审核" });

    const badMethod = await call(communicate, "clerk", { method: "TELEPATHY", occurredAt: "2023-03-01", summary: "x" }, ids.s1);
    expect(badMethod.status).toBe(400);
    expect(Object.keys(badMethod.body.error.fields)).toEqual(["method"]);
    const comm = await call(
      communicate,
      "clerk",
      { method: "PHONE", occurredAt: new Date(Date.now() - 3600_000).toISOString(), summary: "电话沟通办理思路" },
      ids.s1,
    );
    expect(comm.status).toBe(201);
    expect(comm.body).toMatchObject({ id: expect.any(String), method: "PHONE", round: 1 });

    const submitted = await call(submit, "clerk", undefined, ids.reply);
    expect(submitted.status).toBe(200);
    expect(submitted.body.state).toBe("IN_REVIEW");

    expect((await call(sign, "clerk", undefined, ids.reply)).status).toBe(403); // a handler never signs
    const early = await call(sign, "chief", undefined, ids.reply);
    expect(early.status).toBe(422);
    expect(early.body.error.message).toContain("长春市");

    expect((await call(opinion, "clerk", { text: "主办单位不写会办意见" }, ids.s1)).status).toBe(403);
    expect((await call(opinion, "coclerk", { text: "" }, ids.s1)).status).toBe(400);
    const op = await call(opinion, "coclerk", { text: "同意主办单位意见" }, ids.s1);
    expect(op.status).toBe(201);
    expect(op.body).toMatchObject({ id: expect.any(String), text: "同意主办单位意见" });

    expect((await call(sign, "chief", "{oops", ids.reply)).status).toBe(400);
    const signed = await call(sign, "chief", undefined, ids.reply);
    expect(signed.status).toBe(200);
    expect(signed.body).toMatchObject({ state: "SIGNED", publishable: true, commitments: [{ text: "年底前出台办法" }] });
    expect((await call(sign, "chief", {}, ids.reply)).status).toBe(422); // already signed
  });

  it("lets only the lead deputy rate it, then counts it", async () => {
    const seen = await get(detail, "liu", `/suggestions/${ids.s1}`, ids.s1);
    expect(seen.body.replies.map((r: { state: string }) => r.state)).toEqual(["SIGNED"]);
    expect(seen.body.timeline.map((e: { action: string }) => e.action)).toContain("reply.sign");

    expect((await call(feedback, "chen", { rating: "SATISFIED" }, ids.s1)).status).toBe(404); // not theirs to see
    expect((await call(feedback, "liu", { rating: "HAPPY" }, ids.s1)).status).toBe(400);
    expect((await call(feedback, "office", { rating: "SATISFIED" }, ids.s1)).status).toBe(403);
    const rated = await call(feedback, "liu", { rating: "BASICALLY_SATISFIED", comment: "基本满意" }, ids.s1);
    expect(rated.status).toBe(201);
    expect(rated.body).toMatchObject({ id: expect.any(String), rating: "BASICALLY_SATISFIED" });
    expect((await call(feedback, "liu", { rating: "SATISFIED" }, ids.s1)).status).toBe(422);

    const figures = await get(stats, "office", "/stats?session=14-1");
    expect(figures.status).toBe(200);
    expect(figures.body).toMatchObject({
      total: 3,
      assigned: 1,
      replied: 1,
      closed: 1,
      overdue: 0,
      units: { total: 2, departments: 1, cities: 1 },
      categories: { B: { count: 1, percent: 100 } },
      satisfaction: { satisfied: 0, basicallySatisfied: 1, dissatisfied: 0, rate: 1 },
      onTimeRate: 1,
      replyRate: 1,
    });
  });
});

describe("the OpenAPI document of the write routes", () => {
  it("uses the workflow's own schemas for the bodies", async () => {
    const doc = (await (await openapi()).json()) as Record<string, any>;
    const body = (path: string) => doc.paths[path].post.requestBody;
    expect(body("/sessions").content["application/json"].schema.required).toEqual(["code", "name", "year"]);
    expect(body("/users").content["application/json"].schema.properties.role.enum).toContain("UNIT_LEADER");
    expect(body("/suggestions").content["application/json"].schema.anyOf).toHaveLength(2);
    expect(body("/suggestions/{id}/communications").content["application/json"].schema.properties.method.enum).toContain("WECHAT");
    expect(body("/replies/{id}/sign").required).toBe(false);
    // Submit takes an optional {expectedVersion} (issue 8: the version the caller read).
    expect(body("/replies/{id}/submit").required).toBe(false);
    expect(Object.keys(body("/replies/{id}/submit").content["application/json"].schema.properties)).toEqual(["expectedVersion"]);
    for (const path of [
      "/sessions",
      "/units",
      "/deputies",
      "/users",
      "/suggestions",
      "/suggestions/{id}/assignment",
      "/suggestions/{id}/communications",
      "/suggestions/{id}/opinions",
      "/suggestions/{id}/replies",
      "/replies/{id}/submit",
      "/replies/{id}/sign",
      "/suggestions/{id}/feedback",
    ]) {
      expect(doc.paths[path]?.post, path).toBeDefined();
    }
  });
});
