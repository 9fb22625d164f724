import { RecordLink } from "@/components/ui/record-link";
import type { Translate } from "@/lib/i18n/catalogue";

/** Links keep every other query parameter, so filters survive paging. */
export function Pagination({
  page,
  pageSize,
  total,
  params,
  t,
}: {
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
  t: Translate;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (p: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    query.set("page", String(p));
    return `?${query.toString()}`;
  };
  return (
    <nav aria-label={t("common.pagination.label")} className="flex items-center justify-between text-sm">
      <span>{t("common.pagination.summary", { total, page, pages })}</span>
      <span className="flex gap-4">
        {page > 1 && (
          <RecordLink className="text-brand-700 underline" href={hrefFor(page - 1)}>
            {t("common.actions.previous")}
          </RecordLink>
        )}
        {page < pages && (
          <RecordLink className="text-brand-700 underline" href={hrefFor(page + 1)}>
            {t("common.actions.next")}
          </RecordLink>
        )}
      </span>
    </nav>
  );
}
