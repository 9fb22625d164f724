import { feedbackAction, withdrawAction } from "@/app/(app)/suggestions/[id]/actions";
import { TextArea } from "@/components/ui/fields";
import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";

const RATINGS = ["SATISFIED", "BASICALLY_SATISFIED", "DISSATISFIED"] as const;

/** `version`: the suggestion as the deputy read it; rated after a change (e.g. a reclassification) is 409. */
export function FeedbackPanel({ suggestionId, version, t }: { suggestionId: string; version: number; t: Translate }) {
  return (
    <ActionForm action={feedbackAction} hidden={{ suggestionId, version }} submitLabel={t("work.feedback.submit")} labels={{ rating: t("work.feedback.rating"), comment: t("work.feedback.comment") }}>
      <fieldset>
        <legend className="mb-1 text-sm font-medium">{t("work.feedback.rating")}</legend>
        <div className="flex flex-wrap gap-4">
          {RATINGS.map((r) => (
            <label key={r} className="flex items-center gap-2 text-sm">
              <input type="radio" name="rating" value={r} required />
              {t(`domain.rating.${r}`)}
            </label>
          ))}
        </div>
      </fieldset>
      <TextArea label={t("work.feedback.comment")} name="comment" rows={3} />
    </ActionForm>
  );
}

export function WithdrawPanel({ suggestionId, t }: { suggestionId: string; t: Translate }) {
  return <ActionForm action={withdrawAction} hidden={{ suggestionId }} submitLabel={t("work.withdraw.submit")} variant="danger" />;
}
