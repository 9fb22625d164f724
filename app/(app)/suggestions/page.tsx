import { RecordLink } from "@/components/ui/record-link";
import { requireActor } from "@/lib/auth/current";
import { listSessions } from "@/lib/data/sessions";
import { listSuggestions } from "@/lib/data/suggestions";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isDeputy } from "@/lib/permissions/roles";
import { listPageQuery } from "@/lib/validation/list-query";
import { Pagination } from "@/components/ui/pagination";
import { StatusBadge } from "@/components/ui/status-badge";
import { SuggestionFilters } from "@/components/suggestions/filters";
import { DownloadButton } from "@/components/dashboard/download-button";
import { CONTENT_LANG } from "@/lib/i18n/config";

/** The list's filters as the export's query: the file holds exactly the rows the list shows. */
function exportQuery(query: { session?: string; status?: string; field?: string; unit?: string; q?: string }) {
  const params = new URLSearchParams();
  for (const key of ["session", "status", "field", "unit", "q"] as const) if (query[key]) params.set(key, query[key]!);
  return params.toString();
}

const PAGE_SIZE = 20;

export async function generateMetadata() {
  return { title: (await getT())("suggestions.list.title") };
}

export default async function SuggestionsPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const actor = await requireActor();
  const t = await getT();
  const query = listPageQuery.parse(await searchParams);
  const [sessions, { items, total }] = await Promise.all([listSessions(), listSuggestions(actor, { ...query, pageSize: PAGE_SIZE })]);
  const title = isDeputy(actor) ? t("suggestions.list.myTitle") : t("suggestions.list.title");
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{title}</h1>
      <SuggestionFilters query={query} sessions={sessions} t={t} />
      {query.session && (
        <div className="no-print flex justify-end">
          <DownloadButton href={`/export/suggestions?${exportQuery(query)}`} label={t("suggestions.list.export")} testId="export-list" />
        </div>
      )}
      <div className="overflow-x-auto rounded bg-white shadow-sm">
        <table className="w-full text-sm">
          <caption className="sr-only">{title}</caption>
          <thead className="bg-gray-100 text-left">
            <tr>
              {(["number", "title", "leadDeputy", "field", "leadUnit", "status", "dueAt"] as const).map((c) => (
                <th key={c} scope="col" className="p-2">
                  {t(`suggestions.list.columns.${c}`)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {items.map((s) => (
              <tr key={s.id} className="border-t">
                <td className="p-2 whitespace-nowrap">{`${s.session.code} · ${s.number}`}</td>
                <td className="p-2">
                  <RecordLink href={`/suggestions/${s.id}`} className="text-brand-700 underline" lang={CONTENT_LANG}>
                    {s.title}
                  </RecordLink>
                  {s.urgent && <span className="ml-2 rounded bg-red-100 px-1 text-xs text-red-900">{t("suggestions.detail.urgent")}</span>}
                  {s.key && <span className="ml-2 rounded bg-amber-100 px-1 text-xs text-amber-900">{t("suggestions.detail.key")}</span>}
                </td>
                <td className="p-2 whitespace-nowrap">{`${s.leadDeputy.name}（${s.leadDeputy.delegation}）`}</td>
                <td className="p-2 whitespace-nowrap">{s.field}</td>
                <td className="p-2">{s.leadUnit?.name ?? "—"}</td>
                <td className="p-2 whitespace-nowrap">
                  <StatusBadge status={s.status} label={t(`domain.status.${s.status}`)} />
                </td>
                <td className={`p-2 whitespace-nowrap ${s.overdue ? "font-semibold text-red-800" : ""}`}>
                  {formatDate(s.dueAt)}
                  {s.overdue && ` · ${t("suggestions.detail.overdue")}`}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {items.length === 0 && <p className="p-4">{t("suggestions.list.empty")}</p>}
      </div>
      <Pagination
        page={query.page}
        pageSize={PAGE_SIZE}
        total={total}
        params={{ session: query.session, status: query.status, field: query.field, unit: query.unit, q: query.q, sort: query.sort }}
        t={t}
      />
    </div>
  );
}
