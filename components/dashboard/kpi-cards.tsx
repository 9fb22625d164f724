import type { Translate } from "@/lib/i18n/catalogue";
import type { SessionStats } from "@/lib/stats/summary";

const percent = (rate: number | null) => (rate === null ? "—" : `${(rate * 100).toFixed(1)}%`);

/** Each card carries its SPEC §4 definition as a visible footnote (and title for hover). */
export function KpiCards({ stats, t }: { stats: SessionStats; t: Translate }) {
  const cards: { id: string; label: string; value: string | number; definition: string }[] = [
    { id: "total", label: t("dashboard.kpi.total"), value: stats.total, definition: t("stats.definitions.total") },
    { id: "assigned", label: t("dashboard.kpi.assigned"), value: stats.assigned, definition: t("stats.definitions.assigned") },
    { id: "replied", label: t("dashboard.kpi.replied"), value: stats.replied, definition: t("stats.definitions.replied") },
    { id: "closed", label: t("dashboard.kpi.closed"), value: stats.closed, definition: t("stats.definitions.closed") },
    { id: "overdue", label: t("dashboard.kpi.overdue"), value: stats.overdue, definition: t("stats.definitions.overdue") },
    { id: "onTimeRate", label: t("dashboard.kpi.onTimeRate"), value: percent(stats.onTimeRate), definition: t("stats.definitions.onTimeRate") },
    { id: "replyRate", label: t("dashboard.kpi.replyRate"), value: percent(stats.replyRate), definition: t("stats.definitions.replyRate") },
    { id: "satisfaction", label: t("dashboard.kpi.satisfaction"), value: percent(stats.satisfaction.rate), definition: t("stats.definitions.satisfactionRate") },
  ];
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="sr-only">
        {t("dashboard.kpi.heading")}
      </h2>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4">
        {cards.map((card) => (
          <li key={card.id} className="rounded bg-white p-4 shadow-sm" data-testid={`kpi-${card.id}`} title={card.definition}>
            <p className="text-sm text-gray-700">{card.label}</p>
            <p className="text-3xl font-semibold text-brand-800">{card.value}</p>
            <p className="mt-1 text-xs text-gray-600">{card.definition}</p>
          </li>
        ))}
      </ul>
      <p className="mt-4 rounded bg-white p-4 text-sm shadow-sm" title={t("stats.definitions.units")}>
        <span data-testid="units-total">{t("dashboard.units.total", { count: stats.units.total })}</span>
        {"："}
        <span data-testid="units-departments">{t("dashboard.units.departments", { count: stats.units.departments })}</span>
        {"，"}
        <span data-testid="units-cities">{t("dashboard.units.cities", { count: stats.units.cities })}</span>
        <span className="block text-xs text-gray-600">{t("stats.definitions.units")}</span>
      </p>
    </section>
  );
}
