"use client";
import { useId } from "react";
import { useSelectCommit } from "@/components/ui/use-select-commit";

interface Props {
  sessions: { code: string; name: string }[];
  current: string;
  label: string;
  submitLabel: string;
}

/** A GET form: the chosen session is in the URL, so the view can be bookmarked and shared. */
export function SessionSwitch({ sessions, current, label, submitLabel }: Props) {
  const id = useId();
  const commit = useSelectCommit((select) => select.form?.requestSubmit());
  return (
    <form method="get" className="flex max-w-full flex-wrap items-end gap-2">
      <div className="min-w-0">
        <label htmlFor={id} className="mb-1 block text-sm font-medium">
          {label}
        </label>
        <select
          id={id}
          name="session"
          defaultValue={current}
          {...commit}
          className="rounded border border-gray-500 bg-white px-3 py-2 text-sm"
        >
          {sessions.map((s) => (
            <option key={s.code} value={s.code}>
              {`${s.name} (${s.code})`}
            </option>
          ))}
        </select>
      </div>
      <button type="submit" className="rounded border border-gray-500 bg-white px-3 py-2 text-sm">
        {submitLabel}
      </button>
    </form>
  );
}
