import type { Translate } from "@/lib/i18n/catalogue";
import type { SessionStats } from "@/lib/stats/summary";
import { CATEGORIES } from "@/lib/stats/definitions";
import { formatPercent } from "@/lib/stats/percentages";
import { OutcomeChart } from "./outcome-chart";

const barColors: Record<(typeof CATEGORIES)[number], string> = {
  A: "bg-green-700",
  B: "bg-brand-700",
  C: "bg-amber-600",
  D: "bg-gray-600",
};

/** The A/B/C/D distribution: a recharts chart, and this table as its text alternative. */
export function CategoryTable({ stats, t }: { stats: SessionStats; t: Translate }) {
  const items = CATEGORIES.map((c) => ({
    category: c,
    label: `${c} · ${t(`domain.category.${c}`)}`,
    count: stats.categories[c].count,
    percent: stats.categories[c].percent,
  }));
  const chartLabel = t("dashboard.outcome.chartLabel", {
    items: items
      .map((i) => t("dashboard.outcome.chartItem", { category: i.category, count: i.count, percent: formatPercent(i.percent) }))
      .join("；"),
  });
  return (
    <section aria-labelledby="outcome-heading" className="rounded bg-white p-4 shadow-sm print:shadow-none print:break-inside-avoid">
      <h2 id="outcome-heading" className="mb-3 text-lg font-semibold" title={t("stats.definitions.categories")}>
        {t("dashboard.outcome.heading")}
      </h2>
      <div className="grid gap-4 lg:grid-cols-2 print:grid-cols-2">
        <OutcomeChart items={items} label={chartLabel} />
        <table className="w-full self-start text-sm">
          <caption className="sr-only">{t("dashboard.outcome.heading")}</caption>
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="py-2" title={t("stats.definitions.categories")}>
                {t("dashboard.outcome.category")}
              </th>
              <th scope="col" className="py-2 text-right">
                {t("dashboard.outcome.count")}
              </th>
              <th scope="col" className="py-2 text-right" title={t("stats.definitions.percent")}>
                {t("dashboard.outcome.percent")}
              </th>
              <th scope="col" className="w-1/4 py-2">
                <span className="sr-only">{t("dashboard.outcome.bar")}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {items.map((i) => (
              <tr key={i.category} className="border-b" data-testid={`category-${i.category}`}>
                <th scope="row" className="py-2 text-left font-normal">
                  {i.label}
                </th>
                <td className="py-2 text-right">{i.count}</td>
                <td className="py-2 text-right">{formatPercent(i.percent)}%</td>
                <td className="py-2" aria-hidden="true">
                  <div className={`h-3 rounded ${barColors[i.category]}`} style={{ width: `${i.percent}%` }} />
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <p className="mt-2 text-xs text-gray-600">{t("stats.definitions.categories")}</p>
      <p className="mt-1 text-xs text-gray-600">{t("stats.definitions.percent")}</p>
    </section>
  );
}
