// "Clicking a number lists the suggestions behind it": links to the suggestion list with the same
// session, and the dashboard's unit and field filters (the list filters by those; not by kind of unit
// or delegation, so under those filters a link lists a wider set than the figure counts).
import type { ReportQuery } from "@/lib/reports/report-query";

export function suggestionsHref(query: ReportQuery, extra: { status?: string; unit?: string; field?: string } = {}): string {
  const params = new URLSearchParams();
  if (query.session) params.set("session", query.session);
  const unit = extra.unit ?? query.unit;
  const field = extra.field ?? query.field;
  if (unit) params.set("unit", unit);
  if (field) params.set("field", field);
  if (extra.status) params.set("status", extra.status);
  return `/suggestions?${params.toString()}`;
}

/** A URL of the export routes or the report page for the current filters. */
export function withQuery(path: string, query: ReportQuery): string {
  const params = new URLSearchParams();
  for (const key of ["session", "unitKind", "unit", "field", "delegation", "sort"] as const) {
    const value = query[key];
    if (value) params.set(key, value);
  }
  return `${path}?${params.toString()}`;
}

/** What a session picker needs of each session: its code and name (a client component's props are sent whole). */
export function sessionChoices(sessions: { code: string; name: string }[]): { code: string; name: string }[] {
  return sessions.map(({ code, name }) => ({ code, name }));
}
