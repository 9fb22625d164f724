// The key suggestions a leader leads (or, for the office, every leader's), each with its progress: status,
// handling units, the lead unit's due date (and whether it is overdue), and the latest progress report.
import { RecordLink } from "@/components/ui/record-link";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { StatusBadge } from "@/components/ui/status-badge";
import type { KeySuggestionRow } from "@/lib/data/key-suggestions";
import { formatDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { CONTENT_LANG } from "@/lib/i18n/config";

const COLUMNS = ["number", "title", "leader", "status", "units", "due", "latestReport"] as const;

export function KeyList({ rows, showLeader, t }: { rows: KeySuggestionRow[]; showLeader: boolean; t: Translate }) {
  if (rows.length === 0) return <p className="text-sm">{t("keys.list.empty")}</p>;
  const columns = COLUMNS.filter((c) => c !== "leader" || showLeader);
  return (
    <ScrollRegion label={t("keys.list.title")}>
      <table className="w-full text-sm" data-testid="key-list">
        <thead className="text-left">
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col" className="p-2 whitespace-nowrap">
                {t(`keys.list.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r) => (
            <tr key={r.id} className="border-t align-top">
              <td className="p-2 whitespace-nowrap">{r.number}</td>
              <td className="p-2">
                <RecordLink className="text-brand-700 underline" href={`/suggestions/${r.id}`} lang={CONTENT_LANG}>
                  {r.title}
                </RecordLink>
              </td>
              {showLeader && <td className="p-2 whitespace-nowrap">{r.leader.name}</td>}
              <td className="p-2">
                <StatusBadge status={r.status} label={t(`domain.status.${r.status}`)} />
              </td>
              <td className="p-2">
                {r.leadUnit ? <p>{t("keys.list.leadUnit", { unit: r.leadUnit.name })}</p> : <p>{t("keys.list.notAssigned")}</p>}
                {r.coUnits.length > 0 && <p>{t("keys.list.coUnits", { units: r.coUnits.map((u) => u.name).join("、") })}</p>}
              </td>
              <td className="p-2 whitespace-nowrap">
                {formatDate(r.dueAt)}
                {r.overdue && <span className="ml-1 rounded bg-red-100 px-1 text-xs text-red-900">{t("keys.list.overdue")}</span>}
              </td>
              <td className="p-2" data-testid="latest-report">
                {r.latestReport ? (
                  <>
                    <p className="text-gray-700">
                      {t("keys.panel.reportMeta", {
                        date: formatDate(r.latestReport.reportedOn),
                        unit: r.latestReport.unit.name,
                        name: r.latestReport.createdBy.name,
                      })}
                    </p>
                    <p className="line-clamp-3" lang={CONTENT_LANG}>
                      {r.latestReport.text}
                    </p>
                    <p className="text-xs text-gray-700">{t("keys.list.reportCount", { count: r.reportCount })}</p>
                  </>
                ) : (
                  t("keys.list.noReport")
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </ScrollRegion>
  );
}
