import Link from "next/link";
import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { Pagination } from "@/components/ui/pagination";
import { LocaleSwitch } from "@/components/locale-switch";
import { listPublishedReplies } from "@/lib/data/public-replies";
import { listSessionOptions } from "@/lib/data/sessions";
import { setLocale } from "@/app/actions/locale";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { CONTENT_LANG } from "@/lib/i18n/config";

export const dynamic = "force-dynamic";

const querySchema = z.object({
  session: z.string().trim().max(20).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  page: pageParam,
});

export async function generateMetadata() {
  return { title: (await getT())("work.public.title") };
}

/** Published reply summaries — open to everyone, no sign-in. */
export default async function PublicRepliesPage({ searchParams }: { searchParams: Promise<Record<string, string | undefined>> }) {
  const t = await getT();
  const query = querySchema.parse(await searchParams);
  const sessions = await listSessionOptions();
  const pageSize = 20;
  const { items, total } = await listPublishedReplies({ ...query, pageSize });
  return (
    <main id="main" className="mx-auto max-w-5xl space-y-4 p-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("work.public.title")}</h1>
        <div className="flex gap-4 text-sm">
          <LocaleSwitch action={setLocale} />
          <Link href="/login" className="text-brand-700 underline">
            {t("common.login.title")}
          </Link>
        </div>
      </div>
      <p className="text-sm text-gray-700">{t("work.public.intro")}</p>
      <form method="get" className="flex flex-wrap items-end gap-3 rounded bg-white p-4 shadow-sm">
        <div className="min-w-0">
          <label htmlFor="public-session" className="mb-1 block text-sm font-medium">
            {t("work.public.session")}
          </label>
          <select
            id="public-session"
            name="session"
            defaultValue={query.session ?? ""}
            className="rounded border border-gray-500 px-3 py-2 text-sm"
          >
            <option value="">{t("work.public.allSessions")}</option>
            {sessions.map((s) => (
              <option key={s.code} value={s.code}>{`${s.name} (${s.code})`}</option>
            ))}
          </select>
        </div>
        <div>
          <label htmlFor="public-q" className="mb-1 block text-sm font-medium">
            {t("work.public.search")}
          </label>
          <input id="public-q" name="q" defaultValue={query.q ?? ""} className="rounded border border-gray-500 px-3 py-2 text-sm" />
        </div>
        <button type="submit" className="rounded bg-brand-700 px-4 py-2 text-sm text-white">
          {t("common.actions.filter")}
        </button>
      </form>
      {items.length === 0 ? (
        <p className="rounded bg-white p-4">{t("work.public.empty")}</p>
      ) : (
        <ul className="space-y-3">
          {items.map((r) => (
            <li key={r.id} className="rounded bg-white p-4 shadow-sm">
              <h2 className="font-semibold" lang={CONTENT_LANG}>{`${r.suggestion.number} ${r.suggestion.title}`}</h2>
              <p className="text-sm text-gray-700">
                {t("work.public.meta", { session: r.suggestion.session.name, unit: r.unit.name, date: formatDate(r.signedAt) })}
                {" · "}
                {`${r.category} ${t(`domain.category.${r.category}`)}`}
              </p>
              <p className="mt-2 whitespace-pre-line" lang={r.publicSummary ? CONTENT_LANG : undefined}>
                {r.publicSummary ?? t("work.public.noSummary")}
              </p>
            </li>
          ))}
        </ul>
      )}
      <Pagination page={query.page} pageSize={pageSize} total={total} params={{ session: query.session, q: query.q }} t={t} />
    </main>
  );
}
