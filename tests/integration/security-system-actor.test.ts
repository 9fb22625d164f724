// Issue 8 item 9: the automatic "no feedback" close is recorded as done by a system actor, not by the first
// administrator; that actor is one row, created once, which can never sign in.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { POST as token } from "@/app/api/v1/auth/token/route";
import { handlers } from "@/lib/jobs/worker";
import { SYSTEM_USER_ID, SYSTEM_USERNAME, systemActor } from "@/lib/jobs/system-actor";
import { assignTo, buildWorld, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("the system actor", () => {
  it("closes expired feedback windows in its own name, not the first administrator's", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { co: false });
    await replyAndSign(w, s.id); // signed in March 2024: the 30-day window is long over
    await handlers["feedback.closeExpired"]({});
    const row = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });
    expect([row.status, row.closeReason]).toEqual(["CLOSED", "NO_FEEDBACK"]);
    const event = await db.auditEvent.findFirstOrThrow({ where: { suggestionId: s.id, action: "suggestion.closeNoFeedback" } });
    expect(event.actorId).toBe(SYSTEM_USER_ID);
    expect(event.actorId).not.toBe(w.admin.id);
    const actor = await db.user.findUniqueOrThrow({ where: { id: event.actorId! } });
    expect([actor.username, actor.role, actor.active]).toEqual([SYSTEM_USERNAME, "OFFICE", false]);
  });

  it("is one row however often (and however concurrently) it is asked for, and its creation is audited", async () => {
    const actors = await Promise.all([systemActor(), systemActor(), systemActor()]);
    expect(new Set(actors.map((a) => a.id))).toEqual(new Set([SYSTEM_USER_ID]));
    expect(await db.user.count({ where: { username: SYSTEM_USERNAME } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "user.system", entityId: SYSTEM_USER_ID } })).toBe(1);
  });

  it("cannot sign in, whatever password is tried", async () => {
    for (const password of ["!", "", "system", "password1"]) {
      const response = await token(
        new Request("http://localhost/api/v1/auth/token", {
          method: "POST",
          body: JSON.stringify({ username: SYSTEM_USERNAME, password: password || "x" }),
        }),
      );
      expect(response.status).toBe(401);
    }
  });
});
