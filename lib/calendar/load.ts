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
