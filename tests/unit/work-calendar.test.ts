import { describe, expect, it } from "vitest";
import { holidayOfDue, isWorkingDay, WEEKENDS_ONLY, workCalendarOf } from "@/lib/calendar/work-calendar";

const calendar = workCalendarOf([
  { date: "2026-02-17", kind: "HOLIDAY", name: "春节" },
  { date: "2026-02-14", kind: "WORKDAY", name: "春节" },
]);

describe("the working calendar's days", () => {
  it("a holiday on a weekday is no working day; a make-up Saturday is one; other days go by the weekday", () => {
    expect(isWorkingDay("2026-02-17", calendar)).toBe(false);
    expect(isWorkingDay("2026-02-14", calendar)).toBe(true);
    expect(isWorkingDay("2026-02-14", WEEKENDS_ONLY)).toBe(false);
    expect(isWorkingDay("2026-02-13", calendar)).toBe(true);
    expect(isWorkingDay("2026-02-15", calendar)).toBe(false);
  });

  it("names the holiday a calendar-day deadline falls in, by its China day", () => {
    // Stored as the start of the China day (16:00Z the day before), or at the assignment's time of day.
    expect(holidayOfDue(new Date("2026-02-16T16:00:00Z"), calendar)).toBe("春节");
    expect(holidayOfDue(new Date("2026-02-17T23:59:00+08:00"), calendar)).toBe("春节");
    expect(holidayOfDue(new Date("2026-02-17T16:00:00Z"), calendar)).toBeNull(); // the 18th in China
    expect(holidayOfDue(null, calendar)).toBeNull();
  });
});
