// Reads an uploaded .xlsx or .csv (UTF-8, with or without BOM) into rows of strings.
import ExcelJS from "exceljs";
import { DomainError } from "@/lib/errors";

export type Table = string[][];

export function parseCsv(text: string): Table {
  const source = text.replace(/^\uFEFF/, "");
  const rows: Table = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < source.length; i++) {
    const ch = source[i];
    if (quoted) {
      if (ch === '"' && source[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === "") quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n" || ch === "\r") {
      if (ch === "\r" && source[i + 1] === "\n") i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else field += ch;
  }
  if (field !== "" || row.length) {
    row.push(field);
    rows.push(row);
  }
  return rows.filter((r) => r.some((cell) => cell.trim() !== ""));
}

function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") {
    if ("richText" in value) return value.richText.map((part) => part.text).join("");
    if ("text" in value) return String(value.text);
    if ("result" in value) return cellText(value.result as ExcelJS.CellValue);
    return "";
  }
  return String(value);
}

export async function parseXlsx(data: ArrayBuffer | Buffer): Promise<Table> {
  const workbook = new ExcelJS.Workbook();
  try {
    await workbook.xlsx.load(data as ArrayBuffer);
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
  const lower = fileName.toLowerCase();
  if (lower.endsWith(".xlsx")) return parseXlsx(data);
  if (lower.endsWith(".csv")) return parseCsv(new TextDecoder("utf-8").decode(data));
  throw new DomainError("INVALID", "office.import.errors.unsupportedType");
}
