"use server";
import { formValues, runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { failure } from "@/lib/actions/result";
import { createApiToken, revokeApiToken, setUserActive } from "@/lib/admin/accounts";
import { requireActor } from "@/lib/auth/current";
import { formatDate } from "@/lib/format";
import { resetPassword } from "@/lib/auth/password-change";
import { getT } from "@/lib/i18n/server";
import { createDeputy, createSession, createUnit, createUser } from "@/lib/workflow/admin";
import { revalidatePath } from "next/cache";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export const createUserAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/users", (actor) => createUser({ actor }, { username: v.username ?? "", password: form.get("password")?.toString() ?? "", name: v.name ?? "", role: (v.role ?? "") as never, unitCode: v.unitCode, deputyId: v.deputyId, phone: v.phone }));
};

export const createUnitAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/units", (actor) => createUnit({ actor }, { code: v.code ?? "", name: v.name ?? "", kind: (v.kind ?? "") as never, docPrefix: v.docPrefix }));
};

export const createSessionAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/sessions", (actor) => createSession({ actor }, { code: v.code ?? "", name: v.name ?? "", year: v.year ?? "", replyDays: v.replyDays } as never));
};

export const createDeputyAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/deputies", (actor) => createDeputy({ actor }, { name: v.name ?? "", delegation: v.delegation ?? "", code: v.code }));
};

export const toggleUserAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/users", (actor) => setUserActive({ actor }, v.userId ?? "", v.active === "true"));
};

export const revokeTokenAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/tokens", (actor) => revokeApiToken({ actor }, v.tokenId ?? ""));
};

/** The new token is shown once, in the action's answer; only its hash is stored. */
export const createTokenAction: Action = async (_p, form) => {
  const actor = await requireActor();
  const t = await getT();
  const v = formValues(form);
  try {
    const { token, expiresAt } = await createApiToken({ actor }, { username: v.username ?? "", name: v.name ?? "", days: v.days ?? "" });
    revalidatePath("/admin/tokens");
    return { ok: true, message: t("admin.tokens.created", { token, expiresAt: formatDate(expiresAt) }) };
  } catch (error) {
    return failure(error, t);
  }
};

/** A temporary password: the user's sessions and tokens end, and the next sign-in must change it. */
export const resetPasswordAction: Action = async (_p, form) => {
  const v = formValues(form);
  return runWorkflow("/admin/users", (actor) => resetPassword({ actor }, { userId: v.userId ?? "", password: form.get("password")?.toString() ?? "" }), "account.reset.done");
};
