// The forms of key suggestions led by provincial leaders (领导领办): the office's choice of the leader (or its
// end), and the lead unit's progress report to the leader. Their server actions come from the page.
import { Input, Select, TextArea } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import type { FormAction } from "@/components/workflow/suggestion-actions";
import type { Translate } from "@/lib/i18n/catalogue";
import { fieldsOf } from "@/lib/validation/form";
import { assignKeyInput, progressReportInput } from "@/lib/validation/keys";

const assign = fieldsOf(assignKeyInput);
const report = fieldsOf(progressReportInput);

/** The server actions of app/(app)/key-suggestions/actions.ts, handed down by the suggestion page. */
export interface KeyActions {
  assignKeyLeaderAction: FormAction;
  keyProgressReportAction: FormAction;
}

/** The office assigns the suggestion to a leader, moves it to another, or ends the lead (asked first). */
export function AssignKeyLeaderPanel({
  action,
  suggestionId,
  version,
  leaders,
  currentLeaderId,
  isKey,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  version: number;
  leaders: { id: string; name: string }[];
  currentLeaderId: string | null;
  isKey: boolean;
  t: Translate;
}) {
  const choices = leaders.filter((l) => l.id !== currentLeaderId).map((l) => ({ value: l.id, label: l.name }));
  return (
    <div className="space-y-3">
      {leaders.length === 0 && <p className="text-sm">{t("keys.assign.noLeaders")}</p>}
      {choices.length > 0 && (
        <ActionForm
          action={action}
          hidden={{ suggestionId, version, [assign.key]: "true" }}
          submitLabel={currentLeaderId ? t("keys.assign.change") : t("keys.assign.submit")}
          labels={{ [assign.leaderId]: t("keys.assign.leader"), [assign.reason]: t("keys.assign.reason") }}
        >
          <Select label={t("keys.assign.leader")} name={assign.leaderId} required placeholder={t("common.choose")} options={choices} />
          <TextArea label={t("keys.assign.reason")} name={assign.reason} rows={2} />
        </ActionForm>
      )}
      {isKey && (
        <ActionForm
          action={action}
          hidden={{ suggestionId, version, [assign.key]: "false" }}
          submitLabel={t("keys.assign.remove")}
          variant="secondary"
          confirm={t("keys.assign.removeConfirm")}
        />
      )}
    </div>
  );
}

/** The lead unit reports progress (汇报) to the leader; the day defaults to today. */
export function KeyProgressReportPanel({
  action,
  suggestionId,
  today,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  today: string;
  t: Translate;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("keys.report.submit")}
      labels={{ [report.text]: t("keys.report.text"), [report.reportedOn]: t("keys.report.reportedOn") }}
    >
      <TextArea label={t("keys.report.text")} name={report.text} required rows={3} />
      <Input label={t("keys.report.reportedOn")} name={report.reportedOn} type="date" required defaultValue={today} />
    </ActionForm>
  );
}
