"use client";
// A client component on purpose: its rows travel as data (a few numbers each) instead of as a rendered tree,
// which the page's RSC payload repeated beside the HTML — 130 units made the report 370 kB (issue 12) — and as
// one JSON text naming each key once (lib/json-text.ts). The rows are drawn after hydration (components/ui/after-hydration.tsx).
import Link from "next/link";
import { AfterHydration, tableBox } from "@/components/ui/after-hydration";
import { RecordLink } from "@/components/ui/record-link";
import type { Translate } from "@/lib/i18n/catalogue";
import type { JsonRecords } from "@/lib/json-text";
import { useJsonRecords } from "@/components/ui/use-json-text";
import { useT } from "@/lib/i18n/client";
import { reportParams, type ReportQuery, type UnitSortKey } from "@/lib/reports/report-query";
import type { UnitRow } from "@/lib/stats/unit-table";
import { suggestionsHref } from "./links";
import { definitionOf, UNIT_COLUMNS } from "./unit-table-columns";

interface Props {
  rows: JsonRecords<UnitRow>;
  query: ReportQuery;
  /** The page the sort links go to; none on the printed report (static headers). */
  sortPath?: string;
}

function SortHeader({ column, query, t, sortPath }: { column: UnitSortKey; query: ReportQuery; t: Translate; sortPath?: string }) {
  const label = t(`dashboard.unitTable.columns.${column}`);
  const definition = definitionOf(column);
  const current = query.sort === column ? "ascending" : query.sort === `-${column}` ? "descending" : undefined;
  const numeric = column !== "name" && column !== "kind";
  // First click: largest first for numbers, A→Z for names; a second click reverses.
  const next = current === "descending" ? column : current === "ascending" ? `-${column}` : numeric ? `-${column}` : column;
  const href = sortPath ? `${sortPath}?${reportParams(query, { sort: next }).toString()}#units-heading` : undefined;
  return (
    <th
      scope="col"
      aria-sort={current}
      title={definition ? t(definition) : undefined}
      className={`p-2 ${numeric ? "text-right" : "text-left"}`}
    >
      {href ? (
        <Link
          href={href}
          className="text-brand-800 underline decoration-dotted hover:text-brand-600"
          title={t("dashboard.unitTable.sortHint", { column: label })}
        >
          {label}
          {current && <span aria-hidden="true">{current === "ascending" ? " ▲" : " ▼"}</span>}
        </Link>
      ) : (
        label
      )}
    </th>
  );
}

/** 办理情况表: one row per unit, every column sortable (on the server, via ?sort=), each defined below. */
export function UnitTable({ rows: rowsText, query, sortPath }: Props) {
  const t = useT();
  const rows = useJsonRecords(rowsText);
  const definitions = [...new Set(UNIT_COLUMNS.flatMap((c) => (c.definition ? [c.definition] : [])))];
  return (
    <section aria-labelledby="units-heading" className="rounded bg-white p-4 shadow-sm print:shadow-none">
      <h2 id="units-heading" className="mb-3 text-lg font-semibold">
        {t("dashboard.unitTable.heading")}
      </h2>
      <div className="overflow-x-auto print:overflow-visible">
        <AfterHydration box={tableBox(rows.length)}>
          {() => (
            <table className="figures w-full text-sm print:text-xs" data-testid="unit-table">
              <caption className="sr-only">{t("dashboard.unitTable.caption")}</caption>
              <thead className="bg-gray-100">
                <tr>
                  {UNIT_COLUMNS.map((c) => (
                    <SortHeader key={c.key} column={c.key} query={query} t={t} sortPath={sortPath} />
                  ))}
                </tr>
              </thead>
              <tbody>
                {rows.map((row) => (
                  <tr key={row.unitId} className="border-t print:break-inside-avoid" data-testid={`unit-row-${row.code}`}>
                    {UNIT_COLUMNS.map((c) => {
                      if (c.key === "name") {
                        return (
                          <th key={c.key} scope="row">
                            <RecordLink
                              href={suggestionsHref(query, { unit: row.code })}
                              className="text-brand-700 underline"
                              title={t("dashboard.unitTable.unitLink", { unit: row.name })}
                            >
                              {row.name}
                            </RecordLink>
                          </th>
                        );
                      }
                      const value = c.key === "kind" ? t(`domain.unitKind.${row.kind}`) : c.value(row);
                      return <td key={c.key}>{value}</td>;
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AfterHydration>
        {rows.length === 0 && <p className="p-2 text-sm">{t("dashboard.unitTable.empty")}</p>}
      </div>
      <ul className="mt-2 space-y-1 text-xs text-gray-600">
        {definitions.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ul>
    </section>
  );
}
