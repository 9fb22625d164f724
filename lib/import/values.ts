// The cell values of an import file a person types in Excel: China calendar dates in the forms offices use,
// yes/no marks, lists of names. Each parser answers null for what it cannot read, so the caller names the cell.
// The China-date module of branch `dates` (lib/dates/china-date.ts: parseChinaDate/toDbValue) parses and stores
// dates the same way; once both are merged, parseCalendarDate + chinaMidnight can defer to it.

export interface CalendarDate {
  year: number;
  month: number;
  day: number;
}

const DATE_FORMS = [
  /^(\d{4})-(\d{1,2})-(\d{1,2})$/, // 2026-01-22 (also what an Excel date cell becomes, see read-table.ts)
  /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/, // 2026/1/22
  /^(\d{4})\.(\d{1,2})\.(\d{1,2})$/, // 2026.1.22
  /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日$/, // 2026年1月22日
];

/** A calendar date typed as 2026-01-22, 2026/1/22, 2026.1.22 or 2026年1月22日; null when it is none, or no real day. */
export function parseCalendarDate(text: string): CalendarDate | null {
  // NFKC: full-width digits and punctuation (２０２６／１／２２) become ASCII.
  const value = text.normalize("NFKC").trim().replace(/\s+/g, " ");
  for (const form of DATE_FORMS) {
    const match = form.exec(value);
    if (!match) continue;
    const [year = NaN, month = NaN, day = NaN] = match.slice(1).map(Number);
    // Date.UTC rolls 2026-02-30 over to March: a date that does not come back unchanged does not exist.
    const probe = new Date(Date.UTC(year, month - 1, day));
    if (year < 1900 || probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
    return { year, month, day };
  }
  return null;
}

/** China has one time zone and no daylight saving: its midnight is always 16:00 UTC of the day before. */
const CHINA_OFFSET_MS = 8 * 3_600_000;

/** The instant a China calendar date begins: how a date-only value is stored (README: "Dates"). */
export const chinaMidnight = (date: CalendarDate): Date => new Date(Date.UTC(date.year, date.month - 1, date.day) - CHINA_OFFSET_MS);

export const formatCalendarDate = ({ year, month, day }: CalendarDate): string =>
  `${year}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;

const YES = new Set(["是", "y", "yes", "1", "√", "✓", "✔", "true", "急", "急办", "保密"]);
const NO = new Set(["", "否", "n", "no", "0", "×", "✗", "false"]);

/** 是/否, Y/N, 1/0, √ (an empty cell is no); null for anything else. */
export function parseYesNo(text: string): boolean | null {
  const value = text.trim().toLowerCase();
  if (YES.has(value)) return true;
  if (NO.has(value)) return false;
  return null;
}

/** Names separated by 、 ; ； , or ，. */
export const splitNames = (value: string): string[] =>
  value
    .split(/[、;；,，]/)
    .map((s) => s.trim())
    .filter(Boolean);
