"use server";
// The working calendar's edits (issue 14 item 4). A file of their own: the page is the only one that uses them.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { calendarDayInput, removeCalendarDayInput } from "@/lib/validation/calendar";
import { readForm } from "@/lib/validation/form";
import { addCalendarDay, removeCalendarDay } from "@/lib/workflow/calendar";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export const addCalendarDayAction: Action = async (_p, form) =>
  runWorkflow("/admin/calendar", (actor) => addCalendarDay({ actor }, readForm(calendarDayInput, form)));

export const removeCalendarDayAction: Action = async (_p, form) =>
  runWorkflow("/admin/calendar", (actor) => removeCalendarDay({ actor }, readForm(removeCalendarDayInput, form)));
