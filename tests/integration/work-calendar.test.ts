// The working calendar (issue 14 item 4): seeded from the chinese-days package, checked against the State
// Council's notice written out by hand; the 7-working-day reassignment window counted through the Spring
// Festival; the admin's edits audited and never undone by the next start's seed.
import { beforeAll, describe, expect, it } from "vitest";
import { loadWorkCalendar } from "@/lib/calendar/load";
import { seedWorkCalendar } from "@/lib/calendar/seed";
import { db } from "@/lib/db";
import { addCalendarDay, removeCalendarDay } from "@/lib/workflow/calendar";
import { addWorkingDays } from "@/lib/workflow/deadlines";
import { requestReassignment } from "@/lib/workflow/requests";
import { assignTo, buildWorld, ctxOf, expectError, newSuggestion, type World } from "./workflow-fixtures";

const cst = (s: string) => new Date(`${s}+08:00`);
const range = (from: number, to: number, month = "02") =>
  Array.from({ length: to - from + 1 }, (_, i) => `2026-${month}-${String(from + i).padStart(2, "0")}`);

// 国务院办公厅关于2026年部分节假日安排的通知（2025年11月4日）: "二、春节：2月15日（农历腊月二十八、周日）至23日
// （农历正月初七、周一）放假调休，共9天。2月14日（周六）、2月28日（周六）上班。"
const SPRING_FESTIVAL_2026_HOLIDAYS = range(15, 23);
const SPRING_FESTIVAL_2026_WORKDAYS = ["2026-02-14", "2026-02-28"];

let w: World;
beforeAll(async () => {
  w = await buildWorld();
  expect(await seedWorkCalendar()).toBeGreaterThan(0);
});

describe("the seeded calendar", () => {
  it("is seeded once: a second start adds nothing", async () => {
    const rows = await db.workCalendarDay.count();
    expect(await seedWorkCalendar()).toBe(0);
    expect(await db.workCalendarDay.count()).toBe(rows);
  });

  it("holds 2024 to 2026", async () => {
    for (const year of [2024, 2025, 2026]) expect(await db.workCalendarDay.count({ where: { year, kind: "HOLIDAY" } })).toBeGreaterThan(20);
  });

  it("agrees with the notice on the 2026 Spring Festival's holidays and make-up working days", async () => {
    const february = await db.workCalendarDay.findMany({
      where: { date: { startsWith: "2026-02" }, removedAt: null },
      orderBy: { date: "asc" },
    });
    expect(february.filter((d) => d.kind === "HOLIDAY").map((d) => d.date)).toEqual(SPRING_FESTIVAL_2026_HOLIDAYS);
    expect(february.filter((d) => d.kind === "WORKDAY").map((d) => d.date)).toEqual(SPRING_FESTIVAL_2026_WORKDAYS);
    expect(new Set(february.map((d) => d.name))).toEqual(new Set(["春节"]));
  });

  it("counts 7 working days from the Friday before the holiday through it: Saturday 14th, then 24th–28th, then Monday 2 March", async () => {
    const calendar = await loadWorkCalendar([2026, 2027]);
    const friday = cst("2026-02-13T10:00:00");
    const counted = [1, 2, 3, 4, 5, 6, 7].map((n) => addWorkingDays(friday, n, calendar));
    expect(counted).toEqual(["02-14", "02-24", "02-25", "02-26", "02-27", "02-28", "03-02"].map((d) => cst(`2026-${d}T10:00:00`)));
  });

  it("the reassignment rule uses it: assigned on that Friday, a request on 2 March is in time, on 3 March too late", async () => {
    const friday = cst("2026-02-13T10:00:00");
    const inTime = await newSuggestion(w, { now: cst("2026-02-12T10:00:00") });
    await assignTo(w, inTime.id, { when: friday });
    // Mondays to Fridays alone would have closed the window on 24 February.
    expect(
      (await requestReassignment(ctxOf(w.leadHandler, cst("2026-03-02T23:00:00")), inTime.id, { reason: "不属于本单位职责" })).state,
    ).toBe("PENDING");
    const late = await newSuggestion(w, { now: cst("2026-02-12T10:00:00") });
    await assignTo(w, late.id, { when: friday });
    await expectError(
      requestReassignment(ctxOf(w.leadHandler, cst("2026-03-03T00:30:00")), late.id, { reason: "不属于本单位职责" }),
      "RULE",
      "errors.rule.reassignmentWindow",
    );
  });
});

describe("the admin's edits", () => {
  const now = cst("2026-11-20T09:00:00");
  it("adds a new year's holiday, audited; the same day twice is 409", async () => {
    const day = await addCalendarDay(ctxOf(w.admin, now), { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" });
    expect([day.year, day.source, day.kind]).toEqual([2027, "ADMIN", "HOLIDAY"]);
    const event = await db.auditEvent.findFirst({ where: { entity: "WorkCalendarDay", entityId: day.id, action: "calendar.add" } });
    expect(event?.actorId).toBe(w.admin.id);
    await expectError(
      addCalendarDay(ctxOf(w.admin, now), { date: "2027-01-01", kind: "HOLIDAY", name: "元旦" }),
      "CONFLICT",
      "errors.calendarDayExists",
    );
    expect((await loadWorkCalendar([2027])).holidays.get("2027-01-01")).toBe("元旦");
  });

  it("refuses a make-up working day on a weekday, bad dates, and other roles", async () => {
    const weekday = await expectError(
      addCalendarDay(ctxOf(w.admin, now), { date: "2027-02-10", kind: "WORKDAY", name: "春节" }),
      "INVALID",
    );
    expect(weekday.fields).toEqual({ date: "errors.field.workdayOnWeekend" });
    const bad = await expectError(addCalendarDay(ctxOf(w.admin, now), { date: "2027-02-30", kind: "HOLIDAY", name: "春节" }), "INVALID");
    expect(bad.fields).toEqual({ date: "errors.field.date" });
    await expectError(addCalendarDay(ctxOf(w.office, now), { date: "2027-02-06", kind: "WORKDAY", name: "春节" }), "FORBIDDEN");
    await expectError(removeCalendarDay(ctxOf(w.leadHandler, now), { date: "2026-02-14" }), "FORBIDDEN");
  });

  it("removes a day softly, audited, and the next start's seed does not bring it back", async () => {
    const removed = await removeCalendarDay(ctxOf(w.admin, now), { date: "2026-02-28" });
    expect(removed.removedAt).toEqual(now);
    expect(await db.auditEvent.count({ where: { entityId: removed.id, action: "calendar.remove" } })).toBe(1);
    expect(await seedWorkCalendar()).toBe(0);
    const calendar = await loadWorkCalendar([2026]);
    expect(calendar.workdays.has("2026-02-28")).toBe(false);
    // Without the make-up Saturday the 7th working day from the Friday is Tuesday 3 March.
    expect(addWorkingDays(cst("2026-02-13T10:00:00"), 7, calendar)).toEqual(cst("2026-03-03T10:00:00"));
    await expectError(removeCalendarDay(ctxOf(w.admin, now), { date: "2026-02-28" }), "NOT_FOUND");
    // Put back by the admin, it is the admin's from then on.
    const back = await addCalendarDay(ctxOf(w.admin, now), { date: "2026-02-28", kind: "WORKDAY", name: "春节" });
    expect([back.id, back.removedAt, back.source]).toEqual([removed.id, null, "ADMIN"]);
  });
});

describe("the pages' calendar, kept in the statistics cache", () => {
  it("is the table's after an admin's edit and after a start's seed that adds days", async () => {
    const { calendarForDates } = await import("@/lib/data/work-calendar");
    const now = cst("2026-11-21T09:00:00");
    const due = [cst("2026-05-01T00:00:00")];
    const fresh = async () => loadWorkCalendar([2026]);
    // A table from an older package lacks a day the package knows now (the next start's seed adds it).
    await db.workCalendarDay.deleteMany({ where: { date: "2026-10-01" } });
    expect((await calendarForDates(due)).holidays.has("2026-10-01")).toBe(false);
    expect(await calendarForDates(due)).toEqual(await fresh()); // the kept value
    await removeCalendarDay(ctxOf(w.admin, now), { date: "2026-02-14" }); // audited
    expect((await calendarForDates(due)).workdays.has("2026-02-14")).toBe(false);
    expect(await calendarForDates(due)).toEqual(await fresh());
    // The seed writes no audit event: it moves the cache's version itself.
    expect(await seedWorkCalendar()).toBe(1);
    expect((await calendarForDates(due)).holidays.get("2026-10-01")).toBe("国庆节");
    expect(await calendarForDates(due)).toEqual(await fresh());
  });
});
