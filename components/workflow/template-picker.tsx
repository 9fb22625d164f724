"use client";
import { useId } from "react";
import { useT } from "@/lib/i18n/client";

const TEMPLATES = ["A", "B", "C", "D"] as const;

/** Starts a reply from a standard template: fills the reply text (asking first if something is written). */
export function TemplatePicker() {
  const t = useT();
  const id = useId();
  return (
    <div>
      <label htmlFor={id} className="mb-1 block text-sm font-medium text-gray-800">{t("work.reply.template")}</label>
      <select
        id={id}
        defaultValue=""
        className="rounded border border-gray-400 bg-white px-3 py-2 text-sm"
        onChange={(event) => {
          const key = event.currentTarget.value as (typeof TEMPLATES)[number] | "";
          const text = event.currentTarget.form?.elements.namedItem("text");
          if (!key || !(text instanceof HTMLTextAreaElement)) return;
          if (text.value.trim() && !window.confirm(t("work.templates.replaceConfirm"))) return;
          text.value = t(`work.templates.${key}`);
          const category = event.currentTarget.form?.elements.namedItem("category");
          if (category instanceof HTMLSelectElement) category.value = key;
          text.focus();
        }}
      >
        <option value="">{t("work.templates.none")}</option>
        {TEMPLATES.map((k) => <option key={k} value={k}>{t(`work.templates.label${k}`)}</option>)}
      </select>
    </div>
  );
}
