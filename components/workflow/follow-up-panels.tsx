import { Select, TextArea } from "@/components/ui/fields";
import { formatDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { ActionForm } from "./action-form";
import type { FormAction } from "./suggestion-actions";
import { fieldsOf } from "@/lib/validation/form";
import { followUpForm } from "@/lib/validation/forms";
import { reclassifyInput } from "@/lib/validation/handling";

const followUp = fieldsOf(followUpForm);
const reclass = fieldsOf(reclassifyInput);

export function FollowUpPanel({
  action,
  suggestionId,
  commitments,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  commitments: { id: string; text: string; dueAt: Date; doneAt: Date | null }[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.followUp.submit")}
      labels={{ items: t("work.followUp.text"), [followUp.text]: t("work.followUp.text") }}
    >
      {commitments.length > 0 && (
        <fieldset>
          <legend className="mb-1 text-sm font-medium">{t("work.followUp.commitments")}</legend>
          {commitments.map((c) => (
            <label key={c.id} className="flex items-center gap-2 text-sm">
              <input type="checkbox" name={followUp.commitmentId} value={c.id} disabled={!!c.doneAt} />
              {`${c.text}（${t("work.followUp.planned", { date: formatDate(c.dueAt) })}）`}
            </label>
          ))}
        </fieldset>
      )}
      <TextArea label={t("work.followUp.text")} name={followUp.text} required rows={3} />
      <label className="flex items-center gap-2 text-sm">
        <input type="checkbox" name={followUp.completed} />
        {t("work.followUp.completed")}
      </label>
    </ActionForm>
  );
}

export function ReclassifyPanel({
  action,
  suggestionId,
  current,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  current: string;
  t: Translate;
}) {
  const options = (["A", "B", "C", "D"] as const)
    .filter((c) => c !== current)
    .map((c) => ({ value: c, label: `${c} ${t(`domain.category.${c}`)}` }));
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.reclassify.submit")}
      variant="secondary"
      labels={{ [reclass.toCategory]: t("work.reclassify.toCategory"), [reclass.evidence]: t("work.reclassify.evidence") }}
    >
      <Select label={t("work.reclassify.toCategory")} name={reclass.toCategory} options={options} />
      <TextArea label={t("work.reclassify.evidence")} name={reclass.evidence} required rows={3} />
    </ActionForm>
  );
}
