// E-mail and webhook notices through the outbox (issue 14, item 1), sent to real receivers started here: an
// SMTP server (smtp-server) and an HTTP receiver. A reminder reaches the mail server once with two app
// instances ticking at once; the webhook is signed and a failing receiver gets the third try; a user's choice
// of channels is obeyed; a confidential suggestion's title never leaves the app.
import { createHmac } from "node:crypto";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { readChannelSettings, saveChannelChoices } from "@/lib/notifications/outbox/choices";
import { retryOutboxMessage } from "@/lib/notifications/outbox/retry";
import { queueDailyDigests } from "@/lib/notifications/outbox/digest";
import { CHANNEL_KINDS } from "@/lib/notifications/outbox/kinds";
import { assignSuggestion } from "@/lib/workflow/assign";
import { sendOutbox, BACKOFF_MS } from "@/lib/notifications/outbox/send";
import { messageIdOf } from "@/lib/notifications/outbox/email";
import { issueSupervision } from "@/lib/workflow/supervision";
import { together } from "../support/instances";
import { startReceiver, startSmtp } from "../support/outbox-receivers";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, type World } from "./workflow-fixtures";

const SECRET = "webhook-secret-for-tests";
let w: World;
let smtp: Awaited<ReturnType<typeof startSmtp>>;
let hook: Awaited<ReturnType<typeof startReceiver>>;
const env = ["SMTP_URL", "SMTP_FROM", "WEBHOOK_URL", "WEBHOOK_SECRET"] as const;

beforeAll(async () => {
  [smtp, hook] = await Promise.all([startSmtp(), startReceiver()]);
  // The child instances of together() inherit these settings.
  Object.assign(process.env, { SMTP_URL: smtp.url, SMTP_FROM: "jianyi@example.gov.cn", WEBHOOK_URL: hook.url, WEBHOOK_SECRET: SECRET });
  w = await buildWorld();
  for (const u of [w.leadHandler, w.leadLeader, w.coHandler, w.coLeader, w.otherHandler, w.otherLeader])
    await db.user.update({ where: { id: u.id }, data: { email: `${u.id}@example.gov.cn`, phone: `1380000${u.id.slice(-4)}` } });
});

afterAll(async () => {
  for (const name of env) delete process.env[name];
  await Promise.all([smtp?.close(), hook?.close()]);
});

const mailsTo = (userId: string) => smtp.mails.filter((m) => m.to.includes(`${userId}@example.gov.cn`));

describe("the e-mail channel", () => {
  it("a reminder reaches the SMTP server exactly once per user with two instances ticking at once", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id); // assigned in 2024: long overdue
    const now = new Date().toISOString();
    await together<number>({ kind: "tick", now, n: 3 }, { kind: "tick", now, n: 3 });

    const reminders = await db.notification.findMany({ where: { suggestionId: s.id, kind: "reminder.overdue" } });
    expect(reminders).toHaveLength(4); // two users of each of the two units
    for (const r of reminders) {
      const mails = smtp.mails.filter((m) => m.messageId === messageIdOf(`${r.id}:EMAIL`));
      expect(mails).toHaveLength(1);
      expect(mails[0]!.to).toEqual([`${r.userId}@example.gov.cn`]);
      expect(mails[0]!.raw).toContain(`/suggestions/${s.id}`);
    }
    // Nothing was sent twice, whatever it was.
    const ids = smtp.mails.map((m) => m.messageId);
    expect(new Set(ids).size).toBe(ids.length);
    expect(await db.outboxMessage.count({ where: { notificationId: { in: reminders.map((r) => r.id) }, status: "SENT" } })).toBe(4);
  }, 120_000);

  it("a user who turned e-mail off for a kind gets none of it; the others still do", async () => {
    const allBut = (kind: string) => CHANNEL_KINDS.filter((k) => k !== kind).map((k) => `${k}:EMAIL`);
    await saveChannelChoices(ctxOf(w.leadHandler), { email: `${w.leadHandler.id}@example.gov.cn`, on: allBut("supervision.notice") });
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await issueSupervision(ctxOf(w.office, at(2)), s.id, { unitCode: w.units.lead.code, text: "请抓紧办理" });
    await sendOutbox();
    const notices = await db.notification.findMany({ where: { suggestionId: s.id, kind: "supervision.notice" } });
    expect(notices.map((n) => n.userId).sort()).toEqual([w.leadHandler.id, w.leadLeader.id].sort());
    const mailOf = (userId: string) =>
      smtp.mails.filter((m) => m.messageId === messageIdOf(`${notices.find((n) => n.userId === userId)!.id}:EMAIL`));
    expect(mailOf(w.leadLeader.id)).toHaveLength(1);
    expect(mailOf(w.leadHandler.id)).toHaveLength(0);
    // The assignment itself (a kind still on) reached the handler.
    expect(mailsTo(w.leadHandler.id).some((m) => m.raw.includes(`/suggestions/${s.id}`))).toBe(true);
  });

  it("a user who turned every e-mail off gets none; a confidential suggestion's title stays in the app", async () => {
    await saveChannelChoices(ctxOf(w.otherHandler), { email: `${w.otherHandler.id}@example.gov.cn`, on: [] });
    const before = mailsTo(w.otherHandler.id).length;
    const s = await newSuggestion(w);
    await db.suggestion.update({ where: { id: s.id }, data: { confidential: true } });
    await assignSuggestion(ctxOf(w.office, at(0)), s.id, { leadUnitCode: w.units.other.code });
    await sendOutbox();
    expect(mailsTo(w.otherHandler.id)).toHaveLength(before);
    const leaderMail = mailsTo(w.otherLeader.id).filter((m) => m.raw.includes(`/suggestions/${s.id}`));
    expect(leaderMail).toHaveLength(1);
    expect(leaderMail[0]!.raw).toContain("（保密建议）");
    expect(leaderMail[0]!.raw).not.toContain("农村教育");
    const row = await db.outboxMessage.findFirstOrThrow({ where: { userId: w.otherLeader.id, suggestionId: s.id } });
    expect(JSON.stringify(row.payload)).not.toContain("农村教育");
  });
});

describe("the daily digest", () => {
  it("is queued once per user per China day, counts only, and reaches the mail server once", async () => {
    const nine = new Date(`${new Date(Date.now() + 8 * 3_600_000).toISOString().slice(0, 10)}T09:00:00+08:00`);
    expect(await queueDailyDigests(new Date(nine.getTime() - 2 * 3_600_000))).toBe(0); // 07:00: not yet
    const first = await queueDailyDigests(nine);
    expect(first).toBeGreaterThan(0);
    expect(await queueDailyDigests(new Date(nine.getTime() + 3_600_000))).toBe(0); // the same day: nothing new
    await sendOutbox();
    const digests = await db.outboxMessage.findMany({ where: { kind: "digest.daily", userId: w.leadLeader.id } });
    expect(digests).toHaveLength(1);
    expect(digests[0]).toMatchObject({ status: "SENT", channel: "EMAIL" });
    const mails = smtp.mails.filter((m) => m.messageId === messageIdOf(digests[0]!.idempotencyKey));
    expect(mails).toHaveLength(1);
    expect(mails[0]!.raw).toMatch(/\d+ 件已逾期/);
    expect(mails[0]!.raw).not.toContain("农村教育");
    // otherHandler turned every e-mail off, the digest too.
    expect(await db.outboxMessage.count({ where: { kind: "digest.daily", userId: w.otherHandler.id } })).toBe(0);
  });
});

describe("the webhook channel", () => {
  it("posts a signed payload; a receiver that fails twice gets the third try, with the same key", async () => {
    await saveChannelChoices(ctxOf(w.coHandler), { email: `${w.coHandler.id}@example.gov.cn`, on: ["supervision.notice:WEBHOOK"] });
    const s = await newSuggestion(w);
    await assignTo(w, s.id);
    await issueSupervision(ctxOf(w.office, at(3)), s.id, { unitCode: w.units.co.code, text: "请尽快提出协办意见" });
    const message = await db.outboxMessage.findFirstOrThrow({ where: { userId: w.coHandler.id, channel: "WEBHOOK" } });
    expect(await db.outboxMessage.count({ where: { userId: w.coHandler.id, channel: "EMAIL", suggestionId: s.id } })).toBe(0);

    hook.statuses.push(500, 503);
    const t0 = new Date();
    await sendOutbox("w", t0);
    await sendOutbox("w", t0); // not yet: the backoff holds it
    expect(hook.hits).toHaveLength(1);
    await sendOutbox("w", new Date(t0.getTime() + BACKOFF_MS + 1000));
    expect(hook.hits).toHaveLength(2);
    await sendOutbox("w", new Date(t0.getTime() + BACKOFF_MS * 4));
    expect(hook.hits.map((h) => h.status)).toEqual([500, 503, 200]);

    for (const hit of hook.hits) {
      const signature = `sha256=${createHmac("sha256", SECRET).update(hit.body).digest("hex")}`;
      expect(hit.headers["x-signature"]).toBe(signature);
      expect(hit.headers["idempotency-key"]).toBe(message.idempotencyKey);
    }
    const body = JSON.parse(hook.hits[2]!.body) as Record<string, string>;
    expect(body).toMatchObject({ key: message.idempotencyKey, kind: "supervision.notice", recipient: message.recipient });
    expect(body.link).toContain(`/suggestions/${s.id}`);
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: message.id } })).toMatchObject({ status: "SENT", attempts: 3 });
  });
});

describe("the administrator's retry and the settings' validation", () => {
  it("a FAILED message goes back to PENDING by the administrator only, audited; a sent one is refused", async () => {
    const sent = await db.outboxMessage.findFirstOrThrow({ where: { status: "SENT" } });
    const failed = await db.outboxMessage.update({ where: { id: sent.id }, data: { status: "FAILED", attempts: 6, lastError: "x" } });
    await expectError(retryOutboxMessage(ctxOf(w.office), { id: failed.id }), "FORBIDDEN");
    await retryOutboxMessage(ctxOf(w.admin), { id: failed.id });
    expect(await db.outboxMessage.findUniqueOrThrow({ where: { id: failed.id } })).toMatchObject({ status: "PENDING", attempts: 0 });
    expect(await db.auditEvent.count({ where: { action: "outbox.retry", entityId: failed.id, actorId: w.admin.id } })).toBe(1);
    await sendOutbox();
    await expectError(retryOutboxMessage(ctxOf(w.admin), { id: failed.id }), "RULE");
    await expectError(retryOutboxMessage(ctxOf(w.admin), { id: "nope" }), "NOT_FOUND");
  });

  it("refuses an unknown kind or channel and a malformed address, changing nothing", async () => {
    const before = await readChannelSettings(w.coLeader.id);
    await expectError(saveChannelChoices(ctxOf(w.coLeader), { email: "", on: ["reply.signed:FAX"] }), "INVALID");
    await expectError(saveChannelChoices(ctxOf(w.coLeader), { email: "not an address", on: [] }), "INVALID");
    expect(await readChannelSettings(w.coLeader.id)).toEqual(before);
    expect(await db.auditEvent.count({ where: { action: "account.notices", entityId: w.coLeader.id } })).toBe(0);
  });
});
