// Seeds the working calendar from the chinese-days package (the State Council's yearly notices, maintained
// upstream) at every start. Idempotent: a day already in the table — kept, changed or removed by the admin
// (removal is soft) — is left alone, so a start never undoes the admin's edits, and a newer package only adds
// the days it newly knows (typically the next year's schedule, published each November).
import packageData from "chinese-days/dist/chinese-days.json";
import { db, type Tx } from "@/lib/db";
import { moveVersionSql, UNAUDITED_SCOPES } from "@/lib/stats/versions";
import type { CalendarDay } from "./work-calendar";

type Entries = Record<string, string>;

/** "Spring Festival,春节,4" → "春节": the record's language is Chinese (the admin may rename a day). */
const chineseName = (value: string) => value.split(",")[1]?.trim() || value;

/** The package's holidays and make-up working days from `fromYear` on. */
export function packageCalendarDays(fromYear = 2000): CalendarDay[] {
  const data = packageData as { holidays: Entries; workdays: Entries };
  const days: CalendarDay[] = [];
  for (const [kind, entries] of [
    ["HOLIDAY", data.holidays],
    ["WORKDAY", data.workdays],
  ] as const) {
    for (const [date, value] of Object.entries(entries)) {
      if (Number(date.slice(0, 4)) >= fromYear) days.push({ date, kind, name: chineseName(value) });
    }
  }
  return days.sort((a, b) => a.date.localeCompare(b.date));
}

/**
 * Inserts the package's days that the table does not hold yet; answers how many were added. Days added move the
 * "calendar" version of the statistics cache, as an audited write would: the pages' calendars are kept there
 * (lib/data/work-calendar.ts), and another instance may be serving them.
 */
export async function seedWorkCalendar(client: Pick<Tx, "workCalendarDay" | "$executeRaw"> = db): Promise<number> {
  const days = packageCalendarDays();
  const { count } = await client.workCalendarDay.createMany({
    data: days.map((d) => ({ ...d, year: Number(d.date.slice(0, 4)), source: "PACKAGE" as const })),
    skipDuplicates: true,
  });
  if (count > 0) await client.$executeRaw(moveVersionSql(UNAUDITED_SCOPES.calendar));
  return count;
}
