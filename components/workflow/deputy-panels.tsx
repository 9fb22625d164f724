import { feedbackAction, withdrawAction } from "@/app/(app)/suggestions/[id]/actions";
import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";
import { RatingFields } from "./rating-fields";
import { fieldsOf } from "@/lib/validation/form";
import { feedbackInput } from "@/lib/validation/handling";

const feedback = fieldsOf(feedbackInput);

/** `version`: the suggestion as the deputy read it; rated after a change (e.g. a reclassification) is 409. */
export function FeedbackPanel({ suggestionId, version, t }: { suggestionId: string; version: number; t: Translate }) {
  return (
    <ActionForm action={feedbackAction} hidden={{ suggestionId, version }} submitLabel={t("work.feedback.submit")} confirm={t("work.feedback.confirm")}
      labels={{ [feedback.rating]: t("work.feedback.rating"), [feedback.comment]: t("work.feedback.comment") }}>
      <RatingFields names={feedback} />
    </ActionForm>
  );
}

export function WithdrawPanel({ suggestionId, t }: { suggestionId: string; t: Translate }) {
  return <ActionForm action={withdrawAction} hidden={{ suggestionId }} submitLabel={t("work.withdraw.submit")} variant="danger" confirm={t("work.withdraw.confirm")} />;
}
