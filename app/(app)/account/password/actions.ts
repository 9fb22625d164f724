"use server";
import { revalidatePath } from "next/cache";
import { headers } from "next/headers";
import { failure, type ActionState } from "@/lib/actions/result";
import { clientAddress } from "@/lib/auth/client-address";
import { requireAccount } from "@/lib/auth/current";
import { changeOwnPassword } from "@/lib/auth/password-change";
import { reissueSessionCookie } from "@/lib/auth/session-cookie";
import { getT } from "@/lib/i18n/server";
import { changePasswordInput } from "@/lib/validation/account";
import { readForm } from "@/lib/validation/form";

/** Not runWorkflow: that one sends a user whose password must change here, and this is where they must be. */
export async function changePasswordAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { actor } = await requireAccount();
  const t = await getT();
  try {
    const input = readForm(changePasswordInput, form);
    const { sessionVersion } = await changeOwnPassword({ actor }, input, clientAddress(await headers()));
    // Every session is over now; this browser's goes on with a cookie of the new version.
    await reissueSessionCookie(sessionVersion);
  } catch (error) {
    return failure(error, t);
  }
  revalidatePath("/", "layout");
  return { ok: true, message: t("account.password.done") };
}
