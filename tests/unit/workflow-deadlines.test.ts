import { describe, expect, it } from "vitest";
import { WEEKENDS_ONLY, workCalendarOf } from "@/lib/calendar/work-calendar";
import {
  addMonths,
  addWorkingDays,
  coDueAt,
  endOfChinaDay,
  extensionCeiling,
  feedbackDueAt,
  leadDueAt,
  reassignmentWindowEnd,
  rehandlingDueAt,
} from "@/lib/workflow/deadlines";

const cst = (s: string) => new Date(`${s}+08:00`);

describe("rule 1 deadlines", () => {
  const assigned = cst("2022-03-01T10:00:00");
  it("lead reply: replyDays after assignment, 30 days when urgent", () => {
    expect(leadDueAt(assigned, 90, false)).toEqual(cst("2022-05-30T10:00:00"));
    expect(leadDueAt(assigned, 60, false)).toEqual(cst("2022-04-30T10:00:00"));
    expect(leadDueAt(assigned, 90, true)).toEqual(cst("2022-03-31T10:00:00"));
  });
  it("co opinion, re-handling and feedback: 30 days", () => {
    expect(coDueAt(assigned)).toEqual(cst("2022-03-31T10:00:00"));
    expect(rehandlingDueAt(assigned)).toEqual(cst("2022-03-31T10:00:00"));
    expect(feedbackDueAt(assigned)).toEqual(cst("2022-03-31T10:00:00"));
  });
});

describe("extension ceiling: 6 calendar months after assignment, in China time", () => {
  it("keeps the day of the month", () => {
    expect(extensionCeiling(cst("2022-03-01T10:00:00"))).toEqual(cst("2022-09-01T10:00:00"));
  });
  it("uses the China calendar day, not UTC's", () => {
    // 00:30 on 1 March in Beijing is still 28 February in UTC.
    expect(extensionCeiling(cst("2022-03-01T00:30:00"))).toEqual(cst("2022-09-01T00:30:00"));
  });
  it("clamps to the month's end", () => {
    expect(addMonths(cst("2022-08-31T09:00:00"), 6)).toEqual(cst("2023-02-28T09:00:00"));
    expect(addMonths(cst("2023-08-31T09:00:00"), 6)).toEqual(cst("2024-02-29T09:00:00"));
    expect(addMonths(cst("2022-12-15T09:00:00"), 2)).toEqual(cst("2023-02-15T09:00:00"));
  });
});

describe("working days (Mon–Fri when the calendar holds no holiday) for the 7-working-day reassignment window", () => {
  it("skips weekends", () => {
    // Monday + 7 working days = Wednesday of the next week.
    expect(addWorkingDays(cst("2024-03-04T09:00:00"), 7, WEEKENDS_ONLY)).toEqual(cst("2024-03-13T09:00:00"));
    // Friday + 1 = Monday.
    expect(addWorkingDays(cst("2024-03-08T17:00:00"), 1, WEEKENDS_ONLY)).toEqual(cst("2024-03-11T17:00:00"));
    // Saturday + 1 = Monday.
    expect(addWorkingDays(cst("2024-03-09T10:00:00"), 1, WEEKENDS_ONLY)).toEqual(cst("2024-03-11T10:00:00"));
    expect(addWorkingDays(cst("2024-03-04T09:00:00"), 0, WEEKENDS_ONLY)).toEqual(cst("2024-03-04T09:00:00"));
  });
  it("counts weekdays in China time (Friday 23:00 UTC is already Saturday in Beijing)", () => {
    // 2024-03-08T23:00Z = Saturday 07:00 in Beijing; one working day later is Monday 07:00 Beijing.
    expect(addWorkingDays(new Date("2024-03-08T23:00:00Z"), 1, WEEKENDS_ONLY)).toEqual(cst("2024-03-11T07:00:00"));
  });
  it("the window ends at the end of the 7th working day", () => {
    expect(endOfChinaDay(cst("2024-03-13T09:00:00"))).toEqual(new Date(cst("2024-03-14T00:00:00").getTime() - 1));
    expect(reassignmentWindowEnd(cst("2024-03-04T09:00:00"), WEEKENDS_ONLY)).toEqual(new Date(cst("2024-03-14T00:00:00").getTime() - 1));
  });
});

describe("working days through a calendar's holidays and make-up working days", () => {
  // A made-up week: Tuesday 2024-03-05 a holiday, Saturday 2024-03-09 worked in its place.
  const calendar = workCalendarOf([
    { date: "2024-03-05", kind: "HOLIDAY", name: "假日" },
    { date: "2024-03-09", kind: "WORKDAY", name: "假日" },
  ]);
  it("skips the holiday and counts the make-up Saturday", () => {
    expect(addWorkingDays(cst("2024-03-04T09:00:00"), 1, calendar)).toEqual(cst("2024-03-06T09:00:00"));
    expect(addWorkingDays(cst("2024-03-08T09:00:00"), 1, calendar)).toEqual(cst("2024-03-09T09:00:00"));
    expect(addWorkingDays(cst("2024-03-04T09:00:00"), 7, calendar)).toEqual(cst("2024-03-13T09:00:00"));
  });
});
