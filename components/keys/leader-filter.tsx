"use client";
// The office's choice of one leader on the key-suggestions page: a GET form, so the view is in the URL.
import { useId } from "react";
import { useSelectCommit } from "@/components/ui/use-select-commit";

interface Props {
  leaders: { id: string; name: string }[];
  current: string;
  label: string;
  allLabel: string;
  submitLabel: string;
}

export function LeaderFilter({ leaders, current, label, allLabel, submitLabel }: Props) {
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
          name="leader"
          defaultValue={current}
          {...commit}
          className="rounded border border-gray-500 bg-white px-3 py-2 text-sm"
        >
          <option value="">{allLabel}</option>
          {leaders.map((l) => (
            <option key={l.id} value={l.id}>
              {l.name}
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
