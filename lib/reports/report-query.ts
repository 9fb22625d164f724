// The URL of the dashboard, the report page and the exports: one set of parameters, parsed once, so a
// filtered view, its printout and its .xlsx files always show the same suggestions. Anything malformed
// falls back to "no filter" instead of failing (the form is a plain GET form).
import { z } from "zod";
import { SuggestionStatus, UnitKind } from "@/lib/generated/prisma/enums";

/** Columns of the handling table (办理情况表) that can be sorted. */
export const UNIT_SORT_KEYS = [
  "name",
  "kind",
  "lead",
  "co",
  "replied",
  "onTime",
  "onTimeRate",
  "overdue",
  "A",
  "B",
  "C",
  "D",
  "satisfactionRate",
  "avgDaysToReply",
] as const;
export type UnitSortKey = (typeof UNIT_SORT_KEYS)[number];
export type UnitSort = UnitSortKey | `-${UnitSortKey}`;
const UNIT_SORTS = UNIT_SORT_KEYS.flatMap((k) => [k, `-${k}`]) as [UnitSort, ...UnitSort[]];

const blankToUndefined = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const text = (max: number) => z.preprocess(blankToUndefined, z.string().trim().max(max).optional()).catch(undefined);

export const reportQuery = z.object({
  /** Session code; the most recent session when absent. */
  session: text(20),
  unitKind: z.preprocess(blankToUndefined, z.enum(UnitKind).optional()).catch(undefined),
  /** Unit code (readable in the URL); resolved to the unit's id for the statistics. */
  unit: text(50),
  field: text(20),
  delegation: text(50),
  /** Sort of the handling table: a column, "-column" for descending. */
  sort: z.preprocess(blankToUndefined, z.enum(UNIT_SORTS).optional()).catch(undefined),
  /** Suggestion list export only: status and text search, as on the suggestion list. */
  status: z.preprocess(blankToUndefined, z.enum(SuggestionStatus).optional()).catch(undefined),
  q: text(100),
});
export type ReportQuery = z.infer<typeof reportQuery>;

/** Parses URLSearchParams or a Next searchParams object (first value of repeated keys). */
export function parseReportQuery(input: URLSearchParams | Record<string, string | string[] | undefined>): ReportQuery {
  const record: Record<string, string | undefined> = {};
  if (input instanceof URLSearchParams) {
    for (const key of input.keys()) record[key] = input.get(key) ?? undefined;
  } else {
    for (const [key, value] of Object.entries(input)) record[key] = Array.isArray(value) ? value[0] : value;
  }
  return reportQuery.parse(record);
}

/** The query as URL parameters (empty ones left out), with some replaced or removed (undefined). */
export function reportParams(
  query: Partial<ReportQuery>,
  changes: Partial<Record<keyof ReportQuery, string | undefined>> = {},
): URLSearchParams {
  const merged: Record<string, string | undefined> = { ...query, ...changes };
  const params = new URLSearchParams();
  for (const key of ["session", "unitKind", "unit", "field", "delegation", "sort", "status", "q"] as const) {
    const value = merged[key];
    if (value) params.set(key, value);
  }
  return params;
}
