// What server actions hand back to forms (useActionState): a translated message and per-field messages.
import { DomainError, isRefusedData } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/catalogue";

export interface ActionState {
  ok: boolean;
  message?: string;
  fields?: Record<string, string>;
}

/** Expected failures carry their user-facing message; anything else is logged and answered generically. */
export function failure(error: unknown, t: Translate): ActionState {
  if (error instanceof DomainError) {
    const fields = error.fields ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, t(v)])) : undefined;
    return { ok: false, message: t(error.messageKey, error.params), fields };
  }
  if (isRefusedData(error)) return { ok: false, message: t("errors.invalid") }; // bad input the database refused
  console.error(error);
  return { ok: false, message: t("errors.internal") };
}
