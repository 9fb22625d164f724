// Server actions keep Next's own 1 MB body limit. Beyond it Next refuses the request with an error the
// browser only sees as a failed action, which would replace the page with the generic error page. So a form
// whose fields add up to more is stopped here with a clear message, and any other failure to reach the
// server (network, the limit itself) is shown in the form, which keeps what the user typed.
import type { ActionState } from "@/lib/actions/result";
import type { Translate } from "@/lib/i18n/catalogue";

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

/** Next's default `serverActions.bodySizeLimit`, less room for the multipart envelope and the action id. */
export const ACTION_BODY_BYTES = 1024 * 1024 - 16 * 1024;

/** What the form will weigh on the wire, multipart part headers included (an upper estimate). */
export function formDataBytes(form: FormData): number {
  const encoder = new TextEncoder();
  let bytes = 0;
  for (const [name, value] of form.entries()) {
    bytes += 128 + encoder.encode(name).byteLength + (typeof value === "string" ? encoder.encode(value).byteLength : value.size);
  }
  return bytes;
}

/** Next's own control flow (redirect(), notFound()) travels as errors with these digests: let it through. */
const isNextSignal = (error: unknown) =>
  typeof error === "object" &&
  error !== null &&
  typeof (error as { digest?: unknown }).digest === "string" &&
  /^NEXT_/.test((error as { digest: string }).digest);

export function guardAction(action: Action, t: Translate): Action {
  return async (prev, form) => {
    if (formDataBytes(form) > ACTION_BODY_BYTES) return { ok: false, message: t("errors.actionTooLarge") };
    try {
      return await action(prev, form);
    } catch (error) {
      if (isNextSignal(error)) throw error;
      return { ok: false, message: t("errors.actionFailed") };
    }
  };
}
