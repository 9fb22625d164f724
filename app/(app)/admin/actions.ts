"use server";
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { failure } from "@/lib/actions/result";
import { createApiToken, revokeApiToken, setUserActive } from "@/lib/admin/accounts";
import { requireActor } from "@/lib/auth/current";
import { formatDate } from "@/lib/format";
import { resetPassword } from "@/lib/auth/password-change";
import { getT } from "@/lib/i18n/server";
import { resetPasswordInput } from "@/lib/validation/account";
import { createDeputyInput, createSessionInput, createTokenInput, createUnitInput, createUserInput } from "@/lib/validation/admin";
import { readForm } from "@/lib/validation/form";
import { tokenForm, userActiveForm } from "@/lib/validation/forms";
import { createDeputy, createSession, createUnit, createUser } from "@/lib/workflow/admin";
import { revalidatePath } from "next/cache";
import {
  adminEditForm,
  unitActiveForm,
  updateDeputyInput,
  updateSessionInput,
  updateUnitInput,
  updateUserInput,
} from "@/lib/validation/admin-edits";
import { updateDeputy, updateSession } from "@/lib/workflow/admin-records";
import { updateUnit } from "@/lib/workflow/admin-units";
import { updateUser } from "@/lib/workflow/admin-users";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export const createUserAction: Action = async (_p, form) =>
  runWorkflow("/admin/users", (actor) => createUser({ actor }, readForm(createUserInput, form)));

export const createUnitAction: Action = async (_p, form) =>
  runWorkflow("/admin/units", (actor) => createUnit({ actor }, readForm(createUnitInput, form)));

export const createSessionAction: Action = async (_p, form) =>
  runWorkflow("/admin/sessions", (actor) => createSession({ actor }, readForm(createSessionInput, form)));

export const createDeputyAction: Action = async (_p, form) =>
  runWorkflow("/admin/deputies", (actor) => createDeputy({ actor }, readForm(createDeputyInput, form)));

export const toggleUserAction: Action = async (_p, form) => {
  const { userId, active } = readForm(userActiveForm, form);
  return runWorkflow("/admin/users", (actor) => setUserActive({ actor }, userId, active));
};

export const revokeTokenAction: Action = async (_p, form) => {
  const { tokenId } = readForm(tokenForm, form);
  return runWorkflow("/admin/tokens", (actor) => revokeApiToken({ actor }, tokenId));
};

/** The new token is shown once, in the action's answer; only its hash is stored. */
export const createTokenAction: Action = async (_p, form) => {
  const actor = await requireActor();
  const t = await getT();
  try {
    const { token, expiresAt } = await createApiToken({ actor }, readForm(createTokenInput, form));
    revalidatePath("/admin/tokens");
    return { ok: true, message: t("admin.tokens.created", { token, expiresAt: formatDate(expiresAt) }) };
  } catch (error) {
    return failure(error, t);
  }
};

/** A temporary password: the user's sessions and tokens end, and the next sign-in must change it. */
export const resetPasswordAction: Action = async (_p, form) =>
  runWorkflow("/admin/users", (actor) => resetPassword({ actor }, readForm(resetPasswordInput, form)), "account.reset.done");

// The administration edits (issue 11), one per admin list. A form sends every field it shows, so an optional
// field left empty clears the value (null) and a required one left empty is refused ("" → 必填), where the
// API's PATCH would keep a field it leaves out.
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
