// The SPEC §7 import format: Chinese headers, one suggestion per row. Every row is validated before anything
// is written; errors name the row (as the spreadsheet numbers it) and the column.
import { z } from "zod";
import type { Table } from "./read-table";

export const COLUMNS = {
  number: "建议编号",
  title: "标题",
  leadDeputy: "领衔代表",
  delegation: "代表团",
  coSigners: "附议代表",
  content: "内容",
  field: "领域",
  submittedAt: "提出日期",
  leadUnit: "主办单位",
  coUnits: "会办单位",
} as const;
type ColumnKey = keyof typeof COLUMNS;
const REQUIRED: ColumnKey[] = ["number", "title", "leadDeputy", "delegation", "content"];

const names = (value: string) =>
  value.split(/[、;；,，]/).map((s) => s.trim()).filter(Boolean);

const rowSchema = z.object({
  number: z.string().trim().min(1, "required").max(32, "tooLong").regex(/^[\w-]+$/, "badNumber"),
  title: z.string().trim().min(1, "required").max(200, "tooLong"),
  leadDeputy: z.string().trim().min(1, "required").max(50, "tooLong"),
  delegation: z.string().trim().min(1, "required").max(50, "tooLong"),
  coSigners: z.string().transform(names),
  content: z.string().trim().min(1, "required").max(20000, "tooLong"),
  field: z.string().trim().max(20, "tooLong").transform((v) => v || "其他"),
  submittedAt: z
    .string()
    .trim()
    .refine((v) => v === "" || (/^\d{4}[-/.]\d{1,2}[-/.]\d{1,2}$/.test(v) && !Number.isNaN(Date.parse(v.replace(/[/.]/g, "-")))), "badDate")
    .transform((v) => (v ? new Date(`${v.replace(/[/.]/g, "-").replace(/-(\d)(?=-|$)/g, "-0$1")}T00:00:00+08:00`) : null)),
  leadUnit: z.string().trim().max(100, "tooLong"),
  coUnits: z.string().transform(names),
});

export type SuggestionRow = z.infer<typeof rowSchema> & { row: number };
export interface RowError {
  row: number;
  column: string;
  /** A key under office.import.errors.cell */
  messageKey: string;
}

export function validateSuggestionTable(table: Table): { rows: SuggestionRow[]; errors: RowError[] } {
  const errors: RowError[] = [];
  const [header = [], ...body] = table;
  const index = new Map<ColumnKey, number>();
  for (const [key, label] of Object.entries(COLUMNS) as [ColumnKey, string][]) {
    const at = header.findIndex((h) => h.replace(/^\uFEFF/, "").trim() === label);
    if (at >= 0) index.set(key, at);
    else if (REQUIRED.includes(key)) errors.push({ row: 1, column: label, messageKey: "office.import.errors.cell.missingColumn" });
  }
  if (errors.length) return { rows: [], errors };
  if (body.length === 0) return { rows: [], errors: [{ row: 1, column: "", messageKey: "office.import.errors.empty" }] };

  const rows: SuggestionRow[] = [];
  const seen = new Map<string, number>();
  body.forEach((cells, i) => {
    const row = i + 2; // the header is row 1
    const raw = Object.fromEntries(
      (Object.keys(COLUMNS) as ColumnKey[]).map((key) => [key, index.has(key) ? (cells[index.get(key)!] ?? "") : ""]),
    );
    const parsed = rowSchema.safeParse(raw);
    if (!parsed.success) {
      for (const issue of parsed.error.issues) {
        const key = issue.path[0] as ColumnKey;
        errors.push({ row, column: COLUMNS[key], messageKey: `office.import.errors.cell.${issue.message}` });
      }
      return;
    }
    const earlier = seen.get(parsed.data.number);
    if (earlier) errors.push({ row, column: COLUMNS.number, messageKey: "office.import.errors.cell.duplicateInFile" });
    seen.set(parsed.data.number, row);
    if (parsed.data.coUnits.length && !parsed.data.leadUnit) {
      errors.push({ row, column: COLUMNS.leadUnit, messageKey: "office.import.errors.cell.coWithoutLead" });
    }
    rows.push({ ...parsed.data, row });
  });
  return { rows, errors };
}
