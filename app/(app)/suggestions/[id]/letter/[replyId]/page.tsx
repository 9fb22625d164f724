import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";
import { formatDate } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { PrintButton } from "@/components/ui/print-button";

export async function generateMetadata() {
  return { title: (await getT())("work.letter.title") };
}

/** The reply letter (答复函) in the official layout: category mark at the top right of the first page. */
export default async function ReplyLetterPage({ params }: { params: Promise<{ id: string; replyId: string }> }) {
  const actor = await requireActor();
  const { id, replyId } = await params;
  const detail = await getSuggestionDetail(actor, id);
  const reply = detail?.replies.find((r) => r.id === replyId && r.state === "SIGNED");
  if (!detail || !reply) notFound();
  const t = await getT();
  return (
    <div className="mx-auto max-w-[210mm]">
      <div className="no-print mb-4 flex justify-end">
        <PrintButton label={t("work.letter.print")} />
      </div>
      <div className="relative bg-white px-[20mm] py-[25mm] shadow print:shadow-none" style={{ fontFamily: '"FangSong", "STFangsong", "Noto Serif CJK SC", serif' }}>
        <div className="absolute right-[20mm] top-[12mm] border-2 border-black px-3 py-1 text-2xl font-bold" role="img" aria-label={t("work.letter.categoryMark", { category: reply.category })} data-testid="category-mark">
          {reply.category}
        </div>
        <p className="text-right text-sm">{t("work.letter.disclosure", { value: reply.publishable ? t("work.letter.public") : t("work.letter.notPublic") })}</p>
        <h1 className="mt-10 text-center text-2xl font-bold leading-10" style={{ fontFamily: '"SimHei", "Noto Sans CJK SC", sans-serif' }}>
          {reply.unit.name}
          <br />
          {t("work.letter.heading", { session: detail.session.name, number: detail.number })}
        </h1>
        <p className="mt-8 text-lg">{t("work.letter.salutation", { name: detail.leadDeputy.name })}</p>
        <p className="mt-2 indent-8 text-lg leading-9">{t("work.letter.opening", { title: detail.title })}</p>
        <div className="whitespace-pre-line indent-8 text-lg leading-9">{reply.text}</div>
        {reply.commitments.length > 0 && (
          <ol className="mt-4 list-decimal pl-12 text-lg leading-9">
            {reply.commitments.map((c) => <li key={c.id}>{`${c.text}（${t("work.followUp.planned", { date: formatDate(c.dueAt) })}）`}</li>)}
          </ol>
        )}
        <p className="mt-4 indent-8 text-lg leading-9">{t("work.letter.closing")}</p>
        <div className="mt-16 text-right text-lg leading-9">
          <p>{reply.unit.name}</p>
          <p>{formatDate(reply.signedAt)}</p>
          <p className="text-sm">{t("work.letter.signer", { name: reply.signedBy?.name ?? "—" })}</p>
        </div>
        <p className="mt-10 border-t pt-2 text-sm">{t("work.letter.cc")}</p>
      </div>
    </div>
  );
}
