"use client";
// Replies signed per week (bars) and their running total (line), from getRepliesPerWeek. One image for
// assistive technology; the data table in the <details> below it is the text alternative.
import { Bar, CartesianGrid, ComposedChart, Legend, Line, Tooltip, XAxis, YAxis } from "recharts";
import { AfterHydration } from "@/components/ui/after-hydration";
import { useT } from "@/lib/i18n/client";
import type { JsonText } from "@/lib/json-text";
import { useJsonText } from "@/components/ui/use-json-text";
import type { WeekRow } from "@/lib/stats/breakdowns";

const TREND_BOX = { width: "100%", maxWidth: 900, aspectRatio: 2.6 };
const CLOSED_BOX = {};

export function TrendChart({ weeks: weeksText }: { weeks: JsonText<WeekRow[]> }) {
  const t = useT();
  const weeks = useJsonText(weeksText);
  if (weeks.length === 0) return <p className="text-sm text-gray-700">{t("dashboard.trend.empty")}</p>;
  const total = weeks.at(-1)?.cumulative ?? 0;
  return (
    <div>
      <div role="img" aria-label={t("dashboard.trend.chartLabel", { weeks: weeks.length, total })} data-testid="trend-chart">
        <AfterHydration box={TREND_BOX}>
          {() => (
            <ComposedChart
              responsive
              accessibilityLayer={false}
              data={weeks}
              margin={{ top: 8, right: 8, bottom: 4, left: 0 }}
              style={TREND_BOX}
            >
              <CartesianGrid strokeDasharray="3 3" vertical={false} />
              <XAxis dataKey="weekStart" tick={{ fontSize: 11 }} minTickGap={16} />
              <YAxis yAxisId="week" allowDecimals={false} width={40} />
              <YAxis yAxisId="total" orientation="right" allowDecimals={false} width={48} />
              <Tooltip />
              <Legend />
              <Bar yAxisId="week" dataKey="signed" name={t("dashboard.trend.signed")} fill="#1e40af" isAnimationActive={false} />
              <Line
                yAxisId="total"
                dataKey="cumulative"
                name={t("dashboard.trend.cumulative")}
                stroke="#15803d"
                dot={false}
                strokeWidth={2}
                isAnimationActive={false}
              />
            </ComposedChart>
          )}
        </AfterHydration>
      </div>
      <details className="mt-2 text-sm print:hidden">
        <summary className="cursor-pointer text-brand-700 underline">{t("dashboard.trend.table")}</summary>
        {/* Closed until asked for, so drawn after hydration like the tables of figures (a week a row). */}
        <AfterHydration box={CLOSED_BOX}>
          {() => (
            <table className="mt-2 w-full max-w-xl">
              <caption className="sr-only">{t("dashboard.trend.heading")}</caption>
              <thead>
                <tr className="border-b text-left">
                  <th scope="col" className="py-1">
                    {t("dashboard.trend.week")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t("dashboard.trend.signed")}
                  </th>
                  <th scope="col" className="py-1 text-right">
                    {t("dashboard.trend.cumulative")}
                  </th>
                </tr>
              </thead>
              <tbody>
                {weeks.map((w) => (
                  <tr key={w.week} className="border-b">
                    <th scope="row" className="py-1 text-left font-normal">{`${w.week}（${w.weekStart}）`}</th>
                    <td className="py-1 text-right">{w.signed}</td>
                    <td className="py-1 text-right">{w.cumulative}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
        </AfterHydration>
      </details>
    </div>
  );
}
