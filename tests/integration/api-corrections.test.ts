// HTTP API v1, the office's corrections (issue 11, item 5): PATCH /suggestions/{id} and POST /suggestions/{id}/units
// through the route handlers, with bearer tokens of every role, the error shape, 409 on a stale version and the
// OpenAPI document.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { createApiToken } from "@/lib/admin/accounts";
import { GET as detail, PATCH as correct } from "@/app/api/v1/suggestions/[id]/route";
import { POST as units } from "@/app/api/v1/suggestions/[id]/units/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { assignTo, buildWorld, newSuggestion, type World } from "./workflow-fixtures";

type Handler = (request: Request, context?: { params: Promise<{ id: string }> }) => Promise<Response>;
let w: World;
const tokens = new Map<string, string>();

async function send(handler: Handler, method: string, as: Actor, id: string, body?: unknown) {
  const headers = { "Content-Type": "application/json", Authorization: `Bearer ${tokens.get(as.id)}` };
  const init: RequestInit = {
    method,
    headers,
    ...(body === undefined ? {} : { body: typeof body === "string" ? body : JSON.stringify(body) }),
  };
  const response = await handler(new Request(`http://localhost/api/v1/suggestions/${id}`, init), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const version = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).version;

beforeAll(async () => {
  w = await buildWorld();
  for (const actor of [w.admin, w.office, w.leader, w.leadHandler, w.leadLeader, w.coHandler, w.otherHandler, w.leadDeputy]) {
    const { token } = await createApiToken({ actor: w.admin }, { username: actor.username, name: "测试", days: 30 });
    tokens.set(actor.id, token);
  }
});

describe("PATCH /api/v1/suggestions/{id}", () => {
  it("corrects a wrong lead deputy for the office; every other role is 403; the detail's timeline has it", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    const body = { leadDeputyId: w.deputies.stranger.id, reason: "领衔代表登记错误", expectedVersion: await version(s.id) };
    for (const actor of [w.leader, w.leadHandler, w.leadLeader, w.coHandler, w.otherHandler, w.leadDeputy]) {
      const r = await send(correct, "PATCH", actor, s.id, body);
      expect([actor.role, r.status, r.body.error.code]).toEqual([actor.role, 403, "FORBIDDEN"]);
    }
    const ok = await send(correct, "PATCH", w.office, s.id, body);
    expect(ok.status).toBe(200);
    expect(ok.body).toMatchObject({ id: s.id, leadDeputyId: w.deputies.stranger.id, version: body.expectedVersion + 1 });
    const stale = await send(correct, "PATCH", w.admin, s.id, { title: "再改", reason: "x", expectedVersion: body.expectedVersion });
    expect([stale.status, stale.body.error.code]).toEqual([409, "CONFLICT"]);
    const timeline = (await send(detail, "GET", w.office, s.id)).body.timeline as { action: string; after: any }[];
    const event = timeline.find((e) => e.action === "correction.facts");
    expect(event?.after).toMatchObject({ reason: "领衔代表登记错误", changes: [{ field: "leadDeputy", from: "张代表", to: "王代表" }] });
  });

  it("answers 400 with fields for a missing reason or version, a malformed body, and an unknown deputy; 404 for an unknown id", async () => {
    const s = await newSuggestion(w);
    const noReason = await send(correct, "PATCH", w.office, s.id, { title: "新标题" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatchObject({ code: "INVALID", fields: { reason: "必填", expectedVersion: "必填" } });
    expect((await send(correct, "PATCH", w.office, s.id, "{not json")).status).toBe(400);
    const unknown = await send(correct, "PATCH", w.office, s.id, { leadDeputyId: "nobody", reason: "x", expectedVersion: s.version });
    expect([unknown.status, Object.keys(unknown.body.error.fields)]).toEqual([400, ["leadDeputyId"]]);
    expect((await send(correct, "PATCH", w.office, "no-such-id", { title: "x", reason: "x", expectedVersion: 1 })).status).toBe(404);
  });
});

describe("POST /api/v1/suggestions/{id}/units", () => {
  it("changes the lead unit and the co units for the office; 403 for the others; 409 when stale; 422 when not in handling", async () => {
    const pending = await newSuggestion(w);
    const notYet = await send(units, "POST", w.office, pending.id, {
      leadUnitCode: w.units.other.code,
      reason: "x",
      expectedVersion: pending.version,
    });
    expect([notYet.status, notYet.body.error.code]).toEqual([422, "RULE"]);

    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    const body = { leadUnitCode: w.units.other.code, coUnitCodes: [], reason: "应由交通厅主办", expectedVersion: await version(s.id) };
    for (const actor of [w.leader, w.leadHandler, w.leadLeader, w.coHandler, w.leadDeputy])
      expect((await send(units, "POST", actor, s.id, body)).status).toBe(403);
    const ok = await send(units, "POST", w.admin, s.id, body);
    expect(ok.status).toBe(200);
    expect(ok.body.total).toBe(1);
    expect(ok.body.items[0]).toMatchObject({ role: "LEAD", unitId: w.units.other.id, state: "ACTIVE" });
    expect((await send(units, "POST", w.office, s.id, body)).status).toBe(409);
    const same = await send(units, "POST", w.office, s.id, {
      ...body,
      coUnitCodes: [w.units.other.code],
      expectedVersion: await version(s.id),
    });
    expect([same.status, same.body.error.fields]).toEqual([400, { coUnitCodes: "会办单位不能与主办单位相同" }]);
    const ceiling = await send(units, "POST", w.office, s.id, { dueAt: "2099-01-01", reason: "x", expectedVersion: await version(s.id) });
    expect([ceiling.status, ceiling.body.error.code]).toEqual([422, "RULE"]);
  });

  it("is in the OpenAPI document with the schemas that validate it", async () => {
    const doc = (await (await openapi()).json()) as Record<string, any>;
    const patch = doc.paths["/suggestions/{id}"].patch;
    expect(patch.requestBody.content["application/json"].schema.required).toEqual(["reason", "expectedVersion"]);
    expect(Object.keys(patch.responses)).toEqual(expect.arrayContaining(["200", "400", "403", "404", "409"]));
    const post = doc.paths["/suggestions/{id}/units"].post;
    expect(Object.keys(post.requestBody.content["application/json"].schema.properties)).toEqual([
      "leadUnitCode",
      "coUnitCodes",
      "dueAt",
      "reason",
      "expectedVersion",
    ]);
    expect(Object.keys(post.responses)).toEqual(expect.arrayContaining(["200", "409", "422"]));
  });
});
