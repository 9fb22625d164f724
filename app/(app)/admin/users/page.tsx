import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { createUserAction, resetPasswordAction, toggleUserAction } from "../actions";
import { updateUserAction } from "../actions";
import { EditUser } from "@/components/admin/edit-user";
import { DataTable } from "@/components/admin/table";
import { Input, Select } from "@/components/ui/fields";
import { DeputyPicker } from "@/components/ui/deputy-picker";
import { Pagination } from "@/components/ui/pagination";
import { ActionForm } from "@/components/workflow/action-form";
import { requireRole } from "@/lib/auth/current";
import { listActiveUnitOptions } from "@/lib/data/units";
import { listUsers } from "@/lib/data/users";
import { getT } from "@/lib/i18n/server";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { resetPasswordInput } from "@/lib/validation/account";
import { createUserInput } from "@/lib/validation/admin";
import { fieldsOf } from "@/lib/validation/form";
import { userActiveForm } from "@/lib/validation/forms";

const f = fieldsOf(createUserInput);
const active = fieldsOf(userActiveForm);
const reset = fieldsOf(resetPasswordInput);

const PAGE_SIZE = 50;

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.users.title")} · ${t("admin.title")}` };
}

export default async function UsersPage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const actor = await requireRole("ADMIN");
  const t = await getT();
  const sp = await searchParams;
  const page = pageParam.parse(sp.page);
  const q = z.string().trim().max(50).optional().catch(undefined).parse(sp.q);
  const [{ items: users, total }, units] = await Promise.all([
    listUsers(actor, { q, page, pageSize: PAGE_SIZE }),
    listActiveUnitOptions(actor),
  ]);
  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="new-user">
        <h2 id="new-user" className="mb-2 font-semibold">
          {t("admin.users.new")}
        </h2>
        <ActionForm
          action={createUserAction}
          hidden={{}}
          submitLabel={t("admin.create")}
          labels={{
            [f.username]: t("admin.users.username"),
            [f.password]: t("admin.users.password"),
            [f.name]: t("admin.users.name"),
            [f.role]: t("admin.users.role"),
            [f.unitCode]: t("admin.users.unit"),
            [f.deputyId]: t("admin.users.deputyId"),
            [f.phone]: t("admin.users.phone"),
          }}
        >
          <div className="grid gap-3 md:grid-cols-3">
            <Input label={t("admin.users.username")} name={f.username} required />
            <Input label={t("admin.users.password")} name={f.password} type="password" required hint={t("admin.users.passwordHint")} />
            <Input label={t("admin.users.name")} name={f.name} required />
            <Select
              label={t("admin.users.role")}
              name={f.role}
              required
              placeholder={t("common.choose")}
              options={ROLE_GROUPS.everyone.map((r) => ({ value: r, label: t(`domain.role.${r}`) }))}
            />
            <Select
              label={t("admin.users.unit")}
              name={f.unitCode}
              options={[{ value: "", label: "—" }, ...units.map((u) => ({ value: u.code, label: u.name }))]}
            />
            <DeputyPicker label={t("admin.users.deputyId")} name={f.deputyId} hint={t("admin.users.deputyHint")} />
          </div>
          <div className="mt-3 grid gap-3 md:grid-cols-3">
            <Input label={t("admin.users.phone")} name={f.phone} type="tel" hint={t("admin.users.phoneHint")} />
          </div>
        </ActionForm>
      </section>
      <form method="get" className="flex items-end gap-2">
        <Input label={t("admin.search")} name="q" defaultValue={q} />
        <button type="submit" className="rounded border border-gray-500 bg-white px-3 py-2 text-sm">
          {t("common.actions.filter")}
        </button>
      </form>
      <DataTable
        caption={t("admin.users.title")}
        headers={[
          t("admin.users.username"),
          t("admin.users.name"),
          t("admin.users.role"),
          t("admin.users.unit"),
          t("admin.users.status"),
          t("admin.actionsColumn"),
        ]}
        rows={users.map((u) => [
          u.username,
          u.name,
          t(`domain.role.${u.role}`),
          u.unit?.name ?? u.deputy?.name ?? "—",
          u.active ? t("admin.users.active") : t("admin.users.inactive"),
          <div key={u.id} className="space-y-2">
            <EditUser user={u} units={units} action={updateUserAction} t={t} />
            <ActionForm
              action={toggleUserAction}
              hidden={{ [active.userId]: u.id, [active.active]: String(!u.active) }}
              submitLabel={u.active ? t("admin.users.deactivate") : t("admin.users.activate")}
              variant="secondary"
              confirm={u.active ? t("admin.users.deactivateConfirm", { username: u.username }) : undefined}
            />
            <details>
              <summary className="cursor-pointer text-sm text-brand-700 underline">{t("account.reset.label")}</summary>
              <ActionForm
                action={resetPasswordAction}
                hidden={{ [reset.userId]: u.id }}
                submitLabel={t("account.reset.submit")}
                variant="danger"
                labels={{ [reset.password]: t("account.reset.password") }}
              >
                <Input label={t("account.reset.password")} name={reset.password} type="password" required hint={t("account.reset.hint")} />
              </ActionForm>
            </details>
          </div>,
        ])}
      />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} params={{ q }} t={t} />
    </div>
  );
}
