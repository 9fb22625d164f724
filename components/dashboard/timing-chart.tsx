"use client";
// Time to reply per unit: the mean days from assignment to the first signed reply (getUnitTable's
// avgDaysToReply), slowest first. The handling table's column of the same name is the text alternative.
import { useMemo } from "react";
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { AfterHydration } from "@/components/ui/after-hydration";
import { useT } from "@/lib/i18n/client";
import type { JsonText } from "@/lib/json-text";
import { useJsonText } from "@/components/ui/use-json-text";

export interface TimingItem {
  name: string;
  days: number;
}

const ROW_HEIGHT = 22;

export function TimingChart({ items: itemsText }: { items: JsonText<TimingItem[]> }) {
  const t = useT();
  const items = useJsonText(itemsText);
  const data = useMemo(() => [...items].sort((a, b) => b.days - a.days), [items]);
  if (data.length === 0) return <p className="text-sm text-gray-700">{t("dashboard.timing.empty")}</p>;
  const box = { width: "100%", maxWidth: 900, height: data.length * ROW_HEIGHT + 40 };
  return (
    <div role="img" aria-label={t("dashboard.timing.chartLabel")} data-testid="timing-chart">
      <AfterHydration box={box}>
        {() => (
          <BarChart
            responsive
            accessibilityLayer={false}
            layout="vertical"
            data={data}
            margin={{ top: 4, right: 40, bottom: 4, left: 8 }}
            style={box}
          >
            <CartesianGrid strokeDasharray="3 3" horizontal={false} />
            <XAxis type="number" unit={t("dashboard.timing.days")} />
            <YAxis type="category" dataKey="name" width={150} interval={0} tick={{ fontSize: 11 }} />
            <Tooltip />
            <Bar dataKey="days" name={t("dashboard.unitTable.columns.avgDaysToReply")} fill="#1e40af" isAnimationActive={false}>
              <LabelList dataKey="days" position="right" fontSize={11} fill="#111827" />
            </Bar>
          </BarChart>
        )}
      </AfterHydration>
    </div>
  );
}
