import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";
import { RatingFields } from "./rating-fields";
import type { FormAction } from "./suggestion-actions";
import { fieldsOf } from "@/lib/validation/form";
import { feedbackInput } from "@/lib/validation/handling";

const feedback = fieldsOf(feedbackInput);

/** `version`: the suggestion as the deputy read it; rated after a change (e.g. a reclassification) is 409. */
export function FeedbackPanel({
  action,
  suggestionId,
  version,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  version: number;
  t: Translate;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId, version }}
      submitLabel={t("work.feedback.submit")}
      confirm={t("work.feedback.confirm")}
      labels={{ [feedback.rating]: t("work.feedback.rating"), [feedback.comment]: t("work.feedback.comment") }}
    >
      <RatingFields names={feedback} />
    </ActionForm>
  );
}

export function WithdrawPanel({ action, suggestionId, t }: { action: FormAction; suggestionId: string; t: Translate }) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.withdraw.submit")}
      variant="danger"
      confirm={t("work.withdraw.confirm")}
    />
  );
}
