"use server";
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { readForm } from "@/lib/validation/form";
import { registerSuggestionInput } from "@/lib/validation/suggestions";
import { registerSuggestions } from "@/lib/workflow/register";

export async function registerAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runWorkflow(
    "/suggestions",
    (actor) => registerSuggestions({ actor }, readForm(registerSuggestionInput, form)),
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
