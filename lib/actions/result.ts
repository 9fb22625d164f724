// What server actions hand back to forms (useActionState): a translated message and per-field messages.
import { DomainError, isRefusedData } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/catalogue";
import { noteDatabaseError } from "@/lib/server/db-watch";
import { logError } from "@/lib/server/log";

export interface ActionState {
  ok: boolean;
  message?: string;
  fields?: Record<string, string>;
  /** Where to go next after a success (e.g. the suggestion just registered). */
  links?: { href: string; label: string }[];
}

/** Expected failures carry their user-facing message; anything else is logged and answered generically. */
export function failure(error: unknown, t: Translate): ActionState {
  if (error instanceof DomainError) {
    const fields = error.fields ? Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, t(v)])) : undefined;
    return { ok: false, message: t(error.messageKey, error.params), fields };
  }
  // The database is down or restarting: the act did not happen (one transaction), the form keeps its values.
  if (noteDatabaseError(error)) {
    logError("action", error, { status: 503 });
    return { ok: false, message: t("errors.unavailable") };
  }
  if (isRefusedData(error)) return { ok: false, message: t("errors.invalid") }; // bad input the database refused
  logError("action", error, { status: 500 });
  return { ok: false, message: t("errors.internal") };
}
