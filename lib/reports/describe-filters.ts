// The filters of a report in words ("承办单位：省教育厅；领域：教育"), for the printed report and the
// overview sheet of every export, so a reader knows which suggestions the figures count.
import type { Translate } from "@/lib/i18n/catalogue";
import type { ReportQuery } from "./report-query";

export function describeFilters(query: ReportQuery, unitName: string | null, t: Translate): string | null {
  const parts: [string, string][] = [];
  if (query.unitKind) parts.push([t("dashboard.filters.unitKind"), t(`domain.unitKind.${query.unitKind}`)]);
  if (unitName) parts.push([t("dashboard.filters.unit"), unitName]);
  if (query.field) parts.push([t("dashboard.filters.field"), query.field]);
  if (query.delegation) parts.push([t("dashboard.filters.delegation"), query.delegation]);
  if (query.status) parts.push([t("suggestions.list.status"), t(`domain.status.${query.status}`)]);
  if (query.q) parts.push([t("suggestions.list.q"), query.q]);
  if (parts.length === 0) return null;
  return parts.map(([label, value]) => t("reports.filterItem", { label, value })).join(t("reports.filterSeparator"));
}
