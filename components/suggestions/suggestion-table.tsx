"use client";
// The suggestion list's table. Its rows come as one JSON text of plain values (lib/json-text.ts) and are
// rendered here, on the server for the HTML as before and in the browser on hydration: as a server-rendered
// tree each row was ~950 bytes of the page's payload beside its HTML, as values ~250 (issue 12).
import { RecordLink } from "@/components/ui/record-link";
import { StatusBadge } from "@/components/ui/status-badge";
import { useT } from "@/lib/i18n/client";
import { CONTENT_LANG } from "@/lib/i18n/config";
import type { JsonRecords } from "@/lib/json-text";
import { useJsonRecords } from "@/components/ui/use-json-text";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";

/** A row as shown: dates already written as China dates on the server. */
export interface SuggestionTableRow {
  /** The suggestion's page. */
  href: string;
  reference: string;
  title: string;
  urgent: boolean;
  key: boolean;
  deputy: string;
  field: string;
  leadUnit: string | null;
  status: SuggestionStatus;
  dueAt: string;
  overdue: boolean;
}

const COLUMNS = ["number", "title", "leadDeputy", "field", "leadUnit", "status", "dueAt"] as const;

export function SuggestionTable({ caption, rows: rowsText }: { caption: string; rows: JsonRecords<SuggestionTableRow> }) {
  const t = useT();
  const rows = useJsonRecords(rowsText);
  return (
    <>
      <table className="w-full text-sm">
        <caption className="sr-only">{caption}</caption>
        <thead className="bg-gray-100 text-left">
          <tr>
            {COLUMNS.map((c) => (
              <th key={c} scope="col" className="p-2">
                {t(`suggestions.list.columns.${c}`)}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.href} className="border-t">
              <td className="p-2 whitespace-nowrap">{s.reference}</td>
              <td className="p-2">
                <RecordLink href={s.href} className="text-brand-700 underline" lang={CONTENT_LANG}>
                  {s.title}
                </RecordLink>
                {s.urgent && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-900">{t("suggestions.detail.urgent")}</span>}
                {s.key && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("suggestions.detail.key")}</span>}
              </td>
              <td className="p-2 whitespace-nowrap">{s.deputy}</td>
              <td className="p-2 whitespace-nowrap">{s.field}</td>
              <td className="p-2">{s.leadUnit ?? "—"}</td>
              <td className="p-2 whitespace-nowrap">
                <StatusBadge status={s.status} label={t(`domain.status.${s.status}`)} />
              </td>
              <td className={`p-2 whitespace-nowrap ${s.overdue ? "font-semibold text-red-800" : ""}`}>
                {s.dueAt}
                {s.overdue && ` · ${t("suggestions.detail.overdue")}`}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="p-4">{t("suggestions.list.empty")}</p>}
    </>
  );
}
