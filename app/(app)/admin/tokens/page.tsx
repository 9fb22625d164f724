import { createTokenAction, revokeTokenAction } from "../actions";
import { DataTable } from "@/components/admin/table";
import { Input } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { formatDateTime } from "@/lib/format";
import { requireRole } from "@/lib/auth/current";
import { listActiveTokens } from "@/lib/data/api-tokens";
import { getT } from "@/lib/i18n/server";
import { createTokenInput } from "@/lib/validation/admin";
import { fieldsOf } from "@/lib/validation/form";
import { tokenForm } from "@/lib/validation/forms";

const f = fieldsOf(createTokenInput);
const token = fieldsOf(tokenForm);

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("admin.tokens.title")} · ${t("admin.title")}` };
}

export default async function TokensPage() {
  const actor = await requireRole("ADMIN");
  const t = await getT();
  const tokens = await listActiveTokens(actor);
  return (
    <div className="space-y-4">
      <section className="rounded bg-white p-4 shadow-sm" aria-labelledby="new-token">
        <h2 id="new-token" className="mb-2 font-semibold">
          {t("admin.tokens.new")}
        </h2>
        <p className="mb-2 text-sm text-gray-700">{t("admin.tokens.help")}</p>
        <ActionForm
          action={createTokenAction}
          hidden={{}}
          submitLabel={t("admin.create")}
          labels={{ [f.username]: t("admin.users.username"), [f.name]: t("admin.tokens.name"), [f.days]: t("admin.tokens.days") }}
        >
          <div className="grid gap-3 md:grid-cols-3">
            <Input label={t("admin.users.username")} name={f.username} required />
            <Input label={t("admin.tokens.name")} name={f.name} required />
            <Input label={t("admin.tokens.days")} name={f.days} type="number" defaultValue="90" required />
          </div>
        </ActionForm>
      </section>
      <DataTable
        caption={t("admin.tokens.title")}
        headers={[
          t("admin.users.username"),
          t("admin.tokens.name"),
          t("admin.tokens.createdAt"),
          t("admin.tokens.expiresAt"),
          t("admin.tokens.lastUsedAt"),
          t("admin.actionsColumn"),
        ]}
        rows={tokens.map((k) => [
          `${k.user.username}（${t(`domain.role.${k.user.role}`)}）`,
          k.name,
          formatDateTime(k.createdAt),
          formatDateTime(k.expiresAt),
          formatDateTime(k.lastUsedAt),
          <ActionForm
            key={k.id}
            action={revokeTokenAction}
            hidden={{ [token.tokenId]: k.id }}
            submitLabel={t("admin.tokens.revoke")}
            variant="danger"
            confirm={t("admin.tokens.revokeConfirm", { name: k.name })}
          />,
        ])}
      />
    </div>
  );
}
