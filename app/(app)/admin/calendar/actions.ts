"use server";
// The working calendar's edits (issue 14 item 4). A file of their own: the page is the only one that uses them.
import { formValues, runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { addCalendarDay, removeCalendarDay } from "@/lib/workflow/calendar";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export const addCalendarDayAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/calendar", (actor) => addCalendarDay({ actor }, { date: v.date ?? "", kind: v.kind ?? "", name: v.name ?? "" }));
};

export const removeCalendarDayAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/calendar", (actor) => removeCalendarDay({ actor }, { date: v.date ?? "" }));
};
