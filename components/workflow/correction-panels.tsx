// The office's 更正 section of the suggestion page (issue 11): the registered facts, and the units and due date
// of a suggestion in handling. Each form opens on what is registered now, asks for a reason, carries the version
// on screen (a suggestion changed since is refused) and asks before it is sent. The page hands down the actions.
import Link from "next/link";
import { toJsonRecords } from "@/lib/json-text";
import { UnitSelect } from "./unit-select";
import { DeputyPicker } from "@/components/ui/deputy-picker";
import { Field, Input, Select, TextArea } from "@/components/ui/fields";
import { Section } from "@/components/suggestions/section";
import type { CorrectionTarget } from "@/lib/data/correction-target";
import type { UnitOption } from "@/lib/data/units";
import { formatDate } from "@/lib/format";
import type { Translate } from "@/lib/i18n/catalogue";
import { correctSuggestionInput, correctUnitsInput } from "@/lib/validation/corrections";
import { fieldsOf } from "@/lib/validation/form";
import { ActionForm } from "./action-form";
import type { FormAction } from "./suggestion-actions";

const facts = fieldsOf(correctSuggestionInput);
const units = fieldsOf(correctUnitsInput);

/** The correction acts, keyed by their export names in app/(app)/suggestions/[id]/corrections/actions.ts. */
export interface CorrectionActions {
  correctFactsAction: FormAction;
  correctUnitsAction: FormAction;
}

function ReasonField({ name, t }: { name: string; t: Translate }) {
  return <TextArea label={t("corrections.reason")} name={name} required rows={2} hint={t("corrections.reasonHint")} />;
}

function FactsForm({ action, s, fields, t }: { action: FormAction; s: CorrectionTarget; fields: readonly string[]; t: Translate }) {
  const label = (key: string) => t(`corrections.fields.${key}`);
  const fieldOptions = [...new Set([s.field, ...fields])].map((f) => ({ value: f, label: f }));
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId: s.id, version: s.version }}
      submitLabel={t("corrections.facts.submit")}
      confirm={t("corrections.facts.confirm")}
      labels={{
        [facts.title]: label("title"),
        [facts.content]: label("content"),
        [facts.field]: label("field"),
        [facts.leadDeputyId]: label("leadDeputy"),
        [facts.coSignerIds]: label("coSigners"),
        [facts.reason]: t("corrections.reason"),
      }}
    >
      <Input label={label("title")} name={facts.title} defaultValue={s.title} required />
      <TextArea label={label("content")} name={facts.content} defaultValue={s.content} required rows={5} />
      <div className="grid gap-3 md:grid-cols-2">
        <Select label={label("field")} name={facts.field} defaultValue={s.field} options={fieldOptions} />
        <div className="flex gap-6 self-end text-sm">
          <label className="flex items-center gap-2">
            <input type="checkbox" name={facts.urgent} defaultChecked={s.urgent} />
            {label("urgent")}
          </label>
          <label className="flex items-center gap-2">
            <input type="checkbox" name={facts.confidential} defaultChecked={s.confidential} />
            {label("confidential")}
          </label>
        </div>
        <DeputyPicker
          label={label("leadDeputy")}
          name={facts.leadDeputyId}
          initial={[s.leadDeputy]}
          hint={t("corrections.facts.leadHint", { name: s.leadDeputy.name })}
        />
        <DeputyPicker
          label={label("coSigners")}
          name={facts.coSignerIds}
          multiple
          initial={s.coSigners}
          hint={t("corrections.facts.coHint")}
        />
      </div>
      <ReasonField name={facts.reason} t={t} />
    </ActionForm>
  );
}

function UnitsForm({ action, s, options, t }: { action: FormAction; s: CorrectionTarget; options: UnitOption[]; t: Translate }) {
  const handling = s.handling;
  if (!handling) return <p className="text-sm text-gray-700">{t("corrections.units.notInHandling")}</p>;
  const label = (key: string) => t(`corrections.fields.${key}`);
  const choices = toJsonRecords(options);
  return (
    <ActionForm
      action={action}
      hidden={{ suggestionId: s.id, version: s.version }}
      submitLabel={t("corrections.units.submit")}
      confirm={t("corrections.units.confirm")}
      labels={{
        [units.leadUnitCode]: label("leadUnit"),
        [units.coUnitCodes]: label("coUnits"),
        [units.dueAt]: label("dueAt"),
        [units.reason]: t("corrections.reason"),
      }}
    >
      <Field label={label("leadUnit")} hint={t("corrections.units.leadHint")}>
        {(id, describedBy) => (
          <UnitSelect
            id={id}
            name={units.leadUnitCode}
            aria-describedby={describedBy}
            defaultValue={handling.leadUnitCode}
            units={choices}
            className="w-full rounded border border-gray-500 px-3 py-2 text-sm"
          />
        )}
      </Field>
      <Field label={label("coUnits")} hint={t("corrections.units.coHint")}>
        {(id, describedBy) => (
          <UnitSelect
            id={id}
            name={units.coUnitCodes}
            aria-describedby={describedBy}
            multiple
            size={6}
            defaultValue={handling.coUnitCodes}
            units={choices}
            className="w-full rounded border border-gray-500 px-3 py-2 text-sm"
          />
        )}
      </Field>
      <Input
        label={label("dueAt")}
        name={units.dueAt}
        type="date"
        hint={t("corrections.units.dueHint", { date: formatDate(handling.dueAt) })}
      />
      <ReasonField name={units.reason} t={t} />
    </ActionForm>
  );
}

/**
 * The office's corrections of one suggestion. The forms open on request (`?correct=1`, a link here): corrections
 * are rare, and the two forms with their pickers were a third of the office's every view of a suggestion in
 * handling (issue 12). `units` is null while they are closed.
 */
export function CorrectionSection({
  actions,
  target,
  units: options,
  fields,
  t,
}: {
  actions: CorrectionActions;
  target: CorrectionTarget;
  units: UnitOption[] | null;
  fields: readonly string[];
  t: Translate;
}) {
  const page = `/suggestions/${encodeURIComponent(target.id)}`;
  if (!options)
    return (
      <Section title={t("corrections.heading")} id="corrections">
        <div className="no-print space-y-2 text-sm">
          <p className="text-gray-700">{t("corrections.intro")}</p>
          <Link href={`${page}?correct=1#corrections`} className="inline-block text-brand-700 underline">
            {t("corrections.open")}
          </Link>
        </div>
      </Section>
    );
  return (
    <Section title={t("corrections.heading")} id="corrections">
      <div className="no-print space-y-4">
        <p className="text-sm text-gray-700">
          {t("corrections.intro")}{" "}
          <Link href={`${page}#corrections`} className="text-brand-700 underline">
            {t("corrections.close")}
          </Link>
        </p>
        <div className="rounded border border-brand-100 bg-brand-50 p-4">
          <h3 className="mb-2 font-semibold">{t("corrections.facts.heading")}</h3>
          <FactsForm action={actions.correctFactsAction} s={target} fields={fields} t={t} />
        </div>
        <div className="rounded border border-brand-100 bg-brand-50 p-4">
          <h3 className="mb-2 font-semibold">{t("corrections.units.heading")}</h3>
          <UnitsForm action={actions.correctUnitsAction} s={target} options={options} t={t} />
        </div>
      </div>
    </Section>
  );
}
