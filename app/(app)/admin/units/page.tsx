import { createUnitAction } from "../actions";
import { setUnitActiveAction, updateUnitAction } from "../actions";
import { EditUnit } from "@/components/admin/edit-unit";
import { DataTable } from "@/components/admin/table";
import { Input, Select } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { requireRole } from "@/lib/auth/current";
import { listUnits } from "@/lib/data/units";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { createUnitInput } from "@/lib/validation/admin";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(createUnitInput);

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.units.title")} · ${t("admin.title")}` };
}

export default async function UnitsPage() {
  const actor = await requireRole("ADMIN");
  const t = await getT();
  const units = await listUnits(actor);
  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="new-unit">
        <h2 id="new-unit" className="mb-2 font-semibold">
          {t("admin.units.new")}
        </h2>
        <ActionForm
          action={createUnitAction}
          hidden={{}}
          submitLabel={t("admin.create")}
          labels={{
            [f.code]: t("admin.units.code"),
            [f.name]: t("admin.units.name"),
            [f.kind]: t("admin.units.kind"),
            [f.docPrefix]: t("admin.units.docPrefix"),
          }}
        >
          <div className="grid gap-3 md:grid-cols-3">
            <Input label={t("admin.units.code")} name={f.code} required />
            <Input label={t("admin.units.name")} name={f.name} required />
            <Input label={t("admin.units.docPrefix")} name={f.docPrefix} hint={t("admin.units.docPrefixHint")} />
            <Select
              label={t("admin.units.kind")}
              name={f.kind}
              options={(["DEPARTMENT", "CITY", "OTHER"] as const).map((k) => ({ value: k, label: t(`domain.unitKind.${k}`) }))}
            />
          </div>
        </ActionForm>
      </section>
      <DataTable
        caption={t("admin.units.title")}
        headers={[
          t("admin.units.code"),
          t("admin.units.name"),
          t("admin.units.kind"),
          t("admin.units.users"),
          t("admin.users.status"),
          t("admin.actionsColumn"),
        ]}
        rows={units.map((u) => [
          u.code,
          <div key={`n${u.id}`}>
            {u.name}
            {u.formerNames.map((n) => (
              <p key={`${n.name}${String(n.validTo)}`} className="text-xs text-gray-700">
                {t("admin.edit.formerName", { name: n.name, until: n.validTo ? formatDateTime(n.validTo) : "" })}
              </p>
            ))}
          </div>,
          t(`domain.unitKind.${u.kind}`),
          u.userCount,
          u.active ? t("admin.users.active") : t("admin.users.inactive"),
          <EditUnit key={u.id} unit={u} edit={updateUnitAction} setActive={setUnitActiveAction} t={t} />,
        ])}
      />
    </div>
  );
}
