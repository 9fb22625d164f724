// Small helpers shared by the .xlsx exports: a header row that stands out and stays in view, column
// widths, rates as Excel percentages, dates in China Standard Time, and the file as a Buffer.
import ExcelJS from "exceljs";

export type Cell = string | number | Date | null | undefined;

export const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
/** Rates are fractions (0.667) shown as 66.7 %. */
export const PERCENT_FORMAT = "0.0%";
export const DATE_FORMAT = "yyyy-mm-dd hh:mm";

export function newWorkbook(): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = "jianyi-banli";
  workbook.created = new Date();
  return workbook;
}

export interface ColumnSpec {
  header: string;
  width?: number;
  /** Excel number format, e.g. PERCENT_FORMAT. */
  format?: string;
}

/** Sets the columns of a sheet with a bold header row. Works for normal and streaming sheets. */
export function setColumns(sheet: ExcelJS.Worksheet, columns: ColumnSpec[]): void {
  sheet.columns = columns.map((c, i) => ({
    header: c.header,
    key: `c${i}`,
    width: c.width ?? Math.max(10, Math.min(40, c.header.length * 2 + 4)),
    style: c.format ? { numFmt: c.format } : {},
  }));
  sheet.getRow(1).font = { bold: true };
}

/** A sheet whose header row stays in view (works for in-memory and streaming workbooks alike). */
export function addSheet<W extends { addWorksheet: ExcelJS.Workbook["addWorksheet"] }>(workbook: W, name: string): ExcelJS.Worksheet {
  return workbook.addWorksheet(name, { views: [{ state: "frozen", ySplit: 1 }] });
}

/**
 * A date as Excel shows it: Excel has no time zones, so the instant is shifted to China Standard Time
 * (UTC+8, no daylight saving) and written as that wall-clock time.
 */
export function excelDate(value: Date | null | undefined): Date | null {
  return value ? new Date(value.getTime() + 8 * 3_600_000) : null;
}

export async function toBuffer(workbook: ExcelJS.Workbook): Promise<Buffer> {
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A sheet of label / value (/ definition) rows: the exports' overview and definitions. */
export function addKeyValueSheet(workbook: ExcelJS.Workbook, name: string, headers: string[], rows: Cell[][]) {
  const sheet = addSheet(workbook, name);
  setColumns(
    sheet,
    headers.map((header, i) => ({ header, width: i === 0 ? 24 : i === headers.length - 1 ? 80 : 16 })),
  );
  for (const row of rows) sheet.addRow(row);
  sheet.getColumn(headers.length).alignment = { wrapText: true, vertical: "top" };
  return sheet;
}
