import Link from "next/link";
import type { Translate } from "@/lib/i18n/catalogue";
import type { ReportQuery } from "@/lib/reports/report-query";
import { DownloadButton } from "./download-button";
import { withQuery } from "./links";

/** The exports of the current view (same filters and sort) and the printable report. */
export function ExportBar({ query, t }: { query: ReportQuery; t: Translate }) {
  return (
    <section aria-labelledby="export-heading" className="no-print rounded bg-white p-4 shadow-sm">
      <h2 id="export-heading" className="mb-3 text-lg font-semibold">
        {t("dashboard.export.heading")}
      </h2>
      <div className="flex flex-wrap items-start gap-4">
        <DownloadButton href={withQuery("/export/unit-table", query)} label={t("dashboard.export.unitTable")} testId="export-unit-table" />
        <DownloadButton
          href={withQuery("/export/suggestions", query)}
          label={t("dashboard.export.suggestions")}
          testId="export-suggestions"
        />
        <DownloadButton href={withQuery("/export/outcome", query)} label={t("dashboard.export.outcome")} testId="export-outcome" />
        <Link href={withQuery("/reports", query)} className="rounded bg-brand-700 px-3 py-2 text-sm text-white" data-testid="report-link">
          {t("dashboard.export.report")}
        </Link>
      </div>
    </section>
  );
}
