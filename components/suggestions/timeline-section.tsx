import { RecordLink } from "@/components/ui/record-link";
import type { SimilarSuggestion, SuggestionDetail } from "@/lib/data/suggestion-detail";
import { formatDate, formatDateTime } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { keyEventWords } from "@/components/keys/event-words";
import { Section } from "./section";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { CorrectionChanges, correctionLabel } from "./correction-changes";

const reasonOf = (after: unknown): string | null =>
  after && typeof after === "object" && "reason" in after && typeof after.reason === "string" ? after.reason : null;

/** One chronological story of the suggestion, from the audit events. */
export function TimelineSection({ detail, t }: { detail: SuggestionDetail; t: Translate }) {
  return (
    <Section title={t("suggestions.detail.timeline")} id="timeline">
      <ol className="relative space-y-2 border-l-2 border-gray-300 pl-4 text-sm">
        {detail.timeline.map((e) => {
          const label = keyEventWords(e, t) ?? correctionLabel(e.action, t) ?? t(`suggestions.events.${e.action}`);
          // A rating tells how the deputy rated and, for 不满意, why.
          const feedback = e.action === "feedback.give" ? detail.feedback.find((f) => f.id === e.entityId) : undefined;
          // An office correction says why (its required reason), for those who see the event's data.
          const reason = reasonOf(e.after);
          return (
            <li key={e.id}>
              <time dateTime={new Date(e.at).toISOString()} className="text-gray-700">
                {formatDateTime(e.at)}
              </time>
              {" · "}
              <span>{label.startsWith("suggestions.events.") ? e.action : label}</span>
              {feedback && (
                <span data-testid="timeline-feedback">
                  {`：${t(`domain.rating.${feedback.rating}`)}`}
                  {feedback.comment && <span lang={CONTENT_LANG}>{`（${feedback.comment}）`}</span>}
                </span>
              )}
              {reason && <span lang={CONTENT_LANG}>{`：${reason}`}</span>}
              {e.actor && <span className="text-gray-700">{` · ${e.actor.name}（${t(`domain.role.${e.actor.role}`)}）`}</span>}
              {e.action.startsWith("correction.") && e.after !== undefined && <CorrectionChanges after={e.after} t={t} />}
            </li>
          );
        })}
      </ol>
    </Section>
  );
}

export function SimilarSection({ similar, t }: { similar: SimilarSuggestion[]; t: Translate }) {
  return (
    <Section title={t("suggestions.detail.similar")} id="similar">
      <ul className="space-y-3 text-sm">
        {similar.map((s) => (
          <li key={s.id}>
            <RecordLink
              href={`/suggestions/${s.id}`}
              className="text-brand-700 underline"
              lang={CONTENT_LANG}
            >{`${s.session.code} · ${s.number} ${s.title}`}</RecordLink>
            <p className="text-gray-700">
              {s.reply
                ? t("suggestions.detail.similarReply", {
                    unit: s.reply.unit.name,
                    category: s.reply.category,
                    date: formatDate(s.reply.signedAt),
                  })
                : t("suggestions.detail.noReply")}
            </p>
            {s.reply && (
              <p className="line-clamp-2" lang={CONTENT_LANG}>
                {s.reply.text}
              </p>
            )}
          </li>
        ))}
      </ul>
    </Section>
  );
}
