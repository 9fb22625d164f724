// Sorting the handling table by any of its columns (the URL's ?sort=), on the server: the screen, the
// printout and the .xlsx export list the units in the same order. Units without a value (no rate yet)
// always come last; ties keep the statistics module's order (departments, cities, others, by code).
import type { UnitRow } from "@/lib/stats/unit-table";
import type { UnitSort, UnitSortKey } from "./report-query";

const KIND_ORDER = { DEPARTMENT: 0, CITY: 1, OTHER: 2 } as const;
const collator = new Intl.Collator("zh-CN");

function valueOf(row: UnitRow, key: UnitSortKey): number | string | null {
  switch (key) {
    case "name":
      return row.name;
    case "kind":
      return KIND_ORDER[row.kind];
    case "A":
    case "B":
    case "C":
    case "D":
      return row.categories[key];
    default:
      return row[key];
  }
}

export function sortUnitRows(rows: readonly UnitRow[], sort: UnitSort | undefined): UnitRow[] {
  if (!sort) return [...rows];
  const descending = sort.startsWith("-");
  const key = (descending ? sort.slice(1) : sort) as UnitSortKey;
  const indexed = rows.map((row, index) => ({ row, index, value: valueOf(row, key) }));
  indexed.sort((a, b) => {
    if (a.value === null || b.value === null) {
      return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
    }
    const order = typeof a.value === "string" ? collator.compare(a.value, String(b.value)) : a.value - (b.value as number);
    return (descending ? -order : order) || a.index - b.index;
  });
  return indexed.map((entry) => entry.row);
}
