import { Select, TextArea } from "@/components/ui/fields";
import type { Translate } from "@/lib/i18n/catalogue";
import { fieldsOf } from "@/lib/validation/form";
import { extendMergeForm, standingInput, undoMergeForm } from "@/lib/validation/standing";
import { ActionForm } from "./action-form";
import type { FormAction } from "./suggestion-actions";

const standing = fieldsOf(standingInput);
const undo = fieldsOf(undoMergeForm);
const extend = fieldsOf(extendMergeForm);

/** The office's standing decision: 不予立案 / 转为来信 with a reason, or, once decided, back to a suggestion. */
export function StandingPanel({
  action,
  suggestionId,
  version,
  marked,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  version: number;
  marked: boolean;
  t: Translate;
}) {
  const labels = { [standing.standing]: t("standing.panel.kind"), [standing.reason]: t("standing.panel.reason") };
  if (marked)
    return (
      <ActionForm
        action={action}
        hidden={{ suggestionId, version, [standing.standing]: "SUGGESTION" }}
        submitLabel={t("standing.panel.restoreSubmit")}
        confirm={t("standing.panel.restoreConfirm")}
        labels={labels}
      >
        <p className="text-sm">{t("standing.panel.restoreHint")}</p>
        <TextArea label={t("standing.panel.reason")} name={standing.reason} required rows={2} />
      </ActionForm>
    );
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId, version }}
      submitLabel={t("standing.panel.submit")}
      confirm={t("standing.panel.confirm")}
      variant="danger"
      labels={labels}
    >
      <p className="text-sm">{t("standing.panel.hint")}</p>
      <Select
        label={t("standing.panel.kind")}
        name={standing.standing}
        required
        placeholder={t("common.choose")}
        options={[
          { value: "NOT_ACCEPTED", label: t("domain.status.NOT_ACCEPTED") },
          { value: "TO_LETTER", label: t("domain.status.TO_LETTER") },
        ]}
      />
      <TextArea label={t("standing.panel.reason")} name={standing.reason} required rows={2} />
    </ActionForm>
  );
}

/** Corrections of a merged group: this suggestion leaves it, the whole merge is undone, or others join it. */
export function MergeCorrectionPanel({
  undoAction,
  extendAction,
  suggestionId,
  version,
  groupId,
  t,
}: {
  undoAction: FormAction;
  extendAction: FormAction;
  suggestionId: string;
  version: number;
  groupId: string;
  t: Translate;
}) {
  const reason = { [undo.reason]: t("standing.merge.reason") };
  return (
    <div className="space-y-4">
      <ActionForm
        action={undoAction}
        hidden={{ suggestionId, version, [undo.groupId]: groupId }}
        submitLabel={t("standing.merge.leave")}
        confirm={t("standing.merge.undoConfirm")}
        variant="secondary"
        labels={reason}
      >
        <TextArea label={t("standing.merge.reason")} name={undo.reason} required rows={2} />
      </ActionForm>
      <ActionForm
        action={undoAction}
        hidden={{ suggestionId, version, [undo.groupId]: groupId, [undo.whole]: "true" }}
        submitLabel={t("standing.merge.undoAll")}
        confirm={t("standing.merge.undoConfirm")}
        variant="danger"
        labels={reason}
      >
        <TextArea label={t("standing.merge.reason")} name={undo.reason} required rows={2} />
      </ActionForm>
      <ActionForm
        action={extendAction}
        hidden={{ suggestionId, [extend.groupId]: groupId }}
        submitLabel={t("standing.merge.extend")}
        labels={{ [extend.numbers]: t("standing.merge.extendIds"), [extend.reason]: t("standing.merge.reason") }}
      >
        <TextArea label={t("standing.merge.extendIds")} name={extend.numbers} required rows={2} />
        <TextArea label={t("standing.merge.reason")} name={extend.reason} required rows={2} />
      </ActionForm>
    </div>
  );
}
