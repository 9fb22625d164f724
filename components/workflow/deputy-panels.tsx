import { feedbackAction, withdrawAction } from "@/app/(app)/suggestions/[id]/actions";
import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";
import { RatingFields } from "./rating-fields";

export function FeedbackPanel({ suggestionId, t }: { suggestionId: string; t: Translate }) {
  return (
    <ActionForm action={feedbackAction} hidden={{ suggestionId }} submitLabel={t("work.feedback.submit")} confirm={t("work.feedback.confirm")}
      labels={{ rating: t("work.feedback.rating"), comment: t("work.feedback.comment") }}>
      <RatingFields />
    </ActionForm>
  );
}

export function WithdrawPanel({ suggestionId, t }: { suggestionId: string; t: Translate }) {
  return <ActionForm action={withdrawAction} hidden={{ suggestionId }} submitLabel={t("work.withdraw.submit")} variant="danger" confirm={t("work.withdraw.confirm")} />;
}
