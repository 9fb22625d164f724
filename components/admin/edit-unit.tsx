// The units page's edit form for one unit (issue 11): rename it (letters signed before keep the old name),
// change its kind or 文号 prefix, and deactivate it once its work has moved (or bring it back).
import { Input, Select } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import type { ActionState } from "@/lib/actions/result";
import type { UnitRow } from "@/lib/data/units";
import type { Translate } from "@/lib/i18n/catalogue";
import { adminEditForm, unitActiveForm, updateUnitInput } from "@/lib/validation/admin-edits";
import { UNIT_KINDS } from "@/lib/validation/common";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(updateUnitInput);
const target = fieldsOf(adminEditForm);
const toggle = fieldsOf(unitActiveForm);

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function EditUnit({ unit, edit, setActive, t }: { unit: UnitRow; edit: Action; setActive: Action; t: Translate }) {
  return (
    <div className="space-y-2">
      <details>
        <summary className="cursor-pointer text-sm text-brand-700 underline">{t("admin.edit.unitSummary", { name: unit.name })}</summary>
        <ActionForm
          action={edit}
          hidden={{ [target.target]: unit.id, [f.expectedVersion]: unit.version }}
          submitLabel={t("admin.edit.save")}
          labels={{ [f.name]: t("admin.units.name"), [f.kind]: t("admin.units.kind"), [f.docPrefix]: t("admin.units.docPrefix") }}
        >
          <div className="grid min-w-72 gap-3">
            <Input label={t("admin.units.name")} name={f.name} defaultValue={unit.name} required hint={t("admin.edit.renameHint")} />
            <Select
              label={t("admin.units.kind")}
              name={f.kind}
              defaultValue={unit.kind}
              options={UNIT_KINDS.map((k) => ({ value: k, label: t(`domain.unitKind.${k}`) }))}
            />
            <Input label={t("admin.units.docPrefix")} name={f.docPrefix} defaultValue={unit.docPrefix ?? ""} />
          </div>
        </ActionForm>
      </details>
      <ActionForm
        action={setActive}
        hidden={{ [toggle.target]: unit.id, [toggle.version]: unit.version, [toggle.active]: String(!unit.active) }}
        submitLabel={unit.active ? t("admin.edit.deactivateUnit", { name: unit.name }) : t("admin.edit.activateUnit", { name: unit.name })}
        variant="secondary"
        confirm={unit.active ? t("admin.edit.deactivateUnitConfirm", { name: unit.name }) : undefined}
      />
    </div>
  );
}
