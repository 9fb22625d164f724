"use client";
// The A/B/C/D distribution as a bar chart (recharts). The chart is one image for assistive technology,
// labelled with the same figures; the table beside it is the full text alternative.
import { Bar, BarChart, CartesianGrid, LabelList, Tooltip, XAxis, YAxis } from "recharts";
import { AfterHydration } from "@/components/ui/after-hydration";
import { formatPercent } from "@/lib/stats/percentages";

export const CATEGORY_COLORS = { A: "#15803d", B: "#1e40af", C: "#b45309", D: "#4b5563" } as const;

interface Item {
  category: keyof typeof CATEGORY_COLORS;
  label: string;
  count: number;
  percent: number;
}

const OUTCOME_BOX = { width: "100%", maxWidth: 560, aspectRatio: 1.8 };

export function OutcomeChart({ items, label }: { items: Item[]; label: string }) {
  const data = items.map((i) => ({
    ...i,
    fill: CATEGORY_COLORS[i.category],
    text: `${i.count} · ${formatPercent(i.percent)}%`,
  }));
  return (
    <div role="img" aria-label={label} data-testid="outcome-chart" className="w-full">
      <AfterHydration box={OUTCOME_BOX}>
        {() => (
          <BarChart
            responsive
            accessibilityLayer={false}
            data={data}
            margin={{ top: 24, right: 8, bottom: 4, left: 0 }}
            style={OUTCOME_BOX}
          >
            <CartesianGrid strokeDasharray="3 3" vertical={false} />
            <XAxis dataKey="category" />
            <YAxis allowDecimals={false} width={40} />
            <Tooltip
              formatter={(_value, _name, entry) => [(entry.payload as Item & { text: string }).text, (entry.payload as Item).label]}
            />
            <Bar dataKey="count" isAnimationActive={false}>
              <LabelList dataKey="text" position="top" fill="#111827" fontSize={12} />
            </Bar>
          </BarChart>
        )}
      </AfterHydration>
    </div>
  );
}
