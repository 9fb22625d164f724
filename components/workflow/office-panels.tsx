import { Field, Input, inputClass, Select, TextArea } from "@/components/ui/fields";
import type { JsonRecords } from "@/lib/json-text";
import { UnitSelect, type UnitChoice } from "./unit-select";
import { formatDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { leadDueAt, URGENT_REPLY_DAYS } from "@/lib/workflow/deadlines";
import { ActionForm } from "./action-form";
import type { FormAction } from "./suggestion-actions";
import { fieldsOf } from "@/lib/validation/form";
import * as h from "@/lib/validation/handling";
import { assignInput } from "@/lib/validation/suggestions";

const assign = fieldsOf(assignInput);
const supervision = fieldsOf(h.supervisionInput);
const decide = fieldsOf(h.extensionDecisionInput);
const reassign = fieldsOf(h.reassignmentDecisionInput);
const instruction = fieldsOf(h.instructionInput);

type UnitOption = UnitChoice;
const unitOptions = (units: UnitOption[]) => units.map((u) => ({ value: u.code, label: u.name }));

/**
 * 交办 of one suggestion. The lead unit starts unchosen; the due date rule 1 gives (lib/workflow/deadlines.ts)
 * is shown, and another date can be set with a reason.
 */
export function AssignPanel({
  action,
  suggestionId,
  version,
  units,
  replyDays,
  urgent,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  version: number;
  /** Every active unit, as one JSON text made once for the page's pickers. */
  units: JsonRecords<UnitChoice>;
  replyDays: number;
  urgent: boolean;
  t: Translate;
}) {
  const days = urgent ? URGENT_REPLY_DAYS : replyDays;
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId, version }}
      submitLabel={t("work.assign.submit")}
      labels={{
        [assign.leadUnitCode]: t("work.assign.lead"),
        [assign.coUnitCodes]: t("work.assign.co"),
        [assign.dueAt]: t("work.assign.otherDue"),
        [assign.dueReason]: t("work.assign.dueReason"),
      }}
    >
      <Field label={t("work.assign.lead")}>
        {(id) => (
          <UnitSelect
            id={id}
            name={assign.leadUnitCode}
            required
            defaultValue=""
            placeholder={t("common.choose")}
            units={units}
            className={inputClass}
          />
        )}
      </Field>
      <Field label={t("work.assign.co")} hint={t("work.assign.coHint")}>
        {(id, describedBy) => (
          <UnitSelect
            id={id}
            name={assign.coUnitCodes}
            aria-describedby={describedBy}
            multiple
            size={6}
            units={units}
            className="w-full rounded border border-gray-500 px-3 py-2 text-sm"
          />
        )}
      </Field>
      <p className="text-sm" data-testid="rule-due">
        {t("work.assign.ruleDue", { date: formatDate(leadDueAt(new Date(), replyDays, urgent)), days })}
      </p>
      <div className="grid gap-3 md:grid-cols-[12rem_1fr]">
        <Input label={t("work.assign.otherDue")} name={assign.dueAt} type="date" hint={t("work.assign.otherDueHint")} />
        <TextArea label={t("work.assign.dueReason")} name={assign.dueReason} rows={2} />
      </div>
    </ActionForm>
  );
}

export function SupervisionPanel({
  action,
  suggestionId,
  units,
  t,
}: {
  action: FormAction;
  suggestionId: string;
  units: UnitOption[];
  t: Translate;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId }}
      submitLabel={t("work.supervision.submit")}
      labels={{
        [supervision.unitCode]: t("work.supervision.unit"),
        [supervision.text]: t("work.supervision.text"),
        [supervision.deadline]: t("work.supervision.deadline"),
      }}
    >
      <Select label={t("work.supervision.unit")} name={supervision.unitCode} options={unitOptions(units)} />
      <TextArea label={t("work.supervision.text")} name={supervision.text} required rows={3} />
      <Input label={t("work.supervision.deadline")} name={supervision.deadline} type="date" />
    </ActionForm>
  );
}

/** `version`: the suggestion as the office saw it; a decision on a suggestion changed since is 409. */
export function DecideRequestPanel({
  kind,
  action,
  suggestionId,
  requestId,
  version,
  units,
  t,
}: {
  kind: "reassignment" | "extension";
  action: FormAction;
  suggestionId: string;
  requestId: string;
  version: number;
  units: JsonRecords<UnitChoice>;
  t: Translate;
}) {
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId, requestId, version }}
      submitLabel={t("work.decide.submit")}
      confirm={t("work.decide.confirm")}
      labels={{
        [decide.approve]: t("work.decide.decision"),
        [reassign.newLeadUnitCode]: t("work.decide.newLead"),
        [decide.note]: t("work.decide.note"),
      }}
    >
      <Select
        label={t("work.decide.decision")}
        name={decide.approve}
        required
        placeholder={t("common.choose")}
        options={[
          { value: "true", label: t("work.decide.approve") },
          { value: "false", label: t("work.decide.reject") },
        ]}
      />
      {kind === "reassignment" && (
        <Field label={t("work.decide.newLead")}>
          {(id) => <UnitSelect id={id} name={reassign.newLeadUnitCode} placeholder="—" units={units} className={inputClass} />}
        </Field>
      )}
      <TextArea label={t("work.decide.note")} name={decide.note} rows={2} />
    </ActionForm>
  );
}

export function LeaderPanel({
  instructionAction,
  markKeyAction,
  suggestionId,
  isKey,
  t,
}: {
  instructionAction: FormAction;
  markKeyAction: FormAction;
  suggestionId: string;
  isKey: boolean;
  t: Translate;
}) {
  return (
    <div className="space-y-4">
      <ActionForm
        action={instructionAction}
        hidden={{ suggestionId }}
        submitLabel={t("work.instruction.submit")}
        labels={{ [instruction.text]: t("work.instruction.text") }}
      >
        <TextArea label={t("work.instruction.text")} name={instruction.text} required rows={3} />
      </ActionForm>
      <ActionForm
        action={markKeyAction}
        hidden={{ suggestionId, key: String(!isKey) }}
        submitLabel={isKey ? t("work.key.unmark") : t("work.key.mark")}
        variant="secondary"
      />
    </div>
  );
}
