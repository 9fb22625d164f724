"use server";
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { assignBatch } from "@/lib/workflow/assign";

/** Assigns every ticked suggestion to the chosen lead unit and co-handling units, all or nothing. */
export async function assignBatchAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const leadUnitCode = String(form.get("leadUnitCode") ?? "");
  const coUnitCodes = form.getAll("coUnitCodes").map(String).filter((c) => c && c !== leadUnitCode);
  const suggestionIds = form.getAll("suggestionIds").map(String);
  return runWorkflow("/office/assign", (actor) => assignBatch({ actor }, { suggestionIds, leadUnitCode, coUnitCodes }), "office.assign.done");
}
