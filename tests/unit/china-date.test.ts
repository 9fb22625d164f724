import { afterAll, describe, expect, it } from "vitest";
import {
  addChinaDays,
  chinaDaysBetween,
  endOfChinaDay,
  formatChinaDate,
  fromDbValue,
  isChinaDate,
  isOnTime,
  isOverdue,
  parseChinaDate,
  startOfChinaDay,
  toDateInputValue,
  toDbValue,
  todayInChina,
  type ChinaDate,
} from "@/lib/dates/china-date";
import { formatDate } from "@/lib/format";
import { calendarDate } from "@/lib/validation/common";

const ZONES = ["UTC", "America/Los_Angeles", "Asia/Shanghai", "Pacific/Kiritimati"];
const originalTz = process.env.TZ;
afterAll(() => {
  if (originalTz === undefined) delete process.env.TZ;
  else process.env.TZ = originalTz;
});

/** Every day of 2024–2030, built without the Date's local fields. */
function everyDay(): { y: number; m: number; d: number }[] {
  const days = [];
  for (let t = Date.UTC(2024, 0, 1); t <= Date.UTC(2030, 11, 31); t += 86_400_000) {
    const u = new Date(t);
    days.push({ y: u.getUTCFullYear(), m: u.getUTCMonth() + 1, d: u.getUTCDate() });
  }
  return days;
}

describe.each(ZONES)("calendar dates round-trip with the server in %s", (zone) => {
  it("every day of 2024–2030: typed → parsed → DB value → read back → shown, unchanged", () => {
    process.env.TZ = zone;
    expect(new Intl.DateTimeFormat().resolvedOptions().timeZone).toBe(zone);
    const days = everyDay();
    expect(days).toHaveLength(2557);
    for (const { y, m, d } of days) {
      const iso = `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
      for (const typed of [iso, `${y}/${m}/${d}`, `${y}年${m}月${d}日`]) expect(parseChinaDate(typed)).toBe(iso);
      const date = parseChinaDate(iso)!;
      const stored = toDbValue(date);
      // The database value is midnight in China, as an instant.
      expect(stored.getTime()).toBe(Date.UTC(y, m - 1, d) - 8 * 3_600_000);
      // What the database gives back (a Date, or the ISO string of a JSON answer) is the same day.
      expect(fromDbValue(new Date(stored.getTime()))).toBe(iso);
      expect(fromDbValue(stored.toISOString())).toBe(iso);
      expect(toDateInputValue(stored)).toBe(iso);
      expect(formatDate(stored)).toBe(iso);
      expect(formatChinaDate(date, "zh")).toBe(`${y}年${m}月${d}日`);
      // A form's value goes through the shared schema to the same stored instant.
      expect(calendarDate.parse(iso).getTime()).toBe(stored.getTime());
      // The whole day belongs to the date.
      expect(fromDbValue(endOfChinaDay(date))).toBe(iso);
      expect(fromDbValue(new Date(endOfChinaDay(date).getTime() + 1))).toBe(addChinaDays(date, 1));
    }
  });

  it("a due date is overdue from 00:00 the next day in China, and signing on the due day is on time", () => {
    process.env.TZ = zone;
    const due = toDbValue("2026-03-10" as ChinaDate);
    expect(isOverdue(due, new Date("2026-03-10T23:59:59.999+08:00"))).toBe(false);
    expect(isOverdue(due, new Date("2026-03-11T00:00:00+08:00"))).toBe(true);
    // A due date computed from an assignment keeps its time of day and still names its day.
    const computed = new Date("2026-03-10T09:30:00+08:00");
    expect(isOverdue(computed, new Date("2026-03-10T18:00:00+08:00"))).toBe(false);
    expect(isOnTime(new Date("2026-03-10T18:00:00+08:00"), computed)).toBe(true);
    expect(isOnTime(new Date("2026-03-11T00:00:00+08:00"), computed)).toBe(false);
    expect(todayInChina(new Date("2026-03-10T16:30:00Z"))).toBe("2026-03-11");
    expect(startOfChinaDay(new Date("2026-03-10T16:30:00Z")).toISOString()).toBe("2026-03-10T16:00:00.000Z");
  });
});

describe("parsing what people type and what spreadsheets hold", () => {
  it("accepts the usual forms and refuses days that do not exist", () => {
    expect(parseChinaDate(" 2026年1月22日 ")).toBe("2026-01-22");
    expect(parseChinaDate("2026年1月22")).toBe("2026-01-22");
    expect(parseChinaDate("２０２６－０１－２２")).toBe("2026-01-22");
    expect(parseChinaDate("2026.1.2")).toBe("2026-01-02");
    expect(parseChinaDate("2026-01-21T16:00:00Z")).toBe("2026-01-22");
    expect(parseChinaDate("2026-02-29")).toBeNull();
    expect(parseChinaDate("2026-13-01")).toBeNull();
    expect(parseChinaDate("22/01/2026")).toBeNull();
    expect(parseChinaDate("")).toBeNull();
    expect(parseChinaDate(null)).toBeNull();
  });
  it("reads Excel serial numbers and the reader's UTC-midnight dates as calendar days", () => {
    expect(parseChinaDate(46044)).toBe("2026-01-22");
    expect(parseChinaDate(46044.75)).toBe("2026-01-22");
    expect(parseChinaDate(new Date(Date.UTC(2026, 0, 22)))).toBe("2026-01-22");
    expect(parseChinaDate(0)).toBeNull();
  });
  it("formats in both languages and counts days", () => {
    const d = "2026-12-01" as ChinaDate;
    expect(formatChinaDate(d)).toBe("2026-12-01");
    expect(formatChinaDate(d, "zh")).toBe("2026年12月1日");
    expect(formatChinaDate(d, "en")).toBe("1 December 2026");
    expect(chinaDaysBetween("2024-02-28" as ChinaDate, "2024-03-01" as ChinaDate)).toBe(2);
    expect(isChinaDate("2024-02-29")).toBe(true);
    expect(isChinaDate("2023-02-29")).toBe(false);
  });
});
