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
    // The new number, with the way on: the suggestion itself and its assignment (交办) form.
    (rows, t) => {
      const created = rows[0]!; // one item registered, so one created
      return {
        ok: true,
        message: t("office.new.doneNumber", { number: created.number }),
        links: [
          { href: `/suggestions/${created.id}`, label: t("office.new.open", { number: created.number }) },
          { href: `/suggestions/${created.id}#actions`, label: t("office.new.assign") },
        ],
      };
    },
  );
}
