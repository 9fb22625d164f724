"use client";
// The dashboard's "领导领办" section: the session's key suggestions led by provincial leaders, by leader, with
// their progress (lib/stats/key-suggestions.ts). Each leader links to the list of their key suggestions. A
// client component drawing its table after hydration, like the dashboard's other tables of figures (issue 12).
import { Panel } from "@/components/dashboard/section";
import { AfterHydration, tableBox } from "@/components/ui/after-hydration";
import { RecordLink } from "@/components/ui/record-link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { useT } from "@/lib/i18n/client";
import type { KeyFigures, KeySuggestionStats } from "@/lib/stats/key-suggestions";

const FIGURES: (keyof KeyFigures)[] = ["total", "handling", "replied", "closed", "overdue", "reported"];

function Cells({ row }: { row: KeyFigures }) {
  return FIGURES.map((f) => (
    <td key={f} className={`p-2 text-right tabular-nums ${f === "overdue" && row.overdue > 0 ? "font-semibold text-red-800" : ""}`}>
      {row[f]}
    </td>
  ));
}

export function KeySuggestionsPanel({ stats, linkLeaders }: { stats: KeySuggestionStats; linkLeaders: boolean }) {
  const t = useT();
  return (
    <Panel id="key-suggestions-heading" heading={t("keys.dashboard.heading")} definition={t("keys.dashboard.definition")}>
      {stats.total === 0 ? (
        <p className="text-sm">{t("keys.dashboard.none")}</p>
      ) : (
        <>
          <p className="mb-2 text-sm" data-testid="key-summary">
            {t("keys.dashboard.summary", Object.fromEntries(FIGURES.map((f) => [f, stats[f]])))}
          </p>
          <ScrollRegion labelledBy="key-suggestions-heading">
            <AfterHydration box={tableBox(stats.byLeader.length + 1)}>
              {() => (
                <table className="w-full text-sm" data-testid="key-by-leader">
                  <thead>
                    <tr>
                      <th scope="col" className="p-2 text-left">
                        {t("keys.dashboard.columns.leader")}
                      </th>
                      {FIGURES.map((f) => (
                        <th key={f} scope="col" className="p-2 text-right whitespace-nowrap">
                          {t(`keys.dashboard.columns.${f}`)}
                        </th>
                      ))}
                    </tr>
                  </thead>
                  <tbody>
                    {stats.byLeader.map((row) => (
                      <tr key={row.leaderId} className="border-t">
                        <th scope="row" className="p-2 text-left font-normal">
                          {linkLeaders ? (
                            <RecordLink
                              className="text-brand-700 underline"
                              href={`/key-suggestions?leader=${encodeURIComponent(row.leaderId)}`}
                            >
                              {row.leaderName}
                            </RecordLink>
                          ) : (
                            row.leaderName
                          )}
                        </th>
                        <Cells row={row} />
                      </tr>
                    ))}
                    <tr className="border-t font-semibold">
                      <th scope="row" className="p-2 text-left">
                        {t("keys.dashboard.all")}
                      </th>
                      <Cells row={stats} />
                    </tr>
                  </tbody>
                </table>
              )}
            </AfterHydration>
          </ScrollRegion>
          <RecordLink className="mt-2 inline-block text-sm text-brand-700 underline" href="/key-suggestions">
            {t("keys.dashboard.link")}
          </RecordLink>
        </>
      )}
    </Panel>
  );
}
