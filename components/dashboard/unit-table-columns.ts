// The handling table's columns: what each shows, and which catalogue text defines it (SPEC §4).
import type { UnitSortKey } from "@/lib/reports/report-query";
import { STAT_DEFINITIONS, UNIT_TABLE_DEFINITIONS } from "@/lib/stats/definitions";
import { formatRate } from "@/lib/stats/percentages";
import type { UnitRow } from "@/lib/stats/unit-table";

export interface UnitColumn {
  key: UnitSortKey;
  /** Catalogue key of the definition, shown as a tooltip and a footnote. */
  definition?: string;
  numeric: boolean;
  value: (row: UnitRow) => string | number;
}

const rate = (value: number | null) => (value === null ? "—" : `${formatRate(value)}%`);

export const UNIT_COLUMNS: UnitColumn[] = [
  { key: "name", numeric: false, value: (r) => r.name },
  { key: "kind", numeric: false, value: (r) => r.kind },
  { key: "lead", definition: UNIT_TABLE_DEFINITIONS.lead, numeric: true, value: (r) => r.lead },
  { key: "co", definition: UNIT_TABLE_DEFINITIONS.co, numeric: true, value: (r) => r.co },
  { key: "replied", definition: UNIT_TABLE_DEFINITIONS.replied, numeric: true, value: (r) => r.replied },
  { key: "onTime", definition: UNIT_TABLE_DEFINITIONS.onTime, numeric: true, value: (r) => `${r.onTime} / ${r.signed}` },
  { key: "onTimeRate", definition: STAT_DEFINITIONS.onTimeRate, numeric: true, value: (r) => rate(r.onTimeRate) },
  { key: "overdue", definition: UNIT_TABLE_DEFINITIONS.overdue, numeric: true, value: (r) => r.overdue },
  { key: "A", definition: UNIT_TABLE_DEFINITIONS.categories, numeric: true, value: (r) => r.categories.A },
  { key: "B", numeric: true, value: (r) => r.categories.B },
  { key: "C", numeric: true, value: (r) => r.categories.C },
  { key: "D", numeric: true, value: (r) => r.categories.D },
  { key: "satisfactionRate", definition: UNIT_TABLE_DEFINITIONS.satisfactionRate, numeric: true, value: (r) => rate(r.satisfactionRate) },
  {
    key: "avgDaysToReply",
    definition: UNIT_TABLE_DEFINITIONS.avgDaysToReply,
    numeric: true,
    value: (r) => r.avgDaysToReply?.toFixed(1) ?? "—",
  },
];

/** The categories' columns share one definition. */
export const definitionOf = (key: UnitSortKey) =>
  UNIT_COLUMNS.find((c) => c.key === key)?.definition ?? (["B", "C", "D"].includes(key) ? UNIT_TABLE_DEFINITIONS.categories : undefined);
