"use client";
import { forwardRef, useId, useImperativeHandle, useRef } from "react";
import { Button } from "@/components/ui/button";
import { useT } from "@/lib/i18n/client";

export interface ConfirmDialogHandle {
  /** Opens the dialog; `onConfirm` runs only when the user confirms. */
  open(onConfirm: () => void): void;
}

interface Props {
  title: string;
  message: string;
  confirmLabel?: string;
  variant?: "primary" | "danger";
}

/**
 * A native modal <dialog> asking before an irreversible act. showModal() moves the focus in (to 取消, the safe
 * choice) and makes the page behind inert; Esc cancels; on close the focus goes back to what opened it.
 */
export const ConfirmDialog = forwardRef<ConfirmDialogHandle, Props>(function ConfirmDialog(
  { title, message, confirmLabel, variant = "primary" },
  ref,
) {
  const t = useT();
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const pending = useRef<{ onConfirm: () => void; returnTo: Element | null } | null>(null);
  useImperativeHandle(ref, () => ({
    open(onConfirm) {
      pending.current = { onConfirm, returnTo: document.activeElement };
      dialog.current?.showModal();
    },
  }));
  const onClose = () => {
    const returnTo = pending.current?.returnTo;
    pending.current = null;
    if (returnTo instanceof HTMLElement) returnTo.focus();
  };
  const confirm = () => {
    const action = pending.current?.onConfirm;
    dialog.current?.close();
    action?.();
  };
  return (
    <dialog
      ref={dialog}
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-message`}
      onClose={onClose}
      className="m-auto max-w-md rounded bg-white p-5 shadow-xl backdrop:bg-black/40"
    >
      <h2 id={`${id}-title`} className="mb-2 text-lg font-semibold">
        {title}
      </h2>
      <p id={`${id}-message`} className="mb-4 text-sm text-gray-800">
        {message}
      </p>
      <div className="flex justify-end gap-3">
        <Button type="button" variant="secondary" onClick={() => dialog.current?.close()}>
          {t("common.confirm.cancel")}
        </Button>
        <Button type="button" variant={variant} onClick={confirm}>
          {confirmLabel ?? t("common.confirm.ok")}
        </Button>
      </div>
    </dialog>
  );
});
