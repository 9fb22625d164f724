// The SPEC §7 import format: Chinese headers, one suggestion per row. Every cell is checked on its own, so
// one pass lists every problem of the file; errors name the row (as the spreadsheet numbers it) and the column.
import { z } from "zod";
import type { Table } from "./table";
import { chinaMidnight, parseCalendarDate, parseYesNo, splitNames } from "./values";

export const COLUMNS = {
  number: "建议编号",
  title: "标题",
  leadDeputy: "领衔代表",
  delegation: "代表团",
  coSigners: "附议代表",
  content: "内容",
  field: "领域",
  submittedAt: "提出日期",
  urgent: "急办",
  confidential: "保密",
  leadUnit: "主办单位",
  coUnits: "会办单位",
} as const;
export type ColumnKey = keyof typeof COLUMNS;
const REQUIRED: ColumnKey[] = ["number", "title", "leadDeputy", "delegation", "content"];
const ORDER = Object.keys(COLUMNS) as ColumnKey[];

const yesNo = z.string().transform((v, ctx) => parseYesNo(v) ?? (ctx.addIssue({ code: "custom", message: "badYesNo" }), z.NEVER));
const date = z.string().transform((v, ctx) => {
  if (v.trim() === "") return null;
  const day = parseCalendarDate(v);
  if (!day) ctx.addIssue({ code: "custom", message: "badDate" });
  return day ? chinaMidnight(day) : null;
});

/** A suggestion's number as a file gives it (the import's and the distribution plan's 建议编号 column). */
export const numberCell = z
  .string()
  .trim()
  .min(1, "required")
  .max(32, "tooLong")
  .regex(/^[\w-]+$/, "badNumber");

const FIELDS = {
  number: numberCell,
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  leadDeputy: z.string().trim().min(1, "required").max(50, "tooLong"),
  delegation: z.string().trim().min(1, "required").max(50, "tooLong"),
  coSigners: z.string().transform(splitNames),
  content: z.string().trim().min(1, "required").max(20000, "tooLong"),
  field: z
    .string()
    .trim()
    .max(20, "tooLong")
    .transform((v) => v || "其他"),
  submittedAt: date,
  urgent: yesNo,
  confidential: yesNo,
  leadUnit: z.string().trim().max(100, "tooLong"),
  coUnits: z.string().transform(splitNames),
} satisfies Record<ColumnKey, z.ZodType>;

/** What a cell holds when it could not be read: the row is in error anyway, the other cells are still checked. */
const FALLBACK = {
  number: "",
  title: "",
  leadDeputy: "",
  delegation: "",
  coSigners: [],
  content: "",
  field: "其他",
  submittedAt: null,
  urgent: false,
  confidential: false,
  leadUnit: "",
  coUnits: [],
};

export type SuggestionRow = { [K in ColumnKey]: z.output<(typeof FIELDS)[K]> } & { row: number };
export interface RowError {
  row: number;
  column: string;
  /** A key under office.import.errors */
  messageKey: string;
  params?: Record<string, string | number>;
}

const cellError = (row: number, key: ColumnKey, name: string, params?: RowError["params"]): RowError => ({
  row,
  column: COLUMNS[key],
  messageKey: `office.import.errors.cell.${name}`,
  ...(params ? { params } : {}),
});
export { cellError };

/** Errors in the order a person reads the sheet: by row, then by column. */
export const sortErrors = (errors: RowError[]) =>
  [...errors].sort(
    (a, b) => a.row - b.row || ORDER.findIndex((k) => COLUMNS[k] === a.column) - ORDER.findIndex((k) => COLUMNS[k] === b.column),
  );

/** Every row read cell by cell; `headerErrors` when the table cannot be read at all (no data, a required column missing). */
export function validateSuggestionTable(table: Table): { rows: SuggestionRow[]; errors: RowError[]; headerErrors: boolean } {
  const errors: RowError[] = [];
  const [header = [], ...body] = table;
  const index = new Map<ColumnKey, number>();
  for (const key of ORDER) {
    const at = header.findIndex((h) => h.replace(/^\uFEFF/, "").trim() === COLUMNS[key]);
    if (at >= 0) index.set(key, at);
    else if (REQUIRED.includes(key)) errors.push(cellError(1, key, "missingColumn"));
  }
  if (errors.length) return { rows: [], errors, headerErrors: true };
  if (body.length === 0)
    return { rows: [], errors: [{ row: 1, column: "", messageKey: "office.import.errors.empty" }], headerErrors: true };

  const rows: SuggestionRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2; // the header is row 1
    const values: Record<string, unknown> = { row };
    for (const key of ORDER) {
      const parsed = FIELDS[key].safeParse(index.has(key) ? (cells[index.get(key)!] ?? "") : "");
      if (parsed.success) values[key] = parsed.data;
      else {
        errors.push(cellError(row, key, parsed.error.issues[0]?.message ?? ""));
        values[key] = FALLBACK[key];
      }
    }
    const parsed = values as SuggestionRow;
    if (parsed.number) {
      if (seen.has(parsed.number)) errors.push(cellError(row, "number", "duplicateInFile", { row: seen.get(parsed.number)! }));
      else seen.set(parsed.number, row);
    }
    if (parsed.coUnits.length && !parsed.leadUnit) errors.push(cellError(row, "leadUnit", "coWithoutLead"));
    rows.push(parsed);
  });
  return { rows, errors, headerErrors: false };
}
