// The users page's edit form for one account (issue 11): name, role, unit, linked deputy (found by searching
// names, never by typing an id) and phone. The version on screen travels back, so a concurrent edit is a 409.
import { Input, Select } from "@/components/ui/fields";
import { DeputyPicker } from "@/components/ui/deputy-picker";
import { ActionForm } from "@/components/workflow/action-form";
import type { ActionState } from "@/lib/actions/result";
import type { UnitOption } from "@/lib/data/units";
import type { UserRow } from "@/lib/data/users";
import type { Translate } from "@/lib/i18n/catalogue";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { adminEditForm, updateUserInput } from "@/lib/validation/admin-edits";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(updateUserInput);
const target = fieldsOf(adminEditForm);

interface Props {
  user: UserRow;
  /** Active units, plus the user's own if it was deactivated since. */
  units: UnitOption[];
  action: (prev: ActionState, form: FormData) => Promise<ActionState>;
  t: Translate;
}

export function EditUser({ user, units, action, t }: Props) {
  const own = user.unit && !units.some((u) => u.code === user.unit?.code) ? [user.unit] : [];
  return (
    <details>
      <summary className="cursor-pointer text-sm text-brand-700 underline">
        {t("admin.edit.userSummary", { username: user.username })}
      </summary>
      <ActionForm
        action={action}
        hidden={{ [target.target]: user.id, [f.expectedVersion]: user.version }}
        submitLabel={t("admin.edit.save")}
        labels={{
          [f.name]: t("admin.users.name"),
          [f.role]: t("admin.users.role"),
          [f.unitCode]: t("admin.users.unit"),
          [f.deputyId]: t("admin.users.deputyId"),
          [f.phone]: t("admin.users.phone"),
        }}
      >
        <div className="grid min-w-72 gap-3">
          <Input label={t("admin.users.name")} name={f.name} defaultValue={user.name} required />
          <Select
            label={t("admin.users.role")}
            name={f.role}
            required
            defaultValue={user.role}
            options={ROLE_GROUPS.everyone.map((r) => ({ value: r, label: t(`domain.role.${r}`) }))}
          />
          <Select
            label={t("admin.users.unit")}
            name={f.unitCode}
            defaultValue={user.unit?.code ?? ""}
            options={[{ value: "", label: "—" }, ...[...own, ...units].map((u) => ({ value: u.code, label: u.name }))]}
          />
          <DeputyPicker
            label={t("admin.users.deputyId")}
            name={f.deputyId}
            hint={t("admin.users.deputyHint")}
            initial={user.deputy ? [user.deputy] : undefined}
          />
          <Input
            label={t("admin.users.phone")}
            name={f.phone}
            type="tel"
            defaultValue={user.phone ?? ""}
            hint={t("admin.users.phoneHint")}
          />
        </div>
      </ActionForm>
    </details>
  );
}
