"use server";
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { assignBatch } from "@/lib/workflow/assign";
import { mergeSuggestions } from "@/lib/workflow/requests";

/** Assigns every ticked suggestion to the chosen lead unit and co-handling units, all or nothing. */
export async function assignBatchAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const leadUnitCode = String(form.get("leadUnitCode") ?? "");
  const coUnitCodes = form.getAll("coUnitCodes").map(String).filter((c) => c && c !== leadUnitCode);
  const suggestionIds = form.getAll("suggestionIds").map(String);
  if (form.get("intent") === "merge") {
    // 并案: one lead unit handles the chosen suggestions together; each still gets its own reply.
    return runWorkflow("/office/assign", (actor) => mergeSuggestions({ actor }, { suggestionIds, leadUnitCode }), "office.assign.merged");
  }
  return runWorkflow("/office/assign", (actor) => assignBatch({ actor }, { suggestionIds, leadUnitCode, coUnitCodes }), "office.assign.done");
}
