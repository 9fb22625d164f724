"use server";
// The office's corrections from the suggestion page (issue 11). The workflow authorizes (OFFICE/ADMIN),
// validates, checks the version and writes the audit event; these read the forms and add the hidden fields.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { correctSuggestionInput, correctUnitsInput } from "@/lib/validation/corrections";
import { readForm } from "@/lib/validation/form";
import { targetForm } from "@/lib/validation/forms";
import { correctSuggestion } from "@/lib/workflow/corrections";
import { correctUnits } from "@/lib/workflow/corrections-units";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

function targetOf(form: FormData) {
  const { suggestionId, version } = readForm(targetForm, form);
  return { suggestionId, expectedVersion: version ?? "", path: `/suggestions/${suggestionId}` };
}

export const correctFactsAction: Action = async (_p, form) => {
  const { suggestionId, expectedVersion, path } = targetOf(form);
  const input = { ...readForm(correctSuggestionInput, form), expectedVersion };
  return runWorkflow(path, (actor) => correctSuggestion({ actor }, suggestionId, input), "corrections.saved");
};

export const correctUnitsAction: Action = async (_p, form) => {
  const { suggestionId, expectedVersion, path } = targetOf(form);
  const input = readForm(correctUnitsInput, form);
  // The lead unit chosen among the co-handling units too is only the lead (as when assigning).
  const coUnitCodes = input.coUnitCodes?.filter((c) => c !== input.leadUnitCode);
  return runWorkflow(
    path,
    (actor) => correctUnits({ actor }, suggestionId, { ...input, coUnitCodes, expectedVersion }),
    "corrections.saved",
  );
};
