"use server";
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { readForm } from "@/lib/validation/form";
import { batchIntentForm } from "@/lib/validation/forms";
import { assignBatchInput } from "@/lib/validation/suggestions";
import { assignBatch } from "@/lib/workflow/assign";
import { mergeSuggestions } from "@/lib/workflow/requests";

/** Assigns every ticked suggestion to the chosen lead unit and co-handling units, all or nothing. */
export async function assignBatchAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { suggestionIds, leadUnitCode, coUnitCodes = [] } = readForm(assignBatchInput, form);
  if (readForm(batchIntentForm, form).intent === "merge") {
    // 并案: one lead unit handles the chosen suggestions together; each still gets its own reply.
    return runWorkflow("/office/assign", (actor) => mergeSuggestions({ actor }, { suggestionIds, leadUnitCode }), "office.assign.merged");
  }
  // The lead unit ticked among the co-handling units too is only the lead.
  const co = coUnitCodes.filter((c) => c !== leadUnitCode);
  return runWorkflow(
    "/office/assign",
    (actor) => assignBatch({ actor }, { suggestionIds, leadUnitCode, coUnitCodes: co }),
    "office.assign.done",
  );
}
