// Reads an uploaded .xlsx or .csv into rows of cell texts, within the limits of ./table.ts.
import ExcelJS from "exceljs";
import { DomainError } from "@/lib/errors";
import { decodeCsv, parseCsv } from "./csv";
import { MAX_ROWS, type Table } from "./table";
import { formatCalendarDate } from "./values";
import { guardXlsx } from "./zip-guard";

export type { Table } from "./table";

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  // exceljs turns an Excel date cell (a day count, no time zone) into that day's UTC midnight: the UTC
  // fields are the calendar date the cell shows.
  if (value instanceof Date) {
    if (Number.isNaN(value.getTime())) return "";
    return formatCalendarDate({ year: value.getUTCFullYear(), month: value.getUTCMonth() + 1, day: value.getUTCDate() });
  }
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

export async function parseXlsx(data: Buffer): Promise<Table> {
  await guardXlsx(data);
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as unknown as ArrayBuffer);
  } catch {
    throw new DomainError("INVALID", "office.import.errors.unreadable");
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) throw new DomainError("INVALID", "office.import.errors.empty");
  const rows: Table = [];
  sheet.eachRow({ includeEmpty: false }, (row) => {
    const values = row.values as ExcelJS.CellValue[]; // 1-based
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c]).trim());
    if (cells.some((cell) => cell !== "")) rows.push(cells);
  });
  return rows;
}

export async function readTable(fileName: string, data: ArrayBuffer | Buffer): Promise<Table> {
  const bytes = Buffer.isBuffer(data) ? data : Buffer.from(data);
  const lower = fileName.toLowerCase();
  let table: Table;
  if (lower.endsWith(".xlsx")) table = await parseXlsx(bytes);
  else if (lower.endsWith(".csv")) table = parseCsv(decodeCsv(bytes).text);
  else throw new DomainError("INVALID", "office.import.errors.unsupportedType");
  if (table.length - 1 > MAX_ROWS) throw new DomainError("INVALID", "office.import.errors.tooManyRows", undefined, { max: MAX_ROWS });
  return table;
}
