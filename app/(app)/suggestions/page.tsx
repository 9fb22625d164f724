import { requireActor } from "@/lib/auth/current";
import { listSessions } from "@/lib/data/sessions";
import { listSuggestions } from "@/lib/data/suggestions";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { isDeputy } from "@/lib/permissions/roles";
import { listPageQuery } from "@/lib/validation/list-query";
import { Pagination } from "@/components/ui/pagination";
import { SuggestionTable } from "@/components/suggestions/suggestion-table";
import { toJsonRecords } from "@/lib/json-text";
import { SuggestionFilters } from "@/components/suggestions/filters";
import { DownloadButton } from "@/components/dashboard/download-button";

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
  const [sessions, { items, total }] = await Promise.all([
    listSessions(),
    listSuggestions(actor, { ...query, pageSize: PAGE_SIZE }, new Date(), { keepPage: true }),
  ]);
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
        <SuggestionTable
          caption={title}
          rows={toJsonRecords(
            items.map((s) => ({
              href: `/suggestions/${s.id}`,
              reference: `${s.session.code} · ${s.number}`,
              title: s.title,
              urgent: s.urgent,
              key: s.key,
              deputy: `${s.leadDeputy.name}（${s.leadDeputy.delegation}）`,
              field: s.field,
              leadUnit: s.leadUnit?.name ?? null,
              status: s.status,
              dueAt: formatDate(s.dueAt),
              overdue: s.overdue,
            })),
          )}
        />
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
