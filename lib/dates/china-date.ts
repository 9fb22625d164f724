// The one calendar-date type of the product. A date-only value (a commitment's planned date, a due date, an
// extension's new date, an imported 提出日期, a supervision deadline) is a China calendar date: it is parsed,
// stored, compared, shown and exported through this module, whatever the server's or the browser's time zone.
//
// Storage: the DateTime columns (timestamp(3) holding UTC) keep the instant of that day's midnight in China
// (00:00+08:00, i.e. 16:00Z the day before). A stored instant's China calendar day is its date, so due dates
// computed from an assignment's instant (assignedAt + 90 days) keep their time of day and still name one day.
// A due date is the whole China day: overdue from 00:00 the next day (isOverdue, startOfChinaDay).
//
// Nothing here reads the process's time zone: every computation is on UTC fields shifted by +8 h (China has
// had no daylight saving since 1991).

declare const brand: unique symbol;
/** "YYYY-MM-DD", a day of the calendar in China. */
export type ChinaDate = string & { readonly [brand]: "ChinaDate" };

const DAY = 86_400_000;
const CST = 8 * 3_600_000;
/** Excel's day 0 (serial numbers of the 1900 date system count from 1899-12-30, after its leap-year bug). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** The date y-m-d if it exists in the calendar (no 2026-02-30), years 1000–9999. */
export function chinaDateOf(year: number, month: number, day: number): ChinaDate | null {
  if (![year, month, day].every(Number.isInteger) || year < 1000 || year > 9999) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCFullYear() !== year || probe.getUTCMonth() !== month - 1 || probe.getUTCDate() !== day) return null;
  return `${pad(year, 4)}-${pad(month)}-${pad(day)}` as ChinaDate;
}

/** A well-formed, existing "YYYY-MM-DD". */
export function isChinaDate(value: unknown): value is ChinaDate {
  if (typeof value !== "string" || !/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const [y = NaN, m = NaN, d = NaN] = value.split("-").map(Number);
  return chinaDateOf(y, m, d) === value;
}

const NUMERIC = /^(\d{4})\s*[-/.]\s*(\d{1,2})\s*[-/.]\s*(\d{1,2})$/;
const CHINESE = /^(\d{4})\s*年\s*(\d{1,2})\s*月\s*(\d{1,2})\s*日?$/;
const INSTANT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/i;

/**
 * A date typed or imported: "2026-01-22", "2026/1/22", "2026.1.22", "2026年1月22日"; an ISO instant with an
 * offset ("2026-01-21T16:00:00Z": its China day); an Excel serial number (46044); or a Date from a spreadsheet
 * reader, which puts the cell's calendar date at UTC midnight (a stored instant goes through fromDbValue).
 * Anything else, or a day that does not exist, is null.
 */
export function parseChinaDate(input: unknown): ChinaDate | null {
  if (input instanceof Date) {
    if (Number.isNaN(input.getTime())) return null;
    return chinaDateOf(input.getUTCFullYear(), input.getUTCMonth() + 1, input.getUTCDate());
  }
  if (typeof input === "number") {
    if (!Number.isFinite(input) || input < 1 || input >= 2_958_466) return null;
    const wall = new Date(EXCEL_EPOCH + Math.floor(input) * DAY);
    return chinaDateOf(wall.getUTCFullYear(), wall.getUTCMonth() + 1, wall.getUTCDate());
  }
  if (typeof input !== "string") return null;
  const text = input.trim().normalize("NFKC"); // full-width digits and punctuation become ASCII
  const match = NUMERIC.exec(text) ?? CHINESE.exec(text);
  if (match) return chinaDateOf(Number(match[1]), Number(match[2]), Number(match[3]));
  if (INSTANT.test(text)) {
    const instant = new Date(text);
    return Number.isNaN(instant.getTime()) ? null : fromDbValue(instant);
  }
  return null;
}

/** The value stored in a DateTime column: the instant the day begins in China. */
export function toDbValue(date: ChinaDate): Date {
  const [y = NaN, m = NaN, d = NaN] = date.split("-").map(Number);
  return new Date(Date.UTC(y, m - 1, d) - CST);
}

/** The China calendar day an instant (a stored value, "now") falls on. */
export function fromDbValue(value: Date | string | number): ChinaDate {
  const local = new Date(new Date(value).getTime() + CST);
  return `${pad(local.getUTCFullYear(), 4)}-${pad(local.getUTCMonth() + 1)}-${pad(local.getUTCDate())}` as ChinaDate;
}

/** Today in China. */
export const todayInChina = (now: Date = new Date()): ChinaDate => fromDbValue(now);

const asDate = (value: ChinaDate | Date): ChinaDate => (value instanceof Date ? fromDbValue(value) : value);

/** 00:00 in China of the day (of an instant, or a date). */
export const startOfChinaDay = (value: ChinaDate | Date): Date => toDbValue(asDate(value));

/** The last millisecond in China of the day (of an instant, or a date). */
export const endOfChinaDay = (value: ChinaDate | Date): Date => new Date(startOfChinaDay(value).getTime() + DAY - 1);

/** Negative, 0 or positive as a is before, on or after b ("YYYY-MM-DD" sorts as text). */
export const compareChinaDates = (a: ChinaDate, b: ChinaDate): number => (a < b ? -1 : a > b ? 1 : 0);

/** n calendar days later (earlier when negative). */
export function addChinaDays(date: ChinaDate, days: number): ChinaDate {
  const [y = NaN, m = NaN, d = NaN] = date.split("-").map(Number);
  const next = new Date(Date.UTC(y, m - 1, d) + days * DAY);
  return chinaDateOf(next.getUTCFullYear(), next.getUTCMonth() + 1, next.getUTCDate())!;
}

/** Whole calendar days from a to b (b − a). */
export function chinaDaysBetween(a: ChinaDate, b: ChinaDate): number {
  return Math.round((toDbValue(b).getTime() - toDbValue(a).getTime()) / DAY);
}

/**
 * A due date is the whole China day: a duty due on `dueAt` (a date, or an instant that names its day) is
 * overdue from 00:00 the next day, and a reply signed at any time of the due day is on time.
 */
export const isOverdue = (dueAt: ChinaDate | Date, now: Date = new Date()): boolean =>
  compareChinaDates(asDate(dueAt), todayInChina(now)) < 0;
export const isOnTime = (doneAt: Date, dueAt: ChinaDate | Date): boolean => compareChinaDates(fromDbValue(doneAt), asDate(dueAt)) <= 0;

export type DateStyle = "iso" | "zh" | "en";
const EN_MONTHS = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];

/** "2026-01-22" (iso: tables, inputs, exports), "2026年1月22日" (zh: letters, prose), "22 January 2026" (en). */
export function formatChinaDate(date: ChinaDate, style: DateStyle = "iso"): string {
  if (style === "iso") return date;
  const [y = NaN, m = NaN, d = NaN] = date.split("-").map(Number);
  return style === "zh" ? `${y}年${m}月${d}日` : `${d} ${EN_MONTHS[m - 1]} ${y}`;
}

/** A stored or typed value as a ChinaDate: a "YYYY-MM-DD" string stays itself, an instant gives its China day. */
export function toChinaDate(value: Date | string | null | undefined): ChinaDate | null {
  if (value === null || value === undefined || value === "") return null;
  if (isChinaDate(value)) return value;
  const instant = new Date(value);
  return Number.isNaN(instant.getTime()) ? null : fromDbValue(instant);
}

/** The value of an <input type="date"> showing a stored date ("" when none). */
export const toDateInputValue = (value: Date | string | null | undefined): string => toChinaDate(value) ?? "";
