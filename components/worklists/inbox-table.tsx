"use client";
// The unit inbox's table: rows as one JSON text of plain values, rendered here on the server and on hydration,
// like the suggestion list's (components/suggestions/suggestion-table.tsx; issue 12).
import { RecordLink } from "@/components/ui/record-link";
import { StatusBadge } from "@/components/ui/status-badge";
import type { WorkState } from "@/lib/data/inbox";
import { useT } from "@/lib/i18n/client";
import { CONTENT_LANG } from "@/lib/i18n/config";
import type { JsonRecords } from "@/lib/json-text";
import { useJsonRecords } from "@/components/ui/use-json-text";
import type { SuggestionStatus } from "@/lib/generated/prisma/enums";

/** A row as shown: the unit's own duty on the suggestion, its due date written as a China date. */
export interface InboxTableRow {
  /** The suggestion's page. */
  href: string;
  reference: string;
  title: string;
  deputy: string;
  status: SuggestionStatus;
  work: WorkState | null;
  dueAt: string;
  overdue: boolean;
  /** The holiday the due date falls on, if any. */
  holiday: string | null;
}

const WORK_STYLE: Record<WorkState, string> = {
  NONE: "bg-gray-100 text-gray-800",
  DRAFT: "bg-gray-100 text-gray-900",
  RETURNED: "bg-red-50 text-red-800",
  IN_REVIEW: "bg-amber-50 text-amber-900",
  SIGNED: "bg-green-50 text-green-800",
  OPINION_MISSING: "bg-gray-100 text-gray-800",
  OPINION_GIVEN: "bg-green-50 text-green-800",
};

/** The unit's progress on a row, in words (the colour only repeats them). */
function WorkBadge({ state, label }: { state: WorkState; label: string }) {
  return (
    <span data-state={state} className={`inline-block rounded px-2 py-0.5 text-xs font-medium ${WORK_STYLE[state]}`}>
      {label}
    </span>
  );
}

export function InboxTable({ tab, rows: rowsText }: { tab: "LEAD" | "CO"; rows: JsonRecords<InboxTableRow> }) {
  const t = useT();
  const rows = useJsonRecords(rowsText);
  return (
    <>
      <table className="w-full text-sm">
        <caption className="sr-only">{t(`work.inbox.tab.${tab}`)}</caption>
        <thead className="bg-gray-100 text-left">
          <tr>
            {(["number", "title", "leadDeputy", "status"] as const).map((c) => (
              <th key={c} scope="col" className="p-2">
                {t(`suggestions.list.columns.${c}`)}
              </th>
            ))}
            <th scope="col" className="p-2">
              {t("work.inbox.columns.work")}
            </th>
            <th scope="col" className="p-2" aria-describedby="inbox-due-hint">
              {t(`work.inbox.columns.ownDueAt.${tab}`)}
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((s) => (
            <tr key={s.href} className="border-t" data-testid="inbox-row">
              <td className="p-2 whitespace-nowrap">{s.reference}</td>
              <td className="p-2">
                <RecordLink className="text-brand-700 underline" href={s.href} lang={CONTENT_LANG}>
                  {s.title}
                </RecordLink>
              </td>
              <td className="p-2 whitespace-nowrap">{s.deputy}</td>
              <td className="p-2">
                <StatusBadge status={s.status} label={t(`domain.status.${s.status}`)} />
              </td>
              <td className="p-2 whitespace-nowrap" data-testid="inbox-work">
                {s.work ? <WorkBadge state={s.work} label={t(`work.inbox.state.${s.work}`)} /> : "—"}
              </td>
              <td className={`p-2 whitespace-nowrap ${s.overdue ? "font-semibold text-red-800" : ""}`} data-testid="inbox-due">
                {s.dueAt}
                {s.overdue ? ` · ${t("suggestions.detail.overdue")}` : ""}
                {s.holiday && (
                  <span className="block text-xs font-normal text-gray-700">
                    {t("suggestions.detail.dueOnHoliday", { name: s.holiday })}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {rows.length === 0 && <p className="p-4">{t("suggestions.list.empty")}</p>}
    </>
  );
}
