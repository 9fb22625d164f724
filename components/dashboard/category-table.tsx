import type { Translate } from "@/lib/i18n/catalogue";
import type { SessionStats } from "@/lib/stats/summary";

const CATEGORIES = ["A", "B", "C", "D"] as const;
const barColors: Record<(typeof CATEGORIES)[number], string> = {
  A: "bg-green-700",
  B: "bg-brand-700",
  C: "bg-amber-600",
  D: "bg-gray-600",
};

export function CategoryTable({ stats, t }: { stats: SessionStats; t: Translate }) {
  return (
    <section aria-labelledby="outcome-heading" className="rounded bg-white p-4 shadow-sm">
      <h2 id="outcome-heading" className="mb-3 text-lg font-semibold">
        {t("dashboard.outcome.heading")}
      </h2>
      <table className="w-full text-sm">
        <caption className="sr-only">{t("dashboard.outcome.heading")}</caption>
        <thead>
          <tr className="border-b text-left">
            <th scope="col" className="py-2">{t("dashboard.outcome.category")}</th>
            <th scope="col" className="py-2 text-right">{t("dashboard.outcome.count")}</th>
            <th scope="col" className="py-2 text-right">{t("dashboard.outcome.percent")}</th>
            <th scope="col" className="w-1/3 py-2"><span className="sr-only">{t("dashboard.outcome.bar")}</span></th>
          </tr>
        </thead>
        <tbody>
          {CATEGORIES.map((c) => (
            <tr key={c} className="border-b" data-testid={`category-${c}`}>
              <th scope="row" className="py-2 text-left font-normal">
                {c} · {t(`domain.category.${c}`)}
              </th>
              <td className="py-2 text-right">{stats.categories[c].count}</td>
              <td className="py-2 text-right">{stats.categories[c].percent.toFixed(1)}%</td>
              <td className="py-2" aria-hidden="true">
                <div className={`h-3 rounded ${barColors[c]}`} style={{ width: `${stats.categories[c].percent}%` }} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="mt-2 text-xs text-gray-600">{t("stats.definitions.categories")}</p>
    </section>
  );
}
