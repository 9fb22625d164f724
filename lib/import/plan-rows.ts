// A distribution plan file (分办方案, issue 11): one row per suggestion already registered — its number, the lead
// unit and any co-handling units. Read like the import (lib/import/read-table.ts: .xlsx, UTF-8 or GB18030 CSV);
// every cell is checked on its own so one pass lists every problem, by row and column, in the import's words.
import { z } from "zod";
import { numberCell, type RowError } from "./suggestion-rows";
import type { Table } from "./table";
import { splitNames } from "./values";

export const PLAN_COLUMNS = { number: "建议编号", leadUnit: "主办单位", coUnits: "会办单位" } as const;
export type PlanColumn = keyof typeof PLAN_COLUMNS;
const ORDER = Object.keys(PLAN_COLUMNS) as PlanColumn[];

const FIELDS = {
  number: numberCell,
  leadUnit: z.string().trim().min(1, "required").max(100, "tooLong"),
  coUnits: z.string().transform(splitNames),
} satisfies Record<PlanColumn, z.ZodType>;

export interface PlanRow {
  row: number;
  number: string;
  leadUnit: string;
  coUnits: string[];
}

/** A problem of one cell; `key` under office.import.errors.cell (the import's) unless it names another catalogue. */
export const planError = (row: number, column: PlanColumn, key: string, params?: RowError["params"]): RowError => ({
  row,
  column: PLAN_COLUMNS[column],
  messageKey: key.includes(".") ? key : `office.import.errors.cell.${key}`,
  ...(params ? { params } : {}),
});

/** Errors in the order a person reads the sheet: by row, then by column. */
export const sortPlanErrors = (errors: RowError[]) =>
  [...errors].sort(
    (a, b) => a.row - b.row || ORDER.findIndex((k) => PLAN_COLUMNS[k] === a.column) - ORDER.findIndex((k) => PLAN_COLUMNS[k] === b.column),
  );

/** Every row read cell by cell; `headerErrors` when the table cannot be read at all. */
export function validatePlanTable(table: Table): { rows: PlanRow[]; errors: RowError[]; headerErrors: boolean } {
  const [header = [], ...body] = table;
  const index = new Map<PlanColumn, number>();
  const errors: RowError[] = [];
  for (const key of ORDER) {
    const at = header.findIndex((h) => h.replace(/^\uFEFF/, "").trim() === PLAN_COLUMNS[key]);
    if (at >= 0) index.set(key, at);
    else if (key !== "coUnits") errors.push(planError(1, key, "missingColumn"));
  }
  if (errors.length) return { rows: [], errors, headerErrors: true };
  if (body.length === 0)
    return { rows: [], errors: [{ row: 1, column: "", messageKey: "office.import.errors.empty" }], headerErrors: true };
  return checkPlanRows(body.map((cells, i) => ({ row: i + 2, cells: (key: PlanColumn) => cells[index.get(key) ?? -1] ?? "" })));
}

/** The rows of a plan given as objects (the API), checked as the file's cells are. */
export function validatePlanItems(items: { number: unknown; leadUnit: unknown; coUnits?: unknown }[]) {
  return checkPlanRows(
    items.map((item, i) => ({
      row: i,
      cells: (key: PlanColumn) => {
        const value = item[key];
        return Array.isArray(value) ? value.join("、") : typeof value === "string" ? value : "";
      },
    })),
  );
}

function checkPlanRows(input: { row: number; cells: (key: PlanColumn) => string }[]) {
  const errors: RowError[] = [];
  const rows: PlanRow[] = [];
  const seen = new Map<string, number>();
  for (const { row, cells } of input) {
    const number = FIELDS.number.safeParse(cells("number"));
    const leadUnit = FIELDS.leadUnit.safeParse(cells("leadUnit"));
    const coUnits = FIELDS.coUnits.safeParse(cells("coUnits"));
    if (!number.success) errors.push(planError(row, "number", number.error.issues[0]?.message ?? "required"));
    if (!leadUnit.success) errors.push(planError(row, "leadUnit", leadUnit.error.issues[0]?.message ?? "required"));
    const parsed = { row, number: number.data ?? "", leadUnit: leadUnit.data ?? "", coUnits: coUnits.data ?? [] };
    if (parsed.number) {
      const first = seen.get(parsed.number);
      if (first !== undefined) errors.push(planError(row, "number", "duplicateInFile", { row: first }));
      else seen.set(parsed.number, row);
    }
    rows.push(parsed);
  }
  return { rows, errors, headerErrors: false };
}
