// HTTP API v1 for key suggestions led by provincial leaders (领导领办): GET /key-suggestions (scoped),
// POST /suggestions/{id}/key (the office assigns, moves or ends the leader's lead) and
// POST /suggestions/{id}/progress-reports (the lead unit's 汇报), through the real route handlers.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createApiToken } from "@/lib/admin/accounts";
import { GET as listKeys } from "@/app/api/v1/key-suggestions/route";
import { POST as assignKey } from "@/app/api/v1/suggestions/[id]/key/route";
import { POST as report } from "@/app/api/v1/suggestions/[id]/progress-reports/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { assignTo, buildWorld, newSuggestion, type World } from "./workflow-fixtures";

const BASE = "http://localhost/api/v1";
type Who = "office" | "admin" | "leader" | "leader2" | "leadHandler" | "leadLeader" | "coHandler" | "otherHandler" | "leadDeputy";
const tokens = {} as Record<Who, string>;
let w: World;
let s: string;
let plain: string;

type Handler = (request: Request, context?: { params: Promise<{ id: string }> }) => Promise<Response>;
async function post(handler: Handler, as: Who | null, id: string, body: unknown) {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (as) headers.Authorization = `Bearer ${tokens[as]}`;
  const init = { method: "POST", headers, body: typeof body === "string" ? body : JSON.stringify(body) };
  const response = await handler(new Request(`${BASE}/x`, init), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
async function list(as: Who, query = "") {
  const response = await listKeys(new Request(`${BASE}/key-suggestions${query}`, { headers: { Authorization: `Bearer ${tokens[as]}` } }));
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}

beforeAll(async () => {
  w = await buildWorld();
  for (const who of Object.keys({
    office: 1,
    admin: 1,
    leader: 1,
    leader2: 1,
    leadHandler: 1,
    leadLeader: 1,
    coHandler: 1,
    otherHandler: 1,
    leadDeputy: 1,
  }) as Who[]) {
    const user = await db.user.findUniqueOrThrow({ where: { id: w[who].id } });
    tokens[who] = (await createApiToken({ actor: w.admin }, { username: user.username, name: "集成测试", days: 1 })).token;
  }
  s = (await newSuggestion(w)).id;
  plain = (await newSuggestion(w)).id;
  await assignTo(w, s);
  await assignTo(w, plain);
});

describe("POST /suggestions/{id}/key", () => {
  it("only the office assigns; bad input is 400 with fields; a stale version is 409; the act is audited", async () => {
    for (const who of ["leader", "leadHandler", "leadDeputy"] as const) {
      const r = await post(assignKey, who, s, { key: true, leaderId: w.leader.id });
      expect(r.status).toBe(403);
      expect(r.body.error.code).toBe("FORBIDDEN");
    }
    expect((await post(assignKey, null, s, {})).status).toBe(401);
    expect((await post(assignKey, "office", "nope", { key: true, leaderId: w.leader.id })).status).toBe(404);
    const invalid = await post(assignKey, "office", s, { key: "yes" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields)).toContain("key");
    const notLeader = await post(assignKey, "office", s, { key: true, leaderId: w.leadHandler.id });
    expect(notLeader.status).toBe(400);
    expect(notLeader.body.error.fields).toEqual({ leaderId: "请从给定选项中选择" });
    expect((await post(assignKey, "office", s, "{not json")).status).toBe(400);

    const { version } = await db.suggestion.findUniqueOrThrow({ where: { id: s } });
    const stale = await post(assignKey, "office", s, { key: true, leaderId: w.leader.id, expectedVersion: version + 1 });
    expect(stale.status).toBe(409);
    const ok = await post(assignKey, "office", s, { key: true, leaderId: w.leader.id, expectedVersion: version, reason: "省长领办" });
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: s, key: true, keyLeaderId: w.leader.id, version: version + 1 });
    expect(await db.auditEvent.count({ where: { suggestionId: s, action: "keySuggestion.assign", actorId: w.office.id } })).toBe(1);
    const unchanged = await post(assignKey, "admin", s, { key: true, leaderId: w.leader.id });
    expect(unchanged).toMatchObject({ status: 422, body: { error: { code: "RULE", message: "领办领导没有变化" } } });
  });
});

describe("POST /suggestions/{id}/progress-reports", () => {
  it("the lead unit reports (201); a co unit 403, a unit not assigned 404, a suggestion not key 422", async () => {
    const body = { text: "已召开专题会议研究。", reportedOn: "2024-03-12" };
    expect((await post(report, "coHandler", s, body)).status).toBe(403);
    expect((await post(report, "otherHandler", s, body)).status).toBe(404);
    expect((await post(report, "office", s, body)).status).toBe(403);
    expect((await post(report, "leader", s, body)).status).toBe(403);
    expect((await post(report, "leadHandler", plain, body)).status).toBe(422);
    const invalid = await post(report, "leadHandler", s, { text: "", reportedOn: "2024-02-30" });
    expect(invalid.status).toBe(400);
    expect(Object.keys(invalid.body.error.fields).sort()).toEqual(["reportedOn", "text"]);
    expect(await db.keyProgressReport.count()).toBe(0);

    const created = await post(report, "leadLeader", s, body);
    expect(created.status).toBe(201);
    expect(created.body).toMatchObject({ suggestionId: s, unitId: w.units.lead.id, createdById: w.leadLeader.id, text: body.text });
    expect(await db.auditEvent.count({ where: { entityId: created.body.id, action: "keyReport.create" } })).toBe(1);
  });
});

describe("GET /key-suggestions", () => {
  it("a leader gets only their own, the office all (or one leader's); units and deputies 403", async () => {
    const mine = await list("leader");
    expect(mine.status).toBe(200);
    expect(mine.body.total).toBe(1);
    expect(mine.body.items[0]).toMatchObject({
      id: s,
      leader: { id: w.leader.id },
      leadUnit: { code: w.units.lead.code },
      reportCount: 1,
      latestReport: { text: "已召开专题会议研究。", unit: { code: w.units.lead.code } },
    });
    expect((await list("leader2")).body).toEqual({ items: [], total: 0 });
    expect((await list("leader2", `?leaderId=${w.leader.id}`)).body.total).toBe(0);
    expect((await list("office")).body.total).toBe(1);
    expect((await list("admin", `?leaderId=${w.leader2.id}`)).body.total).toBe(0);
    expect((await list("office", `?session=${w.session.code}`)).body.total).toBe(1);
    expect((await list("office", "?session=nope")).body.total).toBe(0);
    for (const who of ["leadHandler", "leadDeputy"] as const) expect((await list(who)).status).toBe(403);
  });

  it("the OpenAPI document describes the three operations", async () => {
    const doc = (await (await openapi()).json()) as Record<string, any>;
    expect(doc.paths["/key-suggestions"].get.operationId).toBe("listKeySuggestions");
    expect(doc.paths["/suggestions/{id}/key"].post.requestBody.content["application/json"].schema.properties.leaderId).toBeDefined();
    expect(doc.paths["/suggestions/{id}/progress-reports"].post.responses["201"]).toBeDefined();
  });
});
