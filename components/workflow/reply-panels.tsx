import { Input, Select, TextArea } from "@/components/ui/fields";
import { toDateInputValue } from "@/lib/dates/china-date";
import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";
import { TemplatePicker } from "./template-picker";
import type { FormAction } from "./suggestion-actions";
import { fieldsOf, rowFieldsOf } from "@/lib/validation/form";
import { replyInput, returnReplyInput, signReplyInput } from "@/lib/validation/handling";

const CATEGORIES = ["A", "B", "C", "D"] as const;
const reply = fieldsOf(replyInput);
const commitment = rowFieldsOf(replyInput, "commitments");
const sign = fieldsOf(signReplyInput);
const back = fieldsOf(returnReplyInput);

export interface DraftReply {
  id: string;
  version: number;
  category: string;
  text: string;
  commitments: { text: string; dueAt: Date | string }[];
}

/**
 * Draft or edit the lead unit's reply; B and C replies need commitments with planned dates (rule 5).
 * The fields are keyed by the saved version: after each save they are created afresh from what was stored
 * (a <select>'s defaultValue, unlike an input's, is read only once, so it kept showing the first default),
 * and the form's reset after a success returns to those stored values.
 */
export function ReplyEditor({
  action,
  suggestionId,
  draft,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  draft?: DraftReply;
  t: Translate;
}) {
  const rows = [...(draft?.commitments ?? []), { text: "", dueAt: "" }, { text: "", dueAt: "" }];
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId, replyId: draft?.id, version: draft?.version }}
      submitLabel={t("work.reply.save")}
      labels={{
        [reply.category]: t("work.reply.category"),
        [reply.text]: t("work.reply.text"),
        [reply.commitments]: t("work.reply.commitments"),
      }}
    >
      <div key={draft ? `${draft.id}:${draft.version}` : "new"} className="space-y-3">
        <Select
          label={t("work.reply.category")}
          name={reply.category}
          defaultValue={draft?.category ?? "A"}
          options={CATEGORIES.map((c) => ({ value: c, label: `${c} ${t(`domain.category.${c}`)}` }))}
        />
        {!draft && <TemplatePicker />}
        <TextArea label={t("work.reply.text")} name={reply.text} defaultValue={draft?.text} required rows={10} />
        <fieldset className="space-y-2 rounded border border-gray-300 p-3">
          <legend className="px-1 text-sm font-medium">{t("work.reply.commitments")}</legend>
          <p className="text-xs text-gray-600">{t("work.reply.commitmentsHint")}</p>
          {rows.map((c, i) => (
            <div key={i} className="grid gap-2 md:grid-cols-[1fr_12rem]">
              <Input label={t("work.reply.commitmentText", { n: i + 1 })} name={commitment(i).text} defaultValue={c.text} />
              <Input
                label={t("work.reply.commitmentDue", { n: i + 1 })}
                name={commitment(i).dueAt}
                type="date"
                defaultValue={toDateInputValue(c.dueAt) || undefined}
              />
            </div>
          ))}
        </fieldset>
      </div>
    </ActionForm>
  );
}

export function SubmitReplyPanel({
  action,
  suggestionId,
  replyId,
  version,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  replyId: string;
  version: number;
  t: Translate;
}) {
  return <ActionForm action={action} hidden={{ suggestionId, replyId, version }} submitLabel={t("work.reply.submitForReview")} />;
}

/**
 * The unit leader's review: sign (with the public-disclosure choice) or return with a comment. Both carry
 * the version on screen, so a reply changed meanwhile is refused (409), never signed unseen.
 */
export function ReviewPanel({
  signAction,
  returnAction,
  suggestionId,
  replyId,
  version,
  confidential,
  t,
}: {
  signAction: FormAction;
  returnAction: FormAction;
  suggestionId: string;
  replyId: string;
  version: number;
  confidential: boolean;
  t: Translate;
}) {
  return (
    <div className="grid gap-4 md:grid-cols-2">
      <ActionForm
        action={signAction}
        hidden={{ suggestionId, replyId, version }}
        submitLabel={t("work.review.sign")}
        confirm={t("work.review.signConfirm")}
        labels={{ [sign.publicSummary]: t("work.review.publicSummary") }}
      >
        {confidential ? (
          <p className="text-sm">{t("work.review.confidential")}</p>
        ) : (
          <div className="flex items-center gap-2">
            <input id={`publishable-${replyId}`} type="checkbox" name={sign.publishable} defaultChecked />
            <label htmlFor={`publishable-${replyId}`} className="text-sm">
              {t("work.review.publishable")}
            </label>
          </div>
        )}
        <TextArea label={t("work.review.publicSummary")} name={sign.publicSummary} rows={3} hint={t("work.review.publicSummaryHint")} />
      </ActionForm>
      <ActionForm
        action={returnAction}
        hidden={{ suggestionId, replyId, version }}
        submitLabel={t("work.review.return")}
        variant="secondary"
        confirm={t("work.review.returnConfirm")}
        labels={{ [back.comment]: t("work.review.comment") }}
      >
        <TextArea label={t("work.review.comment")} name={back.comment} required rows={3} />
      </ActionForm>
    </div>
  );
}
