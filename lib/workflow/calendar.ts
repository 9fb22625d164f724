// The admin's edits of the working calendar (issue 14 item 4): add a holiday or a make-up working day, remove
// one. Each change is audited in its transaction; a removal is soft (removedAt), so the start's seed from the
// package never brings back a day the admin took out.
import { DomainError, forbidden, notFound } from "@/lib/errors";
import { isAdmin } from "@/lib/permissions/roles";
import { calendarDayInput, removeCalendarDayInput } from "@/lib/validation/calendar";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { record } from "./record";
import { transact } from "./transaction";

const alreadyThere = () => new DomainError("CONFLICT", "errors.calendarDayExists");

/** ADMIN. A day already in the calendar is 409 (remove it first); a removed one is put back as given. */
export async function addCalendarDay(ctx: Ctx, input: InputOf<typeof calendarDayInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(calendarDayInput, input);
  return transact(async (tx) => {
    const existing = await tx.workCalendarDay.findUnique({ where: { date: data.date } });
    if (existing && !existing.removedAt) throw alreadyThere();
    const values = { kind: data.kind, name: data.name, source: "ADMIN" as const, removedAt: null, updatedAt: nowOf(ctx) };
    const day = existing
      ? await tx.workCalendarDay.update({ where: { id: existing.id }, data: values })
      : await tx.workCalendarDay.create({
          data: { ...values, date: data.date, year: Number(data.date.slice(0, 4)), createdAt: nowOf(ctx) },
        });
    await record(tx, ctx, {
      action: "calendar.add",
      entity: "WorkCalendarDay",
      entityId: day.id,
      before: existing ?? undefined,
      after: day,
    });
    return day;
  });
}

/** ADMIN. Takes a day out of the calendar (it becomes an ordinary weekday or weekend day); absent is 404. */
export async function removeCalendarDay(ctx: Ctx, input: InputOf<typeof removeCalendarDayInput>) {
  if (!isAdmin(ctx.actor)) throw forbidden();
  const data = parseInput(removeCalendarDayInput, input);
  return transact(async (tx) => {
    const existing = await tx.workCalendarDay.findUnique({ where: { date: data.date } });
    if (!existing || existing.removedAt) throw notFound();
    const day = await tx.workCalendarDay.update({ where: { id: existing.id }, data: { removedAt: nowOf(ctx), updatedAt: nowOf(ctx) } });
    await record(tx, ctx, { action: "calendar.remove", entity: "WorkCalendarDay", entityId: day.id, before: existing, after: day });
    return day;
  });
}
