"use server";
// The administration edits (issue 11), one per admin list. A form sends every field it shows, so an optional
// field left empty clears the value (null) and a required one left empty is refused ("" → 必填), where the
// API's PATCH would keep a field it leaves out.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import {
  adminEditForm,
  unitActiveForm,
  updateDeputyInput,
  updateSessionInput,
  updateUnitInput,
  updateUserInput,
} from "@/lib/validation/admin-edits";
import { readForm } from "@/lib/validation/form";
import { updateDeputy, updateSession } from "@/lib/workflow/admin-records";
import { updateUnit } from "@/lib/workflow/admin-units";
import { updateUser } from "@/lib/workflow/admin-users";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export const updateUserAction: Action = async (_p, form) => {
  const { target } = readForm(adminEditForm, form);
  const v = readForm(updateUserInput, form);
  const input = { ...v, name: v.name ?? "", unitCode: v.unitCode ?? null, deputyId: v.deputyId ?? null, phone: v.phone ?? null };
  return runWorkflow("/admin/users", (actor) => updateUser({ actor }, target, input), "admin.edit.saved");
};

export const updateUnitAction: Action = async (_p, form) => {
  const { target } = readForm(adminEditForm, form);
  const v = readForm(updateUnitInput, form);
  // The edit form has no active box: (de)activation is its own button.
  const input = { name: v.name ?? "", kind: v.kind, docPrefix: v.docPrefix ?? null, expectedVersion: v.expectedVersion };
  return runWorkflow("/admin/units", (actor) => updateUnit({ actor }, target, input), "admin.edit.saved");
};

export const setUnitActiveAction: Action = async (_p, form) => {
  const { target, version, active } = readForm(unitActiveForm, form);
  return runWorkflow("/admin/units", (actor) => updateUnit({ actor }, target, { active, expectedVersion: version }), "admin.edit.saved");
};

export const updateSessionAction: Action = async (_p, form) => {
  const { target } = readForm(adminEditForm, form);
  const v = readForm(updateSessionInput, form);
  const input = { ...v, name: v.name ?? "", replyDays: v.replyDays ?? "" };
  return runWorkflow("/admin/sessions", (actor) => updateSession({ actor }, target, input), "admin.edit.saved");
};

export const updateDeputyAction: Action = async (_p, form) => {
  const { target } = readForm(adminEditForm, form);
  const v = readForm(updateDeputyInput, form);
  const input = { ...v, name: v.name ?? "", delegation: v.delegation ?? "", code: v.code ?? null, phone: v.phone ?? null };
  return runWorkflow("/admin/deputies", (actor) => updateDeputy({ actor }, target, input), "admin.edit.saved");
};
