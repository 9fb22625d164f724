"use client";
// A client component, like the handling table: its rows travel as data, not as a rendered tree, and are drawn
// after hydration (issue 12).
import { RecordLink } from "@/components/ui/record-link";
import { AfterHydration, tableBox } from "@/components/ui/after-hydration";
import { useT } from "@/lib/i18n/client";
import { formatDate } from "@/lib/format";
import type { OverdueRow } from "@/lib/stats/breakdowns";
import { STAT_DEFINITIONS } from "@/lib/stats/definitions";
import { CONTENT_LANG } from "@/lib/i18n/config";

/** What is overdue now (lead replies and co-handling opinions), the longest overdue first. */
export function OverdueList({ items, total, allHref }: { items: OverdueRow[]; total: number; allHref?: string }) {
  const t = useT();
  const columns = ["number", "title", "unit", "role", "dueAt", "daysOverdue"] as const;
  return (
    <section aria-labelledby="overdue-heading" className="rounded bg-white p-4 shadow-sm print:shadow-none">
      <h2 id="overdue-heading" className="mb-3 text-lg font-semibold" title={t(STAT_DEFINITIONS.overdueList)}>
        {t("dashboard.overdue.heading")}
      </h2>
      {items.length === 0 ? (
        <p className="text-sm">{t("dashboard.overdue.empty")}</p>
      ) : (
        <div className="overflow-x-auto">
          <AfterHydration box={tableBox(items.length)}>
            {() => (
              <table className="w-full text-sm" data-testid="overdue-list">
                <caption className="sr-only">{t("dashboard.overdue.heading")}</caption>
                <thead className="bg-gray-100 text-left">
                  <tr>
                    {columns.map((c) => (
                      <th key={c} scope="col" className={`p-2 ${c === "daysOverdue" ? "text-right" : ""}`}>
                        {t(`dashboard.overdue.${c}`)}
                      </th>
                    ))}
                  </tr>
                </thead>
                <tbody>
                  {items.map((row) => (
                    <tr key={`${row.suggestionId}-${row.role}-${row.unitId}`} className="border-t">
                      <td className="p-2 whitespace-nowrap">{row.number}</td>
                      <td className="p-2">
                        <RecordLink href={`/suggestions/${row.suggestionId}`} className="text-brand-700 underline" lang={CONTENT_LANG}>
                          {row.title}
                        </RecordLink>
                      </td>
                      <td className="p-2">{row.unitName}</td>
                      <td className="p-2 whitespace-nowrap">{t(`dashboard.overdue.roles.${row.role}`)}</td>
                      <td className="p-2 whitespace-nowrap">{formatDate(row.dueAt)}</td>
                      <td className="p-2 text-right font-semibold text-red-800">{row.daysOverdue}</td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </AfterHydration>
        </div>
      )}
      {total > items.length && (
        <p className="mt-2 text-sm">
          {t("dashboard.overdue.shown", { total, shown: items.length })}{" "}
          {allHref && (
            <RecordLink href={allHref} className="text-brand-700 underline">
              {t("dashboard.overdue.all")}
            </RecordLink>
          )}
        </p>
      )}
      <p className="mt-2 text-xs text-gray-600">{t(STAT_DEFINITIONS.overdueList)}</p>
    </section>
  );
}
