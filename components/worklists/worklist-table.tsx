import { RecordLink } from "@/components/ui/record-link";
import type { WorklistRow } from "@/lib/data/worklists";
import { formatDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { CONTENT_LANG } from "@/lib/i18n/config";
import type { WorklistName } from "@/lib/worklists/names";
import { ScrollRegion } from "@/components/ui/scroll-region";
import { StatusBadge } from "@/components/ui/status-badge";

/** Which columns a list shows beyond its suggestion: the unit concerned, the kind of item, the due date. */
const COLUMNS: Record<WorklistName, { unit?: true; kind?: true; due?: true }> = {
  toSign: { due: true },
  returned: { due: true },
  unopened: { kind: true, due: true },
  opinionsDue: {},
  requests: { unit: true, kind: true, due: true },
  unassigned: {},
  overdue: { unit: true, kind: true },
  toRate: { due: true },
  led: {},
  cosigned: {},
};

/** One worklist's rows, each linking to its suggestion. */
export function WorklistTable({ name, rows, total, t }: { name: WorklistName; rows: WorklistRow[]; total: number; t: Translate }) {
  const show = COLUMNS[name];
  const captionId = `worklist-${name}-caption`;
  const th = (label: string) => (
    <th scope="col" className="p-2">
      {label}
    </th>
  );
  return (
    <ScrollRegion labelledBy={captionId} className="rounded bg-white shadow-sm">
      <table className="w-full text-sm">
        <caption id={captionId} className="sr-only">
          {t("worklists.caption", { title: t(`worklists.title.${name}`), total })}
        </caption>
        <thead className="bg-gray-100 text-left">
          <tr>
            {th(t("worklists.columns.number"))}
            {th(t("worklists.columns.title"))}
            {th(t("worklists.columns.status"))}
            {show.unit && th(t("worklists.columns.unit"))}
            {show.kind && th(t("worklists.columns.kind"))}
            {th(t(`worklists.at.${name}`))}
            {show.due && th(t(`worklists.due.${name}`))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.ref} className="border-t" data-testid="worklist-row">
              <td className="p-2 whitespace-nowrap">{`${row.sessionCode} · ${row.number}`}</td>
              <td className="p-2">
                <RecordLink className="text-brand-700 underline" href={`/suggestions/${row.suggestionId}`} lang={CONTENT_LANG}>
                  {row.title}
                </RecordLink>
              </td>
              <td className="p-2">
                <StatusBadge status={row.status} label={t(`domain.status.${row.status}`)} />
              </td>
              {show.unit && <td className="p-2 whitespace-nowrap">{row.unitName ?? "—"}</td>}
              {show.kind && <td className="p-2 whitespace-nowrap">{row.kind ? t(`worklists.kind.${row.kind}`) : "—"}</td>}
              <td className="p-2 whitespace-nowrap">{formatDate(row.at)}</td>
              {show.due && <td className="p-2 whitespace-nowrap">{row.dueAt ? formatDate(row.dueAt) : "—"}</td>}
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="p-4">{t("worklists.empty")}</p>}
    </ScrollRegion>
  );
}
