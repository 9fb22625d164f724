import type { Translate } from "@/lib/i18n/catalogue";
import { STAT_DEFINITIONS, UNIT_TABLE_DEFINITIONS } from "@/lib/stats/definitions";

/** Every definition of the statistics catalogue, as the report's appendix. */
export function ReportDefinitions({ t }: { t: Translate }) {
  const keys = [...Object.values(STAT_DEFINITIONS), ...Object.values(UNIT_TABLE_DEFINITIONS)];
  return (
    <section aria-labelledby="definitions-heading" className="rounded bg-white p-4 shadow-sm print:break-inside-avoid print:shadow-none">
      <h2 id="definitions-heading" className="mb-2 text-lg font-semibold">
        {t("reports.sections.definitions")}
      </h2>
      <ol className="list-decimal space-y-1 pl-6 text-xs text-gray-700">
        {keys.map((key) => (
          <li key={key}>{t(key)}</li>
        ))}
      </ol>
    </section>
  );
}
