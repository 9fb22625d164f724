// HTTP API v1 for the office's standing decisions and merge corrections (issue 11): the routes answer the
// workflow's rules with the standard error shape, and GET /stats follows a 不予立案 and its undoing.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { issueToken } from "@/lib/api/tokens";
import { POST as standing } from "@/app/api/v1/suggestions/[id]/standing/route";
import { POST as undo } from "@/app/api/v1/suggestions/merges/[id]/undo/route";
import { POST as extend } from "@/app/api/v1/suggestions/merges/[id]/extend/route";
import { GET as detail } from "@/app/api/v1/suggestions/[id]/route";
import { GET as stats } from "@/app/api/v1/stats/route";
import { GET as openapi } from "@/app/api/v1/openapi.json/route";
import { POST as plans } from "@/app/api/v1/plans/route";
import { mergeSuggestions } from "@/lib/workflow/requests";
import { assignTo, buildWorld, ctxOf, newSuggestion, T0, type World } from "./workflow-fixtures";

const BASE = "http://localhost/api/v1";
let w: World;
const tokens: Record<string, string> = {};

type Handler = (request: Request, context: { params: Promise<{ id: string }> }) => Promise<Response>;
async function call(handler: Handler, as: string | null, id: string, body?: unknown, method = "POST", query = "") {
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (as) headers.Authorization = `Bearer ${tokens[as]}`;
  const init: RequestInit = { method, headers };
  if (body !== undefined) init.body = typeof body === "string" ? body : JSON.stringify(body);
  const response = await handler(new Request(`${BASE}/x${query}`, init), { params: Promise.resolve({ id }) });
  return { status: response.status, body: (await response.json()) as Record<string, any> };
}
const total = async () => (await call(stats as Handler, "office", "", undefined, "GET", `?session=${w.session.code}`)).body;

beforeAll(async () => {
  w = await buildWorld();
  for (const [name, actor] of Object.entries({
    office: w.office,
    admin: w.admin,
    unit: w.leadHandler,
    leader: w.leader,
    deputy: w.leadDeputy,
  })) {
    tokens[name] = (await issueToken(actor.id)).token;
  }
});

describe("POST /suggestions/{id}/standing", () => {
  it("marks and restores, for OFFICE/ADMIN only, with a reason and the version seen; the statistics follow", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { when: T0 });
    const before = await total();
    const body = { standing: "NOT_ACCEPTED", reason: "不属于建议" };

    expect((await call(standing as Handler, null, s.id, body)).status).toBe(401);
    for (const who of ["unit", "leader", "deputy"]) {
      const refused = await call(standing as Handler, who, s.id, body);
      expect(refused.status).toBe(403);
      expect(refused.body.error).toMatchObject({ code: "FORBIDDEN", message: expect.any(String) });
    }
    const noReason = await call(standing as Handler, "office", s.id, { standing: "NOT_ACCEPTED" });
    expect(noReason.status).toBe(400);
    expect(noReason.body.error).toMatchObject({ code: "INVALID", fields: { reason: expect.any(String) } });
    expect((await call(standing as Handler, "office", s.id, "{bad json")).status).toBe(400);
    expect((await call(standing as Handler, "office", "nope", body)).status).toBe(404);
    const stale = await call(standing as Handler, "office", s.id, { ...body, expectedVersion: 999 });
    expect(stale.status).toBe(409);
    expect(stale.body.error.code).toBe("CONFLICT");

    const { version } = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    const marked = await call(standing as Handler, "office", s.id, { ...body, expectedVersion: version });
    expect(marked.status).toBe(200);
    expect(marked.body).toMatchObject({ id: s.id, status: "NOT_ACCEPTED", standingReason: "不属于建议", version: version + 1 });
    expect((await total()).total).toBe(before.total - 1);
    expect((await call(detail as Handler, "deputy", s.id, undefined, "GET")).body).toMatchObject({ status: "NOT_ACCEPTED" });
    const again = await call(standing as Handler, "office", s.id, body);
    expect([again.status, again.body.error.code]).toEqual([422, "RULE"]);

    const restored = await call(standing as Handler, "admin", s.id, { standing: "SUGGESTION", reason: "复核后属于建议" });
    expect(restored.status).toBe(200);
    expect(restored.body.status).toBe("PENDING");
    expect((await total()).total).toBe(before.total);
    expect(
      await db.auditEvent.count({
        where: { suggestionId: s.id, action: { in: ["suggestion.notAccepted", "suggestion.restoreStanding"] } },
      }),
    ).toBe(2);
  });
});

describe("POST /suggestions/merges/{id}/undo and /extend", () => {
  it("corrects a merged group, refusing other roles, a missing reason and a stale version", async () => {
    const [a, b, c] = [await newSuggestion(w), await newSuggestion(w), await newSuggestion(w)];
    const g = await mergeSuggestions(ctxOf(w.office, T0), { suggestionIds: [a.id, b.id], leadUnitCode: w.units.lead.code });

    expect((await call(extend as Handler, "unit", g.id, { reason: "x", items: [{ suggestionId: c.id }] })).status).toBe(403);
    expect((await call(extend as Handler, "office", g.id, { items: [{ suggestionId: c.id }] })).status).toBe(400);
    expect(
      (await call(extend as Handler, "office", g.id, { reason: "x", items: [{ suggestionId: c.id, expectedVersion: 99 }] })).status,
    ).toBe(409);
    const extended = await call(extend as Handler, "office", g.id, { reason: "同类问题", items: [{ suggestionId: c.id }] });
    expect(extended.status).toBe(200);
    expect(extended.body).toMatchObject({ groupId: g.id, added: [c.id] });
    expect(extended.body.suggestionIds).toHaveLength(3);
    expect((await call(extend as Handler, "office", g.id, { reason: "x", items: [{ suggestionId: c.id }] })).status).toBe(409);

    expect((await call(undo as Handler, "leader", g.id, { reason: "x" })).status).toBe(403);
    expect((await call(undo as Handler, "office", g.id, {})).status).toBe(400);
    expect((await call(undo as Handler, "office", "nope", { reason: "x" })).status).toBe(404);
    expect((await call(undo as Handler, "office", g.id, { reason: "x", items: [{ suggestionId: a.id, expectedVersion: 1 }] })).status).toBe(
      409,
    );
    const undone = await call(undo as Handler, "office", g.id, { reason: "误并" });
    expect(undone.status).toBe(200);
    expect(undone.body).toMatchObject({ groupId: g.id, suggestionIds: [] });
    expect(undone.body.removed).toHaveLength(3);
    expect((await call(undo as Handler, "office", g.id, { reason: "x" })).status).toBe(422);
  });

  it("POST /plans previews, lists row errors in fields (422, nothing written) and applies all or nothing", async () => {
    const [a, b] = [await newSuggestion(w), await newSuggestion(w)];
    const items = [
      { number: a.number, leadUnit: w.units.lead.code, coUnits: [w.units.co.name] },
      { number: b.number, leadUnit: w.units.other.name },
    ];
    expect((await call(plans as Handler, "unit", "", { sessionCode: w.session.code, items })).status).toBe(403);
    expect((await call(plans as Handler, "office", "", { sessionCode: w.session.code, items: [] })).status).toBe(400);
    const preview = await call(plans as Handler, "office", "", { sessionCode: w.session.code, dryRun: true, items });
    expect([preview.status, preview.body]).toEqual([200, { kind: "preview", assignCount: 2, skippedCount: 0 }]);

    const bad = await call(plans as Handler, "office", "", {
      sessionCode: w.session.code,
      items: [...items, { number: "nope-1", leadUnit: "无此单位" }],
    });
    expect(bad.status).toBe(422);
    expect(bad.body.error).toMatchObject({ code: "RULE", message: "分办方案有 2 处错误，未交办任何建议" });
    expect(Object.keys(bad.body.error.fields)).toEqual(["items.2.number", "items.2.leadUnit"]);
    expect(await db.assignment.count({ where: { suggestionId: { in: [a.id, b.id] } } })).toBe(0);

    const applied = await call(plans as Handler, "admin", "", { sessionCode: w.session.code, items });
    expect([applied.status, applied.body]).toEqual([200, { kind: "applied", assigned: 2, skipped: 0 }]);
    expect(await db.assignment.count({ where: { suggestionId: { in: [a.id, b.id] }, state: "ACTIVE" } })).toBe(3);
  });

  it("are documented in the OpenAPI document", async () => {
    const doc = (await (openapi as () => Promise<Response>)().then((r) => r.json())) as { paths: Record<string, unknown> };
    expect(Object.keys(doc.paths)).toEqual(
      expect.arrayContaining(["/suggestions/{id}/standing", "/suggestions/merges/{id}/undo", "/suggestions/merges/{id}/extend", "/plans"]),
    );
  });
});
