"use server";
import { chinaTime, formValues, runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { registerSuggestions } from "@/lib/workflow/register";

export async function registerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const v = formValues(form);
  const coSignerIds = form.getAll("coSignerIds").map(String).filter(Boolean);
  return runWorkflow("/suggestions", (actor) =>
    registerSuggestions({ actor }, {
      sessionCode: v.sessionCode ?? "",
      number: v.number ?? "",
      title: v.title ?? "",
      content: v.content ?? "",
      leadDeputyId: v.leadDeputyId ?? "",
      coSignerIds: coSignerIds.length ? coSignerIds : undefined,
      field: v.field,
      submittedAt: chinaTime(v.submittedAt),
      urgent: v.urgent === "on",
      confidential: v.confidential === "on",
    }),
    "office.new.done",
  );
}
