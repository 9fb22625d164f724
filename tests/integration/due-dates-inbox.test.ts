// A due date is the whole China day (overdue from the next day) in every figure, list and reminder; the inbox's
// co-handling tab uses the co unit's own deadline (rule 1/8); each inbox row says how far the unit has got.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { unitWorkOf } from "@/lib/data/inbox";
import { listSuggestions } from "@/lib/data/suggestions";
import { sendDeadlineReminders } from "@/lib/jobs/reminders";
import { getOverdueList } from "@/lib/stats/breakdowns";
import { getSessionStats } from "@/lib/stats/summary";
import { getUnitTable } from "@/lib/stats/unit-table";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { draftReply, returnReply, signReply, submitReply } from "@/lib/workflow/replies";
import { assignTo, buildWorld, ctxOf, newSuggestion, T0, type World } from "./workflow-fixtures";

/** An instant in China time. */
const cst = (s: string) => new Date(`${s}+08:00`);
let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const workOf = async (unitId: string, suggestionId: string, now: Date) => {
  const s = await db.suggestion.findUniqueOrThrow({ where: { id: suggestionId }, select: { id: true, status: true } });
  return (await unitWorkOf(unitId, [s], now)).get(suggestionId);
};
const ids = (r: { items: { id: string }[] }) => r.items.map((i) => i.id);

describe("the co-handling tab uses the co unit's own deadline (30 days)", () => {
  it("is overdue from the day after its own due day until it gives its opinion, whatever the lead's date", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id); // T0 = 2024-03-04 09:00: co due 2024-04-03, lead due 2024-06-02
    const lastDay = cst("2024-04-03T23:59:00");
    const nextDay = cst("2024-04-04T00:00:00");
    const coTab = (now: Date) => listSuggestions(w.coHandler, { assignmentRole: "CO", overdue: true }, now);

    const own = await workOf(w.units.co.id, s.id, lastDay);
    expect(own).toMatchObject({ role: "CO", dueAt: cst("2024-04-03T09:00:00"), overdue: false, state: "OPINION_MISSING" });
    expect(ids(await coTab(lastDay))).not.toContain(s.id);
    expect(ids(await coTab(nextDay))).toContain(s.id);
    expect(await workOf(w.units.co.id, s.id, nextDay)).toMatchObject({ overdue: true });
    // The lead's own tab is not overdue: its date is two months later.
    expect(ids(await listSuggestions(w.leadHandler, { assignmentRole: "LEAD", overdue: true }, nextDay))).not.toContain(s.id);
    expect(await workOf(w.units.lead.id, s.id, nextDay)).toMatchObject({ role: "LEAD", dueAt: cst("2024-06-02T09:00:00"), overdue: false });

    await submitOpinion(ctxOf(w.coHandler, cst("2024-04-20T10:00:00")), s.id, { text: "同意" });
    const later = cst("2024-04-21T10:00:00");
    expect(ids(await coTab(later))).not.toContain(s.id);
    expect(await workOf(w.units.co.id, s.id, later)).toMatchObject({ overdue: false, state: "OPINION_GIVEN" });
  });
});

describe("inbox rows say where the unit's reply stands", () => {
  it("未起草 → 草稿 → 待签发 → 已退回 → 待签发 → 已签发", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { co: false });
    const now = cst("2024-03-20T10:00:00");
    const state = async () => (await workOf(w.units.lead.id, s.id, now))?.state;
    expect(await state()).toBe("NONE");
    await recordCommunication(ctxOf(w.leadHandler, cst("2024-03-05T10:00:00")), s.id, {
      method: "PHONE",
      occurredAt: cst("2024-03-05T10:00:00"),
      summary: "电话沟通",
    });
    const reply = await draftReply(ctxOf(w.leadHandler, cst("2024-03-06T10:00:00")), s.id, { category: "A", text: "已解决" });
    expect(await state()).toBe("DRAFT");
    await submitReply(ctxOf(w.leadHandler, cst("2024-03-07T10:00:00")), reply.id);
    expect(await state()).toBe("IN_REVIEW");
    await returnReply(ctxOf(w.leadLeader, cst("2024-03-08T10:00:00")), reply.id, { comment: "请补充" });
    expect(await state()).toBe("RETURNED");
    await submitReply(ctxOf(w.leadHandler, cst("2024-03-09T10:00:00")), reply.id);
    expect(await state()).toBe("IN_REVIEW");
    await signReply(ctxOf(w.leadLeader, cst("2024-03-10T10:00:00")), reply.id);
    expect(await state()).toBe("SIGNED");
  });
});

describe("a due date is the whole China day: overdue from the next day", () => {
  it("in the statistics, the lists, the overdue list and the reminders", async () => {
    // A session of its own, so the figures count this suggestion only.
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { co: false });
    const lead = await db.assignment.findFirstOrThrow({ where: { suggestionId: s.id, role: "LEAD" } });
    // Due at 09:00 on 2024-06-02 (90 days after T0): the whole of 2024-06-02 is still in time.
    expect(lead.dueAt).toEqual(cst("2024-06-02T09:00:00"));
    expect(T0).toEqual(cst("2024-03-04T09:00:00"));
    const evening = cst("2024-06-02T20:00:00");
    const nextDay = cst("2024-06-03T00:00:00");
    const filter = { session: w.session.code };
    const overdueHere = async (now: Date) => (await getOverdueList(filter, now)).items.filter((o) => o.suggestionId === s.id);

    expect(await overdueHere(evening)).toHaveLength(0);
    expect(ids(await listSuggestions(w.office, { overdue: true }, evening))).not.toContain(s.id);
    const [due] = await overdueHere(nextDay);
    expect(due).toMatchObject({ role: "LEAD", daysOverdue: 1 });
    expect(ids(await listSuggestions(w.office, { overdue: true }, nextDay))).toContain(s.id);
    expect((await getSessionStats(filter, nextDay)).overdue).toBeGreaterThan((await getSessionStats(filter, evening)).overdue);

    const overdueReminders = () => db.notification.count({ where: { suggestionId: s.id, kind: "reminder.overdue" } });
    await sendDeadlineReminders(evening);
    expect(await overdueReminders()).toBe(0);
    expect(await db.notification.count({ where: { suggestionId: s.id, kind: "reminder.dueSoon" } })).toBeGreaterThan(0);
    await sendDeadlineReminders(nextDay);
    expect(await overdueReminders()).toBeGreaterThan(0);

    // Signed at 20:00 on the due day, after the due instant's 09:00: on time.
    await recordCommunication(ctxOf(w.leadHandler, cst("2024-06-01T10:00:00")), s.id, {
      method: "PHONE",
      occurredAt: cst("2024-06-01T10:00:00"),
      summary: "电话沟通",
    });
    const reply = await draftReply(ctxOf(w.leadHandler, cst("2024-06-02T10:00:00")), s.id, { category: "A", text: "已解决" });
    await submitReply(ctxOf(w.leadHandler, cst("2024-06-02T11:00:00")), reply.id);
    await signReply(ctxOf(w.leadLeader, evening), reply.id);
    const row = (await getUnitTable(filter, nextDay)).find((r) => r.code === w.units.lead.code)!;
    const signedHere = await db.reply.count({ where: { unitId: w.units.lead.id, state: "SIGNED" } });
    expect(row.signed).toBe(signedHere);
    expect(row.onTime).toBe(row.signed);
  });
});
