// HTTP API v1: the caller's worklists and the "changed since" feed, route handlers called with Request objects
// against the real database. The feed is checked against a transaction held open while a later one commits.
import { beforeAll, describe, expect, it } from "vitest";
import { db, type Tx } from "@/lib/db";
import { issueToken } from "@/lib/api/tokens";
import { audit } from "@/lib/audit";
import type { Actor } from "@/lib/auth/user";
import { GET as countsRoute } from "@/app/api/v1/worklists/route";
import { GET as listRoute } from "@/app/api/v1/worklists/[name]/route";
import { GET as changesRoute } from "@/app/api/v1/changes/route";
import { GET as openapiRoute } from "@/app/api/v1/openapi.json/route";
import { recordCommunication } from "@/lib/workflow/communications";
import { draftReply, submitReply } from "@/lib/workflow/replies";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, T0, type World } from "./workflow-fixtures";

const BASE = "http://localhost/api/v1";
let w: World;
const tokens = new Map<Actor, string>();
const get = (path: string, as?: Actor) =>
  new Request(`${BASE}${path}`, { headers: as ? { Authorization: `Bearer ${tokens.get(as)}` } : {} });
const named = (name: string) => ({ params: Promise.resolve({ name }) });
const body = async (response: Response) => (await response.json()) as Record<string, any>;

let signId: string;
beforeAll(async () => {
  w = await buildWorld();
  for (const a of [w.office, w.leader, w.admin, w.leadLeader, w.otherLeader, w.leadHandler, w.leadDeputy]) {
    tokens.set(a, (await issueToken(a.id)).token);
  }
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { when: T0 });
  await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "电话沟通" });
  const draft = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, { category: "A", text: "答复正文" });
  await submitReply(ctxOf(w.leadHandler, at(1)), draft.id);
  signId = s.id;
});

describe("GET /api/v1/worklists", () => {
  it("names the caller's lists with their counts; none for a role without lists; 401 without a token", async () => {
    expect(await body(await countsRoute(get("/worklists", w.leadLeader)))).toEqual({ lists: [{ name: "toSign", count: 1 }] });
    expect(await body(await countsRoute(get("/worklists", w.otherLeader)))).toEqual({ lists: [{ name: "toSign", count: 0 }] });
    expect((await body(await countsRoute(get("/worklists", w.office)))).lists.map((l: { name: string }) => l.name)).toEqual([
      "requests",
      "unassigned",
      "overdue",
    ]);
    expect(await body(await countsRoute(get("/worklists", w.leader)))).toEqual({ lists: [] });
    expect((await countsRoute(get("/worklists"))).status).toBe(401);
  });
});

describe("GET /api/v1/worklists/{name}", () => {
  it("answers a page of the caller's own rows", async () => {
    const page = await body(await listRoute(get("/worklists/toSign", w.leadLeader), named("toSign")));
    expect(page).toMatchObject({
      name: "toSign",
      total: 1,
      items: [{ suggestionId: signId, status: "IN_PROGRESS", sessionCode: w.session.code }],
    });
    expect(await body(await listRoute(get("/worklists/toSign", w.otherLeader), named("toSign")))).toEqual({
      name: "toSign",
      items: [],
      total: 0,
    });
  });

  it("is 404 for another role's list or an unknown one, 400 for a bad page, 401 without a token", async () => {
    const notFound = await listRoute(get("/worklists/requests", w.leadLeader), named("requests"));
    expect(notFound.status).toBe(404);
    expect((await body(notFound)).error.code).toBe("NOT_FOUND");
    expect((await listRoute(get("/worklists/nope", w.office), named("nope"))).status).toBe(404);
    const bad = await listRoute(get("/worklists/toSign?page=0", w.leadLeader), named("toSign"));
    expect(bad.status).toBe(400);
    expect((await body(bad)).error.fields).toHaveProperty("page");
    expect((await listRoute(get("/worklists/toSign?extra=1", w.leadLeader), named("toSign"))).status).toBe(400);
    expect((await listRoute(get("/worklists/toSign"), named("toSign"))).status).toBe(401);
  });
});

interface Change {
  suggestionId: string;
  version: number;
  status: string;
}

/** Reads the feed from `after` to its end; the changes and the last cursor. */
async function drain(after?: string): Promise<{ ids: string[]; changes: Change[]; cursor: string }> {
  const changes: Change[] = [];
  let cursor = after;
  for (;;) {
    const page = await body(await changesRoute(get(`/changes?limit=50${cursor ? `&after=${cursor}` : ""}`, w.office)));
    changes.push(...(page.changes as Change[]));
    cursor = page.cursor as string;
    if (!page.hasMore) return { ids: changes.map((c) => c.suggestionId), changes, cursor };
  }
}

/**
 * drain, again until `wanted` are all there: transaction ids are the server's, so another test file's transaction
 * running at that moment (in its own database, on the same server) holds the feed back for a moment too.
 */
async function drainUntil(after: string | undefined, wanted: string[]) {
  for (let tries = 0; ; tries++) {
    const result = await drain(after);
    if (wanted.every((id) => result.ids.includes(id)) || tries === 100) return result;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

async function touch(tx: Tx, suggestionId: string) {
  await tx.suggestion.update({ where: { id: suggestionId }, data: { version: { increment: 1 } } });
  await audit(tx, { actorId: w.office.id, action: "suggestion.edit", entity: "Suggestion", entityId: suggestionId, suggestionId });
}

describe("GET /api/v1/changes", () => {
  it("answers the changed suggestions with their current state, for the office, leaders and admins only", async () => {
    const page = await body(await changesRoute(get("/changes", w.leader)));
    expect(page.changes).toContainEqual(
      expect.objectContaining({ suggestionId: signId, status: "IN_PROGRESS", number: expect.any(String) }),
    );
    expect(typeof page.cursor).toBe("string");
    expect((await changesRoute(get("/changes", w.admin))).status).toBe(200);
    for (const a of [w.leadHandler, w.leadDeputy]) expect((await changesRoute(get("/changes", a))).status).toBe(403);
    expect((await changesRoute(get("/changes"))).status).toBe(401);
    for (const after of ["not-a-cursor!", Buffer.from("1.x").toString("base64url"), "x".repeat(65)]) {
      const bad = await changesRoute(get(`/changes?after=${after}`, w.office));
      expect(bad.status).toBe(400);
      expect((await body(bad)).error.fields).toHaveProperty("after");
    }
    expect((await changesRoute(get("/changes?limit=0", w.office))).status).toBe(400);
  });

  it("never passes a transaction still open, and returns it after it commits, before what committed earlier", async () => {
    const early = await newSuggestion(w);
    const late = await newSuggestion(w);
    const { cursor } = await drainUntil(undefined, [early.id, late.id]); // past their registrations
    let wrote!: () => void;
    let release!: () => void;
    const written = new Promise<void>((resolve) => (wrote = resolve));
    const held = db.$transaction(
      async (tx) => {
        await touch(tx, early.id); // takes its transaction id now, before the later one begins
        wrote();
        await new Promise<void>((resolve) => (release = resolve));
      },
      { timeout: 60_000 },
    );
    await written;
    await db.$transaction((tx) => touch(tx, late.id)); // begins later, commits first
    const meanwhile = await drain(cursor);
    expect(meanwhile.ids).not.toContain(late.id);
    expect(meanwhile.ids).not.toContain(early.id);
    release();
    await held;
    const after = await drainUntil(meanwhile.cursor, [early.id, late.id]);
    expect(after.ids).toEqual([early.id, late.id]);
    expect(after.changes[0]).toMatchObject({ suggestionId: early.id, version: 2, status: "PENDING" });
    expect((await drain(after.cursor)).ids).toEqual([]);
  });
});

describe("OpenAPI", () => {
  it("documents the worklists and the changes feed", async () => {
    const doc = await body(await openapiRoute());
    expect(Object.keys(doc.paths)).toEqual(expect.arrayContaining(["/worklists", "/worklists/{name}", "/changes"]));
    expect(doc.paths["/changes"].get.parameters.map((p: { name: string }) => p.name)).toEqual(["after", "limit"]);
  });
});
