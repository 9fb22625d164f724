"use client";
import { startTransition, useActionState, useEffect, useId, useMemo, useRef } from "react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { ConfirmDialog, type ConfirmDialogHandle } from "@/components/ui/confirm-dialog";
import type { ActionState } from "@/lib/actions/result";
import { useT } from "@/lib/i18n/client";
import { guardAction } from "./guarded-action";

interface Props {
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  hidden: Record<string, string | number | undefined>;
  submitLabel: string;
  /** Field name → its label, to name the fields in error messages. */
  labels?: Record<string, string>;
  variant?: "primary" | "secondary" | "danger";
  children?: React.ReactNode;
  className?: string;
  /** Further submit buttons (with their own name/value) beside the main one. */
  extraButtons?: React.ReactNode;
  /** For an irreversible act: the question a confirmation dialog asks before anything is sent. */
  confirm?: string;
}

type Control = HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;

/** Marks the controls the server refused (aria-invalid) and points them at the list of errors. */
function markInvalid(form: HTMLFormElement, fields: Record<string, string> | undefined, errorsId: string) {
  const bad = new Set(Object.keys(fields ?? {}).map((f) => f.split(".")[0]));
  for (const element of Array.from(form.elements)) {
    if (!(element instanceof HTMLInputElement || element instanceof HTMLSelectElement || element instanceof HTMLTextAreaElement)) continue;
    const control: Control = element;
    // A picker's visible box names its field in data-field (the value travels in hidden inputs).
    const name = control.name || control.dataset.field;
    if (control.type === "hidden" || !name) continue;
    const described = (control.getAttribute("aria-describedby") ?? "").split(/\s+/).filter((id) => id && id !== errorsId);
    if (bad.has(name.split(".")[0])) {
      control.setAttribute("aria-invalid", "true");
      described.push(errorsId);
    } else {
      control.removeAttribute("aria-invalid");
    }
    if (described.length) control.setAttribute("aria-describedby", described.join(" "));
    else control.removeAttribute("aria-describedby");
  }
}

/**
 * A form bound to a workflow server action, showing its outcome (and field errors) in an ARIA live region.
 * While the action runs the button is aria-disabled rather than disabled, so a keyboard user who pressed it
 * keeps their place (a disabled button drops the focus to the page).
 */
export function ActionForm({ action, hidden, submitLabel, labels = {}, variant, children, className = "", extraButtons, confirm }: Props) {
  const t = useT();
  // Over Next's 1 MB action limit (or unreachable), a message in the form rather than the error page.
  const guarded = useMemo(() => guardAction(action, t), [action, t]);
  const [state, formAction, pending] = useActionState(guarded, { ok: true });
  const formRef = useRef<HTMLFormElement>(null);
  const errorsId = `${useId()}-errors`;
  const confirmRef = useRef<ConfirmDialogHandle>(null);
  // Submitting through onSubmit (not the action prop) keeps what the user typed when the server refuses it;
  // the form is cleared only after a success.
  useEffect(() => {
    if (state.ok && state.message) formRef.current?.reset();
    if (formRef.current) markInvalid(formRef.current, state.fields, errorsId);
  }, [state, errorsId]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pending) return;
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    // The browser has already checked the required fields; the question comes after, then the act.
    if (confirm) confirmRef.current?.open(() => startTransition(() => formAction(data)));
    else startTransition(() => formAction(data));
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} className={`space-y-3 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <div className="flex items-center gap-3">
        <Button type="submit" aria-disabled={pending || undefined} variant={variant}>
          {submitLabel}
        </Button>
        {extraButtons}
        {confirm && (
          <ConfirmDialog
            ref={confirmRef}
            title={submitLabel}
            message={confirm}
            confirmLabel={submitLabel}
            variant={variant === "danger" ? "danger" : "primary"}
          />
        )}
        <div aria-live="polite" className="text-sm">
          {state.message && (
            <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
              {state.message}
            </p>
          )}
          {state.ok && state.links && (
            <p className="flex flex-wrap gap-3">
              {state.links.map((l) => (
                <Link key={l.href} href={l.href} className="text-brand-700 underline">
                  {l.label}
                </Link>
              ))}
            </p>
          )}
        </div>
      </div>
      {state.fields && (
        <ul id={errorsId} className="list-disc pl-5 text-sm text-red-800">
          {Object.entries(state.fields).map(([field, message]) => (
            <li key={field}>{`${labels[field.split(".")[0] ?? field] ?? field}：${message}`}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
