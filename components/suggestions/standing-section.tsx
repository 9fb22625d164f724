import { RecordLink } from "@/components/ui/record-link";
import type { Actor } from "@/lib/auth/user";
import type { SuggestionDetail } from "@/lib/data/suggestion-detail";
import { formatDateTime } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { CONTENT_LANG } from "@/lib/i18n/config";
import { canCorrectMerge, mayMarkNotASuggestionNow, mayRestoreStandingNow } from "@/lib/permissions/can";
import { isNotASuggestion } from "@/lib/workflow/states";
import { MergeCorrectionPanel, StandingPanel } from "@/components/workflow/standing-panels";
import type { FormAction } from "@/components/workflow/suggestion-actions";
import { Section } from "./section";

/** The acts of app/(app)/suggestions/[id]/standing/actions.ts, handed down by the page. */
export interface StandingActions {
  standingAction: FormAction;
  undoMergeAction: FormAction;
  extendMergeAction: FormAction;
}

/** Says, to everyone who sees the record, that it was found not a suggestion, why and when. */
export function StandingNotice({ detail, t }: { detail: SuggestionDetail; t: Translate }) {
  if (!isNotASuggestion(detail.status)) return null;
  return (
    <div role="note" data-testid="standing-notice" className="rounded border border-purple-700 bg-purple-50 p-4 text-sm">
      <p className="font-semibold">{t(`standing.notice.${detail.status}`)}</p>
      {detail.standingReason && <p lang={CONTENT_LANG}>{t("standing.notice.reason", { reason: detail.standingReason })}</p>}
      {detail.standingAt && <p className="text-gray-700">{t("standing.notice.at", { at: formatDateTime(detail.standingAt) })}</p>}
    </div>
  );
}

/** The office's standing decision and, for a merged suggestion, the group and its corrections. */
export function StandingSection({
  actor,
  detail,
  actions,
  t,
}: {
  actor: Actor;
  detail: SuggestionDetail;
  actions: StandingActions;
  t: Translate;
}) {
  const signed = detail.replies.filter((r) => r.state === "SIGNED").length;
  const mark = mayMarkNotASuggestionNow(actor, detail, signed);
  const restore = mayRestoreStandingNow(actor, detail);
  const group = canCorrectMerge(actor) ? detail.mergeGroup : null;
  if (!mark && !restore && !group) return null;
  return (
    <div className="space-y-4">
      {(mark || restore) && (
        <Section title={restore ? t("standing.panel.restoreTitle") : t("standing.panel.title")} id="standing">
          <StandingPanel action={actions.standingAction} suggestionId={detail.id} version={detail.version} marked={restore} t={t} />
        </Section>
      )}
      {group && (
        <Section title={t("standing.merge.title")} id="merge-group">
          <p className="text-sm font-semibold">{t("standing.merge.members")}</p>
          <ul className="mb-3 list-disc pl-5 text-sm" data-testid="merge-members">
            {group.suggestions.map((s) => (
              <li key={s.id}>
                <RecordLink href={`/suggestions/${s.id}`} className="text-brand-700 underline" lang={CONTENT_LANG}>
                  {`${s.number} ${s.title}`}
                </RecordLink>
              </li>
            ))}
          </ul>
          <MergeCorrectionPanel
            undoAction={actions.undoMergeAction}
            extendAction={actions.extendMergeAction}
            suggestionId={detail.id}
            version={detail.version}
            groupId={group.id}
            t={t}
          />
        </Section>
      )}
    </div>
  );
}
