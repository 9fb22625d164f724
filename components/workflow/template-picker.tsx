"use client";
import { useId, useRef } from "react";
import { useSelectCommit } from "@/components/ui/use-select-commit";
import { useT } from "@/lib/i18n/client";

const TEMPLATES = ["A", "B", "C", "D"] as const;
type Key = (typeof TEMPLATES)[number];

/**
 * Starts a reply from a standard template: fills the reply text (asking first if something is written) and
 * the category. A template picked with the mouse applies at once; from the keyboard, arrowing through the
 * list changes nothing until Enter or the "apply" button.
 */
export function TemplatePicker() {
  const t = useT();
  const id = useId();
  const selectRef = useRef<HTMLSelectElement>(null);
  const apply = (select: HTMLSelectElement | null) => {
    const key = (select?.value ?? "") as Key | "";
    const form = select?.form;
    const text = form?.elements.namedItem("text");
    if (!key || !(text instanceof HTMLTextAreaElement)) return;
    if (text.value.trim() && !window.confirm(t("work.templates.replaceConfirm"))) return;
    text.value = t(`work.templates.${key}`);
    const category = form?.elements.namedItem("category");
    if (category instanceof HTMLSelectElement) category.value = key;
    text.focus();
  };
  const commit = useSelectCommit(apply);
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-gray-800">
        {t("work.reply.template")}
      </label>
      <div className="flex flex-wrap items-center gap-2">
        <select ref={selectRef} id={id} defaultValue="" className="rounded border border-gray-500 bg-white px-3 py-2 text-sm" {...commit}>
          <option value="">{t("work.templates.none")}</option>
          {TEMPLATES.map((k) => (
            <option key={k} value={k}>
              {t(`work.templates.label${k}`)}
            </option>
          ))}
        </select>
        <button
          type="button"
          onClick={() => apply(selectRef.current)}
          className="rounded border border-gray-500 bg-white px-3 py-2 text-sm text-gray-900 hover:bg-gray-100"
        >
          {t("work.reply.applyTemplate")}
        </button>
      </div>
    </div>
  );
}
