// HTTP API v1, read side: route handlers called directly with Request objects against the real database.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { createPrismaClient, db } from "@/lib/db";
import { hashPassword } from "@/lib/auth/password";
import type { Role } from "@/lib/generated/prisma/enums";
import { GET as health } from "@/app/api/v1/health/route";
import { POST as token } from "@/app/api/v1/auth/token/route";
import { GET as listRoute } from "@/app/api/v1/suggestions/route";
import { GET as detailRoute } from "@/app/api/v1/suggestions/[id]/route";
import { GET as statsRoute } from "@/app/api/v1/stats/route";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { GET as docsRoute } from "@/app/api/v1/docs/route";

const BASE = "http://localhost/api/v1";
const PASSWORD = "correct-horse-9";
const tokens: Record<string, string> = {};
const ids: Record<string, string> = {};
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);

const get = (path: string, as?: string) => new Request(`${BASE}${path}`, { headers: as ? { Authorization: `Bearer ${tokens[as]}` } : {} });
const post = (path: string, body: string, headers: Record<string, string> = {}) =>
  new Request(`${BASE}${path}`, { method: "POST", body, headers: { "Content-Type": "application/json", ...headers } });
const params = (id: string) => ({ params: Promise.resolve({ id }) });
const body = async (response: Response) => (await response.json()) as Record<string, any>;

async function login(username: string): Promise<string> {
  const response = await token(post("/auth/token", JSON.stringify({ username, password: PASSWORD })));
  expect(response.status).toBe(200);
  return (await body(response)).token as string;
}

beforeAll(async () => {
  const passwordHash = await hashPassword(PASSWORD);
  const session = await db.session.create({ data: { code: "13-5", name: "十三届五次", year: 2022 } });
  const unit = await db.unit.create({ data: { code: "FGW", name: "省发改委", kind: "DEPARTMENT" } });
  const [d1, d2] = await Promise.all([
    db.deputy.create({ data: { name: "代表甲", delegation: "长春代表团" } }),
    db.deputy.create({ data: { name: "代表乙", delegation: "吉林代表团" } }),
  ]);
  const users: [string, Role, object][] = [
    ["office", "OFFICE", {}],
    ["leader", "LEADER", {}],
    ["admin", "ADMIN", {}],
    ["clerk", "UNIT_HANDLER", { unitId: unit.id }],
    ["deputy1", "DEPUTY", { deputyId: d1.id }],
    ["deputy2", "DEPUTY", { deputyId: d2.id }],
    ["throttled", "OFFICE", {}],
    ["inactive", "OFFICE", { active: false }],
  ];
  for (const [username, role, extra] of users) {
    await db.user.create({ data: { username, name: username, role, passwordHash, ...extra } });
  }
  const s1 = await db.suggestion.create({
    data: {
      sessionId: session.id,
      number: "1001",
      title: "关于加快数字经济发展的建议",
      content: "内容",
      leadDeputyId: d1.id,
      submittedAt: day("2022-01-10"),
      status: "REPLIED",
    },
  });
  const s2 = await db.suggestion.create({
    data: {
      sessionId: session.id,
      number: "1002",
      title: "关于乡村振兴的建议",
      content: "内容",
      leadDeputyId: d2.id,
      submittedAt: day("2022-01-10"),
      status: "IN_PROGRESS",
    },
  });
  const dates = { assignedAt: day("2022-02-01"), dueAt: day("2022-05-02"), originalDueAt: day("2022-05-02") };
  await db.assignment.create({ data: { suggestionId: s1.id, unitId: unit.id, role: "LEAD", ...dates } });
  await db.assignment.create({ data: { suggestionId: s2.id, unitId: unit.id, role: "LEAD", ...dates } });
  await db.reply.create({
    data: { suggestionId: s1.id, unitId: unit.id, category: "A", text: "已解决", state: "SIGNED", signedAt: day("2022-04-01") },
  });
  await db.auditEvent.create({ data: { action: "suggestion.register", entity: "Suggestion", entityId: s1.id, suggestionId: s1.id } });
  Object.assign(ids, { s1: s1.id, s2: s2.id });
  for (const u of ["office", "leader", "admin", "clerk", "deputy1", "deputy2"]) tokens[u] = await login(u);
});

describe("GET /api/v1/health", () => {
  it("answers ok after asking the database", async () => {
    const response = await health();
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok", database: { status: "up" }, worker: { status: "disabled" } });
  });

  it("answers 503 when the database is down", async () => {
    const holder = globalThis as { prisma?: unknown };
    const real = holder.prisma;
    const broken = createPrismaClient("postgresql://nobody:x@127.0.0.1:1/none");
    holder.prisma = broken;
    try {
      const response = await health();
      expect(response.status).toBe(503);
      expect((await body(response)).error.code).toBe("UNAVAILABLE");
    } finally {
      holder.prisma = real;
      await broken.$disconnect().catch(() => {});
    }
  });
});

describe("POST /api/v1/auth/token", () => {
  it("issues a 12-hour token and stores only its hash", async () => {
    const response = await token(post("/auth/token", JSON.stringify({ username: "office", password: PASSWORD, name: "平台" })));
    expect(response.status).toBe(200);
    const { token: value, expiresAt } = await body(response);
    expect(value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    const hours = (new Date(expiresAt).getTime() - Date.now()) / 3_600_000;
    expect(hours).toBeGreaterThan(11.9);
    expect(hours).toBeLessThanOrEqual(12);
    const row = await db.apiToken.findUniqueOrThrow({ where: { tokenHash: createHash("sha256").update(value).digest("hex") } });
    expect(row.name).toBe("平台");
    expect(await db.apiToken.count({ where: { tokenHash: value } })).toBe(0);
  });

  it("refuses a wrong password or an inactive user with 401 and a Chinese message", async () => {
    for (const username of ["office", "nobody", "inactive"]) {
      const response = await token(
        post("/auth/token", JSON.stringify({ username, password: username === "inactive" ? PASSWORD : "wrong" })),
      );
      expect(response.status).toBe(401);
      expect(await response.json()).toEqual({ error: { code: "UNAUTHENTICATED", message: "用户名或密码错误" } });
    }
  });

  it("answers 400 for malformed JSON and for missing fields", async () => {
    const malformed = await token(post("/auth/token", "{username:"));
    expect(malformed.status).toBe(400);
    expect(await malformed.json()).toEqual({ error: { code: "INVALID", message: "请求体不是有效的 JSON" } });
    expect((await token(post("/auth/token", ""))).status).toBe(400);
    const missing = await token(post("/auth/token", JSON.stringify({ username: "office" })));
    expect(missing.status).toBe(400);
    const error = (await body(missing)).error;
    expect(error.code).toBe("INVALID");
    expect(Object.keys(error.fields)).toEqual(["password"]);
    const wrongType = await token(post("/auth/token", JSON.stringify([1, 2])));
    expect(wrongType.status).toBe(400);
  });

  it("throttles repeated failures with 429", async () => {
    for (let i = 0; i < 5; i++) {
      expect((await token(post("/auth/token", JSON.stringify({ username: "throttled", password: "wrong" })))).status).toBe(401);
    }
    const response = await token(post("/auth/token", JSON.stringify({ username: "throttled", password: PASSWORD })));
    expect(response.status).toBe(429);
    // The wait left in the 15-minute window that the first failure opened.
    expect(Number(response.headers.get("Retry-After"))).toBeGreaterThan(840);
    expect(Number(response.headers.get("Retry-After"))).toBeLessThanOrEqual(900);
    expect((await body(response)).error).toEqual({ code: "THROTTLED", message: "登录失败次数过多，请 15 分钟后再试" });
  });
});

describe("authentication of the other routes", () => {
  it("answers 401 without a token, with an unknown, expired or revoked one", async () => {
    const noToken = await listRoute(get("/suggestions"));
    expect(noToken.status).toBe(401);
    expect(noToken.headers.get("WWW-Authenticate")).toContain("Bearer");
    expect((await body(noToken)).error).toEqual({ code: "UNAUTHENTICATED", message: "请先登录" });
    const unknown = new Request(`${BASE}/suggestions`, { headers: { Authorization: "Bearer aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa" } });
    expect((await listRoute(unknown)).status).toBe(401);
    const basic = new Request(`${BASE}/suggestions`, { headers: { Authorization: "Basic b2ZmaWNlOng=" } });
    expect((await listRoute(basic)).status).toBe(401);

    const value = await login("office");
    const hash = createHash("sha256").update(value).digest("hex");
    const request = () => new Request(`${BASE}/suggestions`, { headers: { Authorization: `Bearer ${value}` } });
    expect((await listRoute(request())).status).toBe(200);
    await db.apiToken.update({ where: { tokenHash: hash }, data: { expiresAt: new Date(Date.now() - 1000) } });
    expect((await listRoute(request())).status).toBe(401);
    await db.apiToken.update({ where: { tokenHash: hash }, data: { expiresAt: new Date(Date.now() + 3_600_000), revokedAt: new Date() } });
    expect((await listRoute(request())).status).toBe(401);
  });
});

describe("GET /api/v1/suggestions", () => {
  it("lists what the caller may see", async () => {
    const office = await body(await listRoute(get("/suggestions?session=13-5", "office")));
    expect(office.total).toBe(2);
    expect(office.items.map((s: { number: string }) => s.number)).toEqual(["1001", "1002"]);
    expect(office.items[0].leadUnit.code).toBe("FGW");
    const mine = await body(await listRoute(get("/suggestions", "deputy1")));
    expect(mine).toMatchObject({ total: 1, items: [{ number: "1001" }] });
    expect((await body(await listRoute(get("/suggestions?q=乡村振兴&status=IN_PROGRESS&pageSize=5&page=1", "clerk")))).total).toBe(1);
    expect((await body(await listRoute(get("/suggestions?session=&status=&q=", "office")))).total).toBe(2); // empty = no filter
  });

  it("answers 400 for an invalid query", async () => {
    for (const query of ["pageSize=101", "pageSize=abc", "page=0", "status=DONE", "sort=password", "role=BOSS", "foo=1"]) {
      const response = await listRoute(get(`/suggestions?${query}`, "office"));
      expect(response.status, query).toBe(400);
      const error = (await body(response)).error;
      expect(error.code).toBe("INVALID");
      expect(error.message).toBe("输入有误，请检查标出的字段");
      expect(Object.keys(error.fields).length).toBeGreaterThan(0);
    }
  });
});

describe("GET /api/v1/suggestions/{id}", () => {
  it("returns the full detail with its timeline", async () => {
    const response = await detailRoute(get(`/suggestions/${ids.s1}`, "deputy1"), params(ids.s1));
    expect(response.status).toBe(200);
    const detail = await body(response);
    expect(detail).toMatchObject({ id: ids.s1, number: "1001", session: { code: "13-5" }, replies: [{ category: "A", state: "SIGNED" }] });
    expect(detail.timeline.map((e: { action: string }) => e.action)).toEqual(["suggestion.register"]);
  });

  it("answers 404 for another deputy's suggestion and for an unknown id", async () => {
    const response = await detailRoute(get(`/suggestions/${ids.s2}`, "deputy1"), params(ids.s2));
    expect(response.status).toBe(404);
    expect((await body(response)).error).toEqual({ code: "NOT_FOUND", message: "未找到该记录，或您无权查看" });
    expect((await detailRoute(get("/suggestions/nope", "office"), params("nope"))).status).toBe(404);
    expect((await detailRoute(get(`/suggestions/${ids.s1}`), params(ids.s1))).status).toBe(401);
  });
});

describe("GET /api/v1/stats", () => {
  it("returns the statistics in the shape of SPEC §6", async () => {
    for (const who of ["office", "leader", "admin"]) {
      const response = await statsRoute(get("/stats?session=13-5", who));
      expect(response.status).toBe(200);
      const stats = await body(response);
      expect(Object.keys(stats).sort()).toEqual(
        ["total", "assigned", "replied", "closed", "overdue", "units", "categories", "satisfaction", "onTimeRate", "replyRate"].sort(),
      );
      expect(stats).toMatchObject({
        total: 2,
        assigned: 2,
        replied: 1,
        closed: 0,
        units: { total: 1, departments: 1, cities: 0 },
        categories: {
          A: { count: 1, percent: 100 },
          B: { count: 0, percent: 0 },
          C: { count: 0, percent: 0 },
          D: { count: 0, percent: 0 },
        },
        satisfaction: { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0, rate: null },
        onTimeRate: 1,
        replyRate: 0.5,
      });
    }
    const filtered = await body(await statsRoute(get("/stats?session=13-5&unit=FGW&delegation=吉林代表团", "office")));
    expect(filtered.total).toBe(1);
  });

  it("is forbidden to deputies and units, whatever the query", async () => {
    for (const who of ["deputy1", "clerk"]) {
      for (const query of ["?session=13-5", "", "?session=nope"]) {
        const response = await statsRoute(get(`/stats${query}`, who));
        expect(response.status).toBe(403);
        expect((await body(response)).error).toEqual({ code: "FORBIDDEN", message: "您无权执行此操作" });
      }
    }
  });

  it("answers 400 without a session and 404 for an unknown session or unit", async () => {
    const missing = await statsRoute(get("/stats", "office"));
    expect(missing.status).toBe(400);
    expect(Object.keys((await body(missing)).error.fields)).toEqual(["session"]);
    expect((await statsRoute(get("/stats?session=13-5&unitKind=PLANET", "office"))).status).toBe(400);
    const unknown = await statsRoute(get("/stats?session=99-9", "office"));
    expect(unknown.status).toBe(404);
    expect((await body(unknown)).error.message).toBe("未找到会议“99-9”");
    expect((await statsRoute(get("/stats?session=13-5&unit=NOPE", "office"))).status).toBe(404);
  });

  it("takes the session by its code only: a sessionId in the query is refused, not used", async () => {
    // The statistics skip the code's lookup when a caller that read the session row passes its id (the pages do).
    const { id } = await db.session.findUniqueOrThrow({ where: { code: "13-5" } });
    for (const query of [`session=99-9&sessionId=${id}`, `session=13-5&sessionId=${id}`]) {
      const response = await statsRoute(get(`/stats?${query}`, "office"));
      expect(response.status).toBe(400);
      expect(Object.keys((await body(response)).error.fields)).toEqual(["sessionId"]);
    }
  });
});

describe("OpenAPI document and reference page", () => {
  it("describe every route from the zod schemas", async () => {
    const response = await openapiRoute();
    expect(response.status).toBe(200);
    const doc = await body(response);
    expect(doc.openapi).toBe("3.1.0");
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/health", "/auth/token", "/suggestions", "/suggestions/{id}", "/stats"]),
    );
    const list = doc.paths["/suggestions"].get;
    const pageSize = list.parameters.find((p: { name: string }) => p.name === "pageSize");
    expect(pageSize).toMatchObject({ in: "query", required: false, schema: { type: "integer", maximum: 100 } });
    expect(doc.paths["/stats"].get.parameters.find((p: { name: string }) => p.name === "session").required).toBe(true);
    expect(doc.paths["/auth/token"].post.security).toEqual([]);
    expect(Object.keys(doc.paths["/auth/token"].post.responses)).toEqual(["200", "400", "401", "403", "413", "429"]); // 413: a body over the cap (issue 8)
    expect(doc.paths["/auth/token"].post.requestBody.content["application/json"].schema.required).toEqual(["username", "password"]);
    expect(doc.components.schemas.Error.properties.error.required).toEqual(["code", "message"]);
    expect(doc.components.securitySchemes.bearerAuth.scheme).toBe("bearer");
    expect(JSON.stringify(doc)).not.toContain("$defs");
  });

  it("render a readable HTML reference without external resources", async () => {
    const response = await docsRoute();
    expect(response.headers.get("Content-Type")).toContain("text/html");
    const html = await response.text();
    expect(html).toContain("GET /api/v1/suggestions/{id}");
    expect(html).toContain("POST /api/v1/auth/token");
    expect(html).toContain("pageSize");
    expect(html).not.toMatch(/<script|https?:\/\/(?!json-schema)/);
  });
});
