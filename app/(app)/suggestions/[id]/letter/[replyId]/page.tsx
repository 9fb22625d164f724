import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { getReplyLetter } from "@/lib/data/reply-letter";
import { getLocale, getT } from "@/lib/i18n/server";
import { formatDateTime } from "@/lib/format";
import { PrintButton } from "@/components/ui/print-button";
import { ReplyLetter } from "@/components/letter/reply-letter";

export async function generateMetadata() {
  return { title: (await getT())("work.letter.title") };
}

/**
 * The reply letter (答复函) of a signed reply. A suggestion with co-signers gets one letter per deputy, each
 * addressed to them (`?deputy=<id>`); the lead deputy's by default.
 */
export default async function ReplyLetterPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string; replyId: string }>;
  searchParams: Promise<{ deputy?: string | string[] }>;
}) {
  const actor = await requireActor();
  const { id, replyId } = await params;
  const letter = await getReplyLetter(actor, id, replyId);
  if (!letter) notFound();
  const [t, locale, { deputy: wanted }] = await Promise.all([getT(), getLocale(), searchParams]);
  // A co-signing deputy opens their own letter by default; everyone else the lead deputy's.
  const deputy = letter.deputies.find((d) => d.id === wanted) ?? letter.deputies.find((d) => d.id === actor.deputyId) ?? letter.deputies[0];
  if (!deputy) notFound();
  return (
    <div className="mx-auto max-w-[210mm]">
      <div className="no-print mb-4 flex flex-wrap items-center justify-between gap-4">
        {letter.deputies.length > 1 ? (
          <nav aria-label={t("work.letter.deputies")}>
            <ul className="flex flex-wrap gap-3 text-sm">
              {letter.deputies.map((d) => (
                <li key={d.id}>
                  <Link
                    href={`/suggestions/${id}/letter/${replyId}?deputy=${encodeURIComponent(d.id)}`}
                    className="text-brand-700 underline"
                    aria-current={d.id === deputy.id ? "page" : undefined}
                    lang="zh-CN"
                  >
                    {t("work.letter.to", { name: d.name })}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
        ) : (
          <span />
        )}
        <div className="flex items-center gap-3">
          <a
            href={`/suggestions/${id}/letter/${replyId}/pdf?deputy=${encodeURIComponent(deputy.id)}`}
            className="text-brand-700 underline"
            download
          >
            {t("papers.letter.download")}
          </a>
          <PrintButton label={t("work.letter.print")} />
        </div>
      </div>
      <p className="no-print mb-4 text-sm text-slate-600" data-testid="letter-archive-note">
        {letter.archivedAt ? t("papers.letter.archived", { date: formatDateTime(letter.archivedAt) }) : t("papers.letter.live")}
      </p>
      <ReplyLetter letter={letter} deputy={deputy} t={t} dateStyle={locale === "en" ? "en" : "zh"} />
    </div>
  );
}
