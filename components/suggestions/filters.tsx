import type { Translate } from "@/lib/i18n/catalogue";
import { FIELDS, type ListPageQuery } from "@/lib/validation/list-query";
import { ALL_STATUSES } from "@/lib/workflow/states";

const SORTS = ["number", "-number", "-submittedAt", "submittedAt", "-updatedAt"] as const;
const control = "rounded border border-gray-500 bg-white px-3 py-2 text-sm";

/** A GET form, so a filtered list is a URL that can be shared and reloaded. */
export function SuggestionFilters({
  query,
  sessions,
  t,
}: {
  query: ListPageQuery;
  sessions: { code: string; name: string }[];
  t: Translate;
}) {
  return (
    <form method="get" aria-label={t("suggestions.list.filters")} className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm">
      {query.unit && <input type="hidden" name="unit" value={query.unit} />}
      <div className="min-w-0">
        <label htmlFor="f-session" className="mb-1 block text-sm font-medium">
          {t("suggestions.list.session")}
        </label>
        <select id="f-session" name="session" defaultValue={query.session ?? ""} className={control}>
          <option value="">{t("suggestions.list.allSessions")}</option>
          {sessions.map((s) => (
            <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-status" className="mb-1 block text-sm font-medium">
          {t("suggestions.list.status")}
        </label>
        <select id="f-status" name="status" defaultValue={query.status ?? ""} className={control}>
          <option value="">{t("suggestions.list.allStatuses")}</option>
          {ALL_STATUSES.map((s) => (
            <option key={s} value={s}>
              {t(`domain.status.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-field" className="mb-1 block text-sm font-medium">
          {t("suggestions.list.field")}
        </label>
        <select id="f-field" name="field" defaultValue={query.field ?? ""} className={control}>
          <option value="">{t("suggestions.list.allFields")}</option>
          {FIELDS.map((f) => (
            <option key={f} value={f}>
              {f}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="f-sort" className="mb-1 block text-sm font-medium">
          {t("suggestions.list.sort")}
        </label>
        <select id="f-sort" name="sort" defaultValue={query.sort ?? ""} className={control}>
          <option value="">{t("suggestions.list.sorts.default")}</option>
          {SORTS.map((s) => (
            <option key={s} value={s}>
              {t(`suggestions.list.sorts.${s}`)}
            </option>
          ))}
        </select>
      </div>
      <div className="min-w-60 flex-1">
        <label htmlFor="f-q" className="mb-1 block text-sm font-medium">
          {t("suggestions.list.q")}
        </label>
        <input id="f-q" name="q" type="search" defaultValue={query.q ?? ""} className={`${control} w-full`} />
      </div>
      <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
        {t("common.actions.filter")}
      </button>
    </form>
  );
}
