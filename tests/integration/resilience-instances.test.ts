// Several instances on one database (issue 13, item 3): two processes, each with its own Prisma client and
// pool (tests/support/instance.ts), act at the same moment through the real route handlers and job worker.
// Conflicting acts give exactly one success and 409s; reminders and automatic closes happen once; a token
// issued by one instance works on the other. (Browser sign-ins shared between instances — the session
// cookie — are covered by security-startup-sessions.test.ts.)
import { beforeAll, describe, expect, it } from "vitest";
import { issueToken } from "@/lib/api/tokens";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { draftReply, submitReply } from "@/lib/workflow/replies";
import type { Task } from "../support/instance";
import { together } from "../support/instances";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

type Outcome = { status: number; body: { error?: { code: string } } };

const statuses = (results: Outcome[][]) =>
  results
    .flat()
    .map((r) => r.status)
    .sort();

let w: World;
const tokens: Record<string, string> = {};
beforeAll(async () => {
  w = await buildWorld();
  for (const [name, actor] of Object.entries({ office: w.office, leadLeader: w.leadLeader }))
    tokens[name] = (await issueToken(actor.id)).token;
});

describe("two instances on one database", () => {
  it("20 signatures of one reply at once, 10 from each: one signs it, the other 19 are 409", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "电话沟通" });
    await submitOpinion(ctxOf(w.coHandler, at(1)), s.id, { text: "同意" });
    const draft = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, { category: "A", text: "答复正文" });
    const inReview = await submitReply(ctxOf(w.leadHandler, at(1)), draft.id);
    const task: Task = { kind: "sign", token: tokens.leadLeader, replyId: draft.id, expectedVersion: inReview.version, n: 10 };
    const results = await together<Outcome>(task, task);
    expect(statuses(results)).toEqual([200, ...Array(19).fill(409)]);
    expect(
      results
        .flat()
        .filter((r) => r.status === 409)
        .every((r) => r.body.error?.code === "CONFLICT"),
    ).toBe(true);
    expect(await db.auditEvent.count({ where: { action: "reply.sign", entityId: draft.id } })).toBe(1);
    expect(await db.notification.count({ where: { kind: "reply.signed", suggestionId: s.id } })).toBe(2); // lead deputy and co-signer, once each
  }, 120_000);

  it("20 assignments of one suggestion at once, to different units: one lead, the other 19 are 409", async () => {
    const s = await newSuggestion(w);
    const codes = [w.units.lead.code, w.units.co.code, w.units.other.code];
    const results = await together<Outcome>(
      { kind: "assign", token: tokens.office, suggestionId: s.id, unitCodes: codes, n: 10 },
      { kind: "assign", token: tokens.office, suggestionId: s.id, unitCodes: [...codes].reverse(), n: 10 },
    );
    expect(statuses(results)).toEqual([201, ...Array(19).fill(409)]);
    expect(await db.assignment.count({ where: { suggestionId: s.id } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "suggestion.assign", suggestionId: s.id } })).toBe(1);
  }, 120_000);

  it("two job workers, three ticks each at once: every reminder once, every automatic close once", async () => {
    const overdue = await newSuggestion(w);
    await assignTo(w, overdue.id); // assigned in 2024: long overdue, the co unit's opinion still missing
    const expired = await newSuggestion(w);
    await assignTo(w, expired.id);
    await replyAndSign(w, expired.id); // signed in 2024: its 30-day feedback window is long past
    const now = new Date().toISOString();
    await together<number>({ kind: "tick", now, n: 3 }, { kind: "tick", now, n: 3 });

    const reminders = await db.notification.findMany({
      where: { suggestionId: overdue.id, kind: "reminder.overdue" },
      select: { userId: true },
    });
    const units = [w.leadHandler, w.leadLeader, w.coHandler, w.coLeader].map((u) => u.id).sort();
    expect(reminders.map((r) => r.userId).sort()).toEqual(units);
    expect(await db.suggestion.findUniqueOrThrow({ where: { id: expired.id }, select: { status: true } })).toEqual({ status: "CLOSED" });
    expect(await db.auditEvent.count({ where: { action: "suggestion.closeNoFeedback", suggestionId: expired.id } })).toBe(1);
    const jobs = await db.job.groupBy({ by: ["queue", "state"], _count: true });
    expect(jobs.map((j) => `${j.queue} ${j.state} ${j._count}`).sort()).toEqual([
      "feedback.closeExpired DONE 1",
      "outbox.digest DONE 1",
      "reminders.deadlines DONE 1",
      "stats.pruneCache DONE 1",
    ]);
  }, 120_000);

  it("a token issued by one instance is accepted by the other", async () => {
    await db.user.create({
      data: { username: "api-client", name: "接口用户", role: "OFFICE", passwordHash: await hashPassword("password-123") },
    });
    const [[issued]] = await together<{ status: number; body: { token: string } }>({
      kind: "signIn",
      username: "api-client",
      password: "password-123",
    });
    expect(issued.status).toBe(200);
    const [[listed]] = await together<{ status: number; body: { total: number } }>({ kind: "list", token: issued.body.token });
    expect(listed.status).toBe(200);
    expect(listed.body.total).toBeGreaterThan(0);
  }, 120_000);
});
