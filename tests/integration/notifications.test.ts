// Notifications as their readers see them: what the workflow and the reminder job write reads as a sentence
// in both languages, and a reader marks one read without touching the others (or anyone else's).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { sendDeadlineReminders } from "@/lib/jobs/reminders";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/read";
import { notificationSentence } from "@/lib/notifications/sentence";
import { withdrawSuggestion } from "@/lib/workflow/register";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { draftReply, returnReply, signReply, submitReply } from "@/lib/workflow/replies";
import { issueSupervision } from "@/lib/workflow/supervision";
import { giveFeedback } from "@/lib/workflow/feedback";
import { at, assignTo, buildWorld, ctxOf, newSuggestion, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  // A suggestion through assignment, opinion, a returned draft, signature and rating.
  const s = await newSuggestion(w);
  await assignTo(w, s.id);
  await recordCommunication(ctxOf(w.leadHandler, at(0.5)), s.id, { method: "PHONE", occurredAt: at(0.5), summary: "电话沟通" });
  await submitOpinion(ctxOf(w.coHandler, at(0.6)), s.id, { text: "同意主办单位意见" });
  const draft = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, { category: "A", text: "正文" });
  await submitReply(ctxOf(w.leadHandler, at(1.1)), draft.id);
  await returnReply(ctxOf(w.leadLeader, at(1.2)), draft.id, { comment: "请补充" });
  await issueSupervision(ctxOf(w.office, at(1.5)), s.id, {
    unitCode: w.units.lead.code,
    text: "请抓紧办理",
    deadline: at(20).toISOString(),
  });
  await submitReply(ctxOf(w.leadHandler, at(2)), draft.id);
  await signReply(ctxOf(w.leadLeader, at(2.1)), draft.id);
  await giveFeedback(ctxOf(w.leadDeputy, at(10)), s.id, { rating: "BASICALLY_SATISFIED", comment: "基本满意" });
  // One still open near its due date (reminders), one withdrawn.
  const open = await newSuggestion(w);
  await assignTo(w, open.id);
  await sendDeadlineReminders(at(25)); // the co unit's opinion is due at day 30
  await sendDeadlineReminders(at(35));
  const gone = await newSuggestion(w);
  await assignTo(w, gone.id, { co: false });
  await withdrawSuggestion(ctxOf(w.office, at(3)), gone.id);
});

const select = {
  id: true,
  kind: true,
  params: true,
  readAt: true,
  suggestion: { select: { id: true, number: true, title: true } },
} as const;

describe("notification sentences from real workflow rows", () => {
  it("every stored notification reads as a sentence in zh-CN and en, with a link to its suggestion", async () => {
    const rows = await db.notification.findMany({ select });
    const kinds = new Set(rows.map((r) => r.kind));
    for (const kind of [
      "assignment.new",
      "opinion.received",
      "reply.review",
      "reply.returned",
      "reply.signed",
      "feedback.received",
      "supervision.notice",
      "reminder.dueSoon",
      "reminder.overdue",
      "suggestion.withdrawn",
    ]) {
      expect(kinds, kind).toContain(kind);
    }
    for (const locale of ["zh-CN", "en"] as const) {
      const t = translatorFor(locale);
      for (const row of rows) {
        const { text, href } = notificationSentence(t, row);
        expect(text, `${locale} ${row.kind}`).not.toMatch(/common\.|\{\w+\}|—/);
        expect(text).not.toContain(row.kind);
        expect(text).toContain(row.suggestion!.number);
        expect(href).toMatch(new RegExp(`^/suggestions/${row.suggestion!.id}`));
      }
    }
  });
});

describe("marking notifications read", () => {
  it("marks one of the reader's notifications and leaves the others unread", async () => {
    const mine = await db.notification.findMany({ where: { userId: w.leadLeader.id, readAt: null }, orderBy: { createdAt: "asc" } });
    expect(mine.length).toBeGreaterThan(2);
    expect(await markNotificationRead(w.leadLeader.id, mine[0].id)).toBe(1);
    const after = await db.notification.findMany({ where: { userId: w.leadLeader.id, readAt: null } });
    expect(after.map((n) => n.id).sort()).toEqual(
      mine
        .slice(1)
        .map((n) => n.id)
        .sort(),
    );
    // Once read, again changes nothing.
    expect(await markNotificationRead(w.leadLeader.id, mine[0].id)).toBe(0);
  });

  it("never marks someone else's notification, and ignores malformed ids", async () => {
    const theirs = await db.notification.findFirstOrThrow({ where: { userId: w.coHandler.id, readAt: null } });
    expect(await markNotificationRead(w.leadLeader.id, theirs.id)).toBe(0);
    expect(await markNotificationRead(w.leadLeader.id, null)).toBe(0);
    expect(await markNotificationRead(w.leadLeader.id, "x".repeat(500))).toBe(0);
    expect((await db.notification.findUniqueOrThrow({ where: { id: theirs.id } })).readAt).toBeNull();
  });

  it("still marks all read at once", async () => {
    await markAllNotificationsRead(w.leadLeader.id);
    expect(await db.notification.count({ where: { userId: w.leadLeader.id, readAt: null } })).toBe(0);
    expect(await db.notification.count({ where: { userId: w.coHandler.id, readAt: null } })).toBeGreaterThan(0);
  });
});
