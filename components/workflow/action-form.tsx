"use client";
import { startTransition, useActionState, useEffect, useRef } from "react";
import { Button } from "@/components/ui/button";
import type { ActionState } from "@/lib/actions/result";

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
}

/** A form bound to a workflow server action, showing its outcome (and field errors) in an ARIA live region. */
export function ActionForm({ action, hidden, submitLabel, labels = {}, variant, children, className = "", extraButtons }: Props) {
  const [state, formAction, pending] = useActionState(action, { ok: true });
  const formRef = useRef<HTMLFormElement>(null);
  // Submitting through onSubmit (not the action prop) keeps what the user typed when the server refuses it;
  // the form is cleared only after a success.
  useEffect(() => {
    if (state.ok && state.message) formRef.current?.reset();
  }, [state]);
  const onSubmit = (event: React.FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget, (event.nativeEvent as SubmitEvent).submitter);
    startTransition(() => formAction(data));
  };
  return (
    <form ref={formRef} onSubmit={onSubmit} className={`space-y-3 ${className}`}>
      {Object.entries(hidden).map(([name, value]) => value !== undefined && <input key={name} type="hidden" name={name} value={value} />)}
      {children}
      <div className="flex items-center gap-3">
        <Button type="submit" disabled={pending} variant={variant}>
          {submitLabel}
        </Button>
        {extraButtons}
        <div aria-live="polite" className="text-sm">
          {state.message && (
            <p role={state.ok ? "status" : "alert"} className={state.ok ? "text-green-800" : "text-red-800"}>
              {state.message}
            </p>
          )}
        </div>
      </div>
      {state.fields && (
        <ul className="list-disc pl-5 text-sm text-red-800">
          {Object.entries(state.fields).map(([field, message]) => (
            <li key={field}>{`${labels[field.split(".")[0]] ?? field}：${message}`}</li>
          ))}
        </ul>
      )}
    </form>
  );
}
