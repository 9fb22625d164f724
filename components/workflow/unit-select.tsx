"use client";
// A <select> of units whose options come as one JSON text (lib/json-text.ts). The office's pickers offer every
// active unit (128 in the demo, 1,500 at scale), and as <option>s rendered on the server each unit was ~80 bytes
// of the page's RSC payload beside its HTML, twice for the assignment form: the demo's suggestion page for the
// office was 84 kB and five times the sign-in page's cost under load (issue 12).
// The server's HTML holds only the chosen options; the others are added once the page is hydrated, which is
// before anyone can open the list (forms here submit through React), so the HTML does not carry 128 units twice.
import type { ComponentProps } from "react";
import { useChosenUntilHydrated } from "@/components/ui/after-hydration";
import type { JsonRecords } from "@/lib/json-text";
import { useJsonRecords } from "@/components/ui/use-json-text";

export interface UnitChoice {
  code: string;
  name: string;
}

export function UnitSelect({
  units,
  placeholder,
  ...select
}: Omit<ComponentProps<"select">, "children"> & { units: JsonRecords<UnitChoice>; placeholder?: string }) {
  const list = useJsonRecords(units);
  const chosen = new Set([select.value ?? select.defaultValue ?? []].flat().map(String));
  const shown = useChosenUntilHydrated(list, (u) => chosen.has(u.code));
  return (
    <select {...select}>
      {placeholder !== undefined && <option value="">{placeholder}</option>}
      {shown.map((u) => (
        <option key={u.code} value={u.code}>
          {u.name}
        </option>
      ))}
    </select>
  );
}
