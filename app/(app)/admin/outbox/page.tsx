import { retryOutboxAction } from "./actions";
import { DataTable } from "@/components/admin/table";
import { ActionForm } from "@/components/workflow/action-form";
import { requireRole } from "@/lib/auth/current";
import { listOutboxProblems } from "@/lib/data/outbox";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { outboxRetryInput } from "@/lib/validation/channels";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(outboxRetryInput);

export async function generateMetadata() {
  const t = await getT();
  return { title: `${t("outbox.admin.title")} · ${t("admin.title")}` };
}

/** E-mail and webhook messages that failed or still wait, for the administrator to see and send again. */
export default async function OutboxPage() {
  const actor = await requireRole("ADMIN");
  const t = await getT();
  const rows = await listOutboxProblems(actor);
  return (
    <div className="space-y-4">
      <p className="text-sm text-gray-700">{t("outbox.admin.intro")}</p>
      {rows.length === 0 ? (
        <p className="text-sm">{t("outbox.admin.empty")}</p>
      ) : (
        <DataTable
          caption={t("outbox.admin.title")}
          headers={[
            t("outbox.admin.status"),
            t("outbox.admin.channel"),
            t("outbox.admin.recipient"),
            t("outbox.admin.kind"),
            t("outbox.admin.attempts"),
            t("outbox.admin.nextAttempt"),
            t("outbox.admin.lastError"),
            t("admin.actionsColumn"),
          ]}
          rows={rows.map((m) => [
            t(`outbox.admin.statusName.${m.status}`),
            t(`outbox.channel.${m.channel}`),
            `${m.user.name} (${m.recipient})`,
            t(`outbox.kinds.${m.kind}`),
            String(m.attempts),
            formatDateTime(m.nextAttemptAt),
            <code key="error" className="break-all text-xs">
              {m.lastError ?? "—"}
            </code>,
            m.status === "SENDING" ? (
              "—"
            ) : (
              <ActionForm
                key="retry"
                action={retryOutboxAction}
                hidden={{ [f.id]: m.id }}
                submitLabel={t("outbox.admin.retry")}
                variant="secondary"
              />
            ),
          ])}
        />
      )}
    </div>
  );
}
