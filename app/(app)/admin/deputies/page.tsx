import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { createDeputyAction } from "../actions";
import { updateDeputyAction } from "../actions";
import { EditDeputy } from "@/components/admin/edit-records";
import { DataTable } from "@/components/admin/table";
import { Input } from "@/components/ui/fields";
import { Pagination } from "@/components/ui/pagination";
import { ActionForm } from "@/components/workflow/action-form";
import { requireRole } from "@/lib/auth/current";
import { listDeputies } from "@/lib/data/deputies";
import { getT } from "@/lib/i18n/server";
import { createDeputyInput } from "@/lib/validation/admin";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(createDeputyInput);

const PAGE_SIZE = 50;

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.deputies.title")} · ${t("admin.title")}` };
}

export default async function DeputiesPage({ searchParams }: { searchParams: Promise<{ page?: string; q?: string }> }) {
  const actor = await requireRole("ADMIN");
  const t = await getT();
  const sp = await searchParams;
  const page = pageParam.parse(sp.page);
  const q = z.string().trim().max(50).optional().catch(undefined).parse(sp.q);
  const { items: deputies, total } = await listDeputies(actor, { q, page, pageSize: PAGE_SIZE });
  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="new-deputy">
        <h2 id="new-deputy" className="mb-2 font-semibold">
          {t("admin.deputies.new")}
        </h2>
        <ActionForm
          action={createDeputyAction}
          hidden={{}}
          submitLabel={t("admin.create")}
          labels={{
            [f.name]: t("admin.deputies.name"),
            [f.delegation]: t("admin.deputies.delegation"),
            [f.code]: t("admin.deputies.code"),
          }}
        >
          <div className="grid gap-3 md:grid-cols-3">
            <Input label={t("admin.deputies.name")} name={f.name} required />
            <Input label={t("admin.deputies.delegation")} name={f.delegation} required />
            <Input label={t("admin.deputies.code")} name={f.code} />
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
        caption={t("admin.deputies.title")}
        headers={[
          "id",
          t("admin.deputies.name"),
          t("admin.deputies.delegation"),
          t("admin.deputies.code"),
          t("admin.deputies.phone"),
          t("admin.deputies.led"),
          t("admin.actionsColumn"),
        ]}
        rows={deputies.map((d) => [
          <code key={d.id} className="text-xs">
            {d.id}
          </code>,
          d.name,
          d.delegation,
          d.code ?? "—",
          d.phone ?? "—",
          d.ledCount,
          <EditDeputy key={`e${d.id}`} deputy={d} action={updateDeputyAction} t={t} />,
        ])}
      />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} params={{ q }} t={t} />
    </div>
  );
}
