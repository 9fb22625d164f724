"use server";
// The office's standing decision and merge corrections from the detail page (issue 11). The workflow functions
// authorize, validate and apply the rules; these read the forms through their schemas and add the hidden ids.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { suggestionIdsForMerge } from "@/lib/data/standing";
import { readForm } from "@/lib/validation/form";
import { targetForm } from "@/lib/validation/forms";
import { extendMergeForm, numbersOf, standingInput, undoMergeForm } from "@/lib/validation/standing";
import { extendMerge, undoMerge } from "@/lib/workflow/merge-corrections";
import { decideStanding } from "@/lib/workflow/standing";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

const target = (form: FormData) => {
  const t = readForm(targetForm, form);
  return { suggestionId: t.suggestionId, version: t.version, path: `/suggestions/${t.suggestionId}` };
};

export const standingAction: Action = async (_p, form) => {
  const { suggestionId, version, path } = target(form);
  const input = readForm(standingInput, form);
  const done = input.standing === "SUGGESTION" ? "standing.panel.restored" : "standing.panel.done";
  return runWorkflow(path, (actor) => decideStanding({ actor }, suggestionId, { ...input, expectedVersion: version }), done);
};

export const undoMergeAction: Action = async (_p, form) => {
  const { suggestionId, version, path } = target(form);
  const { groupId, whole, reason } = readForm(undoMergeForm, form);
  const items = whole ? undefined : [{ suggestionId, expectedVersion: version }];
  return runWorkflow(path, (actor) => undoMerge({ actor }, groupId, { reason, items }), "standing.merge.undone");
};

export const extendMergeAction: Action = async (_p, form) => {
  const { path } = target(form);
  const { groupId, numbers, reason } = readForm(extendMergeForm, form);
  return runWorkflow(
    path,
    async (actor) => {
      const ids = await suggestionIdsForMerge(actor, groupId, numbersOf(numbers));
      return extendMerge({ actor }, groupId, { reason, items: ids.map((suggestionId) => ({ suggestionId })) });
    },
    "standing.merge.extended",
  );
};
