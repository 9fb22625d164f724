// Dates are shown as the users read them, in China whatever the server's zone. A date-only value (due,
// planned, deadline) is its China calendar day (lib/dates/china-date.ts); an instant also shows its time.
import { formatChinaDate, toChinaDate, type DateStyle } from "@/lib/dates/china-date";

const dateTimeFormat = new Intl.DateTimeFormat("zh-CN", {
  timeZone: "Asia/Shanghai",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  hour12: false,
});

/** "2026-01-22" (or "2026年1月22日" / "22 January 2026" with a style); "—" when there is none. */
export function formatDate(value: Date | string | null | undefined, style: DateStyle = "iso"): string {
  const day = toChinaDate(value);
  return day ? formatChinaDate(day, style) : "—";
}

export function formatDateTime(value: Date | string | null | undefined): string {
  return value ? dateTimeFormat.format(new Date(value)).replaceAll("/", "-") : "—";
}
