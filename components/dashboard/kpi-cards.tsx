import Link from "next/link";
import type { Translate } from "@/lib/i18n/catalogue";
import type { SessionStats } from "@/lib/stats/summary";
import { formatRate } from "@/lib/stats/percentages";

const percent = (rate: number | null) => (rate === null ? "—" : `${formatRate(rate)}%`);

type CardId = "total" | "assigned" | "replied" | "closed" | "overdue" | "onTimeRate" | "replyRate" | "satisfaction";

/**
 * Each card carries its SPEC §4 definition as a visible footnote (and title for hover). A card whose
 * figure has a list behind it links there (`hrefs`).
 */
export function KpiCards({ stats, t, hrefs = {} }: { stats: SessionStats; t: Translate; hrefs?: Partial<Record<CardId, string>> }) {
  const cards: { id: CardId; value: string | number; count?: number; definition: string }[] = [
    { id: "total", value: stats.total, count: stats.total, definition: "stats.definitions.total" },
    { id: "assigned", value: stats.assigned, definition: "stats.definitions.assigned" },
    { id: "replied", value: stats.replied, definition: "stats.definitions.replied" },
    { id: "closed", value: stats.closed, count: stats.closed, definition: "stats.definitions.closed" },
    { id: "overdue", value: stats.overdue, definition: "stats.definitions.overdue" },
    { id: "onTimeRate", value: percent(stats.onTimeRate), definition: "stats.definitions.onTimeRate" },
    { id: "replyRate", value: percent(stats.replyRate), definition: "stats.definitions.replyRate" },
    { id: "satisfaction", value: percent(stats.satisfaction.rate), definition: "stats.definitions.satisfactionRate" },
  ];
  return (
    <section aria-labelledby="kpi-heading">
      <h2 id="kpi-heading" className="sr-only">
        {t("dashboard.kpi.heading")}
      </h2>
      <ul className="grid grid-cols-2 gap-4 md:grid-cols-4 print:grid-cols-4">
        {cards.map((card) => {
          const href = hrefs[card.id];
          const linkLabel =
            card.id === "overdue" ? t("dashboard.kpi.overdueLink") : t("dashboard.kpi.listLink", { count: card.count ?? 0 });
          return (
            <li
              key={card.id}
              className="rounded bg-white p-4 shadow-sm print:shadow-none print:border"
              data-testid={`kpi-${card.id}`}
              title={t(card.definition)}
            >
              <p className="text-sm text-gray-700">{t(`dashboard.kpi.${card.id}`)}</p>
              <p className="text-3xl font-semibold text-brand-800">
                {href ? (
                  <Link
                    href={href}
                    className="underline decoration-dotted underline-offset-4 hover:text-brand-600"
                    title={linkLabel}
                    aria-label={`${card.value} · ${linkLabel}`}
                  >
                    {card.value}
                  </Link>
                ) : (
                  card.value
                )}
              </p>
              <p className="mt-1 text-xs text-gray-600">{t(card.definition)}</p>
            </li>
          );
        })}
      </ul>
      <p className="mt-4 rounded bg-white p-4 text-sm shadow-sm print:shadow-none" title={t("stats.definitions.units")}>
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
