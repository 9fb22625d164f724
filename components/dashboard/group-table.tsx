"use client";
// A client component, like the handling table: its rows travel as data (one JSON text), not as a rendered
// tree, and are drawn after hydration (issue 12).
import { RecordLink } from "@/components/ui/record-link";
import { useT } from "@/lib/i18n/client";
import type { JsonText } from "@/lib/json-text";
import { useJsonText } from "@/components/ui/use-json-text";
import type { ReportQuery } from "@/lib/reports/report-query";
import type { GroupRow } from "@/lib/stats/breakdowns";
import { CATEGORIES, STAT_DEFINITIONS } from "@/lib/stats/definitions";
import { formatPercent } from "@/lib/stats/percentages";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { AfterHydration, tableBox } from "@/components/ui/after-hydration";
import { suggestionsHref } from "./links";

const COUNTS = ["total", "assigned", "replied", "closed", "overdue"] as const;

/** By field (领域) or by delegation (代表团): the headline counts and the outcome per group. */
export function GroupTable({
  kind,
  rows: rowsText,
  query,
}: {
  kind: "field" | "delegation";
  rows: JsonText<GroupRow[]>;
  query: ReportQuery;
}) {
  const t = useT();
  const rows = useJsonText(rowsText);
  const headingId = `by-${kind}-heading`;
  const heading = t(kind === "field" ? "dashboard.groups.byField" : "dashboard.groups.byDelegation");
  const definition = t(kind === "field" ? STAT_DEFINITIONS.byField : STAT_DEFINITIONS.byDelegation);
  return (
    <section aria-labelledby={headingId} className="rounded bg-white p-4 shadow-sm print:shadow-none">
      <h2 id={headingId} className="mb-3 text-lg font-semibold" title={definition}>
        {heading}
      </h2>
      <ScrollRegion labelledBy={headingId}>
        <AfterHydration box={tableBox(rows.length)}>
          {() => (
            <table className="w-full text-sm" data-testid={`by-${kind}`}>
              <caption className="sr-only">{heading}</caption>
              <thead className="bg-gray-100">
                <tr>
                  <th scope="col" className="p-2 text-left">
                    {t(`dashboard.groups.${kind}`)}
                  </th>
                  {COUNTS.map((c) => (
                    <th key={c} scope="col" className="p-2 text-right" title={t(STAT_DEFINITIONS[c])}>
                      {t(`dashboard.groups.${c}`)}
                    </th>
                  ))}
                  {CATEGORIES.map((c) => (
                    <th
                      key={c}
                      scope="col"
                      className="p-2 text-right"
                      title={`${t(STAT_DEFINITIONS.categories)} ${t(STAT_DEFINITIONS.percent)}`}
                    >
                      {c}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.key} className="border-t">
                    <th scope="row" className="p-2 text-left font-normal">
                      {row.key}
                    </th>
                    {COUNTS.map((c) => (
                      <td key={c} className="p-2 text-right tabular-nums">
                        {kind === "field" && c === "total" ? (
                          <RecordLink
                            href={suggestionsHref(query, { field: row.key })}
                            className="text-brand-700 underline"
                            title={t("dashboard.groups.fieldLink", { field: row.key })}
                          >
                            {row.total}
                          </RecordLink>
                        ) : (
                          row[c]
                        )}
                      </td>
                    ))}
                    {CATEGORIES.map((c) => (
                      <td key={c} className="p-2 text-right whitespace-nowrap tabular-nums">
                        {row.categories[c].count}
                        <span className="ml-1 text-xs text-gray-600">{`${formatPercent(row.categories[c].percent)}%`}</span>
                      </td>
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AfterHydration>
      </ScrollRegion>
      <p className="mt-2 text-xs text-gray-600">{definition}</p>
    </section>
  );
}
