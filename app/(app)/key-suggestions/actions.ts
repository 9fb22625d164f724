"use server";
// The acts of key suggestions led by provincial leaders (领导领办), made from a suggestion's page: the office
// assigns, moves or ends the leader's lead; the lead unit reports progress to the leader. The workflow
// functions authorize, validate and apply the rules; these read the form through the act's schema.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { readForm } from "@/lib/validation/form";
import { targetForm } from "@/lib/validation/forms";
import { assignKeyInput, progressReportInput } from "@/lib/validation/keys";
import { assignKeyLeader, reportKeyProgress } from "@/lib/workflow/keys";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

const targetOf = (form: FormData) => {
  const { suggestionId, version } = readForm(targetForm, form);
  return { suggestionId, version, path: `/suggestions/${suggestionId}` };
};

export const assignKeyLeaderAction: Action = async (_p, form) => {
  const { suggestionId, version, path } = targetOf(form);
  const input = readForm(assignKeyInput, form);
  return runWorkflow(path, (actor) => assignKeyLeader({ actor }, suggestionId, { ...input, expectedVersion: version }));
};

export const keyProgressReportAction: Action = async (_p, form) => {
  const { suggestionId, path } = targetOf(form);
  return runWorkflow(path, (actor) => reportKeyProgress({ actor }, suggestionId, readForm(progressReportInput, form)));
};
