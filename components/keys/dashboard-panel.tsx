// The dashboard's "领导领办" section: the session's key suggestions led by provincial leaders, by leader, with
// their progress (lib/stats/key-suggestions.ts). Each leader links to the list of their key suggestions.
import Link from "next/link";
import { Panel } from "@/components/dashboard/section";
import { ScrollRegion } from "@/components/ui/scroll-region";
import type { Translate } from "@/lib/i18n/catalogue";
import type { KeyFigures, KeySuggestionStats } from "@/lib/stats/key-suggestions";

const FIGURES: (keyof KeyFigures)[] = ["total", "handling", "replied", "closed", "overdue", "reported"];

function Cells({ row }: { row: KeyFigures }) {
  return FIGURES.map((f) => (
    <td key={f} className={`p-2 text-right tabular-nums ${f === "overdue" && row.overdue > 0 ? "font-semibold text-red-800" : ""}`}>
      {row[f]}
    </td>
  ));
}

export function KeySuggestionsPanel({ stats, linkLeaders, t }: { stats: KeySuggestionStats; linkLeaders: boolean; t: Translate }) {
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
                        <Link className="text-brand-700 underline" href={`/key-suggestions?leader=${encodeURIComponent(row.leaderId)}`}>
                          {row.leaderName}
                        </Link>
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
          </ScrollRegion>
          <Link className="mt-2 inline-block text-sm text-brand-700 underline" href="/key-suggestions">
            {t("keys.dashboard.link")}
          </Link>
        </>
      )}
    </Panel>
  );
}
