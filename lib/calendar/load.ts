// Reads the working calendar for the rules: the active days of the given years, in one query, so a
// transaction loads what it needs once and the counting stays pure (lib/calendar/work-calendar.ts).
import { db, type Tx } from "@/lib/db";
import { workCalendarOf, type WorkCalendar } from "./work-calendar";

type Client = Pick<Tx, "workCalendarDay">;

export async function loadWorkCalendar(years: number[], client: Client = db): Promise<WorkCalendar> {
  const rows = await client.workCalendarDay.findMany({
    where: { year: { in: years }, removedAt: null },
    select: { date: true, kind: true, name: true },
  });
  return workCalendarOf(rows);
}

/** The calendar of the years from `from` to `to` (inclusive), e.g. those a list of due dates spans. */
export function loadWorkCalendarBetween(from: number, to: number, client: Client = db): Promise<WorkCalendar> {
  const years: number[] = [];
  for (let y = from; y <= Math.min(to, from + 20); y++) years.push(y);
  return loadWorkCalendar(years, client);
}
