import Link from "next/link";
import type { SuggestionDetail } from "@/lib/data/suggestion-detail";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { Empty, Section } from "./section";
import { VersionDiff } from "./version-diff";
import { CONTENT_LANG } from "@/lib/i18n/config";

type Reply = SuggestionDetail["replies"][number];

function Versions({ reply, t }: { reply: Reply; t: Translate }) {
  if (reply.versions.length < 2) return null;
  return (
    <details className="mt-2 text-sm">
      <summary className="cursor-pointer text-brand-700">{t("work.reply.versions")}</summary>
      <ol className="mt-2 space-y-3">
        {reply.versions.map((v, i) => (
          <li key={v.id}>
            <p className="font-medium">
              {t("suggestions.detail.versionOf", { n: v.versionNo, date: formatDateTime(v.createdAt) })} · {v.category}
            </p>
            {i > 0 && <VersionDiff before={reply.versions[i - 1]?.text ?? ""} after={v.text} t={t} />}
          </li>
        ))}
      </ol>
    </details>
  );
}

export function RepliesSection({ detail, t }: { detail: SuggestionDetail; t: Translate }) {
  return (
    <Section title={t("suggestions.detail.replies")} id="replies">
      {detail.replies.length === 0 ? (
        <Empty text={t("suggestions.detail.none")} />
      ) : (
        <ol className="space-y-4">
          {detail.replies.map((r) => (
            <li key={r.id} className="rounded border border-gray-200 p-3" data-testid={`reply-${r.state}`}>
              <p className="text-sm font-medium">
                {`${r.unit.name} · ${t(`domain.replyState.${r.state}`)} · ${r.category} ${t(`domain.category.${r.category}`)}`}
              </p>
              {r.signedAt && (
                <p className="text-sm text-gray-700">
                  {t("suggestions.detail.signedBy", { name: r.signedBy?.name ?? "—", date: formatDate(r.signedAt) })} ·{" "}
                  {r.publishable ? t("suggestions.detail.public") : t("suggestions.detail.notPublic")}
                </p>
              )}
              {r.returnComment && r.state === "DRAFT" && (
                <p className="text-sm text-red-800">{t("suggestions.detail.returnComment", { comment: r.returnComment })}</p>
              )}
              <p className="mt-2 whitespace-pre-line leading-7" lang={CONTENT_LANG}>
                {r.text}
              </p>
              {r.commitments.length > 0 && (
                <ul className="mt-2 list-disc pl-6 text-sm">
                  {r.commitments.map((c) => (
                    <li key={c.id}>{`${c.text}（${t("work.followUp.planned", { date: formatDate(c.dueAt) })}）${c.doneAt ? " ✓" : ""}`}</li>
                  ))}
                </ul>
              )}
              {r.state === "SIGNED" && (
                <Link
                  className="no-print mt-2 inline-block text-sm text-brand-700 underline"
                  href={`/suggestions/${detail.id}/letter/${r.id}`}
                >
                  {t("suggestions.detail.printLetter")}
                </Link>
              )}
              <Versions reply={r} t={t} />
            </li>
          ))}
        </ol>
      )}
    </Section>
  );
}
