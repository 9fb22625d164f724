import { RecordLink } from "@/components/ui/record-link";
import type { Translate } from "@/lib/i18n/catalogue";

/**
 * Links keep every other query parameter, so filters survive paging. A page with two paged lists names the
 * second one's parameter (`param`) and passes the first one's page in `params`.
 */
export function Pagination({
  page,
  pageSize,
  total,
  params,
  param = "page",
  label,
  t,
}: {
  page: number;
  pageSize: number;
  total: number;
  params: Record<string, string | undefined>;
  param?: string;
  /** The navigation's accessible name when a page has more than one. */
  label?: string;
  t: Translate;
}) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  const hrefFor = (p: number) => {
    const query = new URLSearchParams();
    for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
    query.set(param, String(p));
    return `?${query.toString()}`;
  };
  return (
    <nav aria-label={label ?? t("common.pagination.label")} className="flex items-center justify-between text-sm">
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
