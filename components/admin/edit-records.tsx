// The sessions and deputies pages' edit forms (issue 11): a session's name and reply days, a deputy's name,
// delegation, code and phone. Each carries the version on screen, so a concurrent edit is a 409.
import { Input } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import type { ActionState } from "@/lib/actions/result";
import type { DeputyRow } from "@/lib/data/deputies";
import type { SessionSummary } from "@/lib/data/sessions";
import type { Translate } from "@/lib/i18n/catalogue";
import { adminEditForm, updateDeputyInput, updateSessionInput } from "@/lib/validation/admin-edits";
import { fieldsOf } from "@/lib/validation/form";

const target = fieldsOf(adminEditForm);
const s = fieldsOf(updateSessionInput);
const d = fieldsOf(updateDeputyInput);

type Action = (prev: ActionState, form: FormData) => Promise<ActionState>;

export function EditSession({ session, action, t }: { session: SessionSummary; action: Action; t: Translate }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm text-brand-700 underline">
        {t("admin.edit.sessionSummary", { code: session.code })}
      </summary>
      <ActionForm
        action={action}
        hidden={{ [target.target]: session.id, [s.expectedVersion]: session.version }}
        submitLabel={t("admin.edit.save")}
        labels={{ [s.name]: t("admin.sessions.name"), [s.replyDays]: t("admin.sessions.replyDays") }}
      >
        <div className="grid min-w-72 gap-3">
          <Input label={t("admin.sessions.name")} name={s.name} defaultValue={session.name} required />
          <Input
            label={t("admin.sessions.replyDays")}
            name={s.replyDays}
            type="number"
            defaultValue={String(session.replyDays)}
            required
            hint={t("admin.edit.replyDaysHint")}
          />
        </div>
      </ActionForm>
    </details>
  );
}

export function EditDeputy({ deputy, action, t }: { deputy: DeputyRow; action: Action; t: Translate }) {
  return (
    <details>
      <summary className="cursor-pointer text-sm text-brand-700 underline">{t("admin.edit.deputySummary", { name: deputy.name })}</summary>
      <ActionForm
        action={action}
        hidden={{ [target.target]: deputy.id, [d.expectedVersion]: deputy.version }}
        submitLabel={t("admin.edit.save")}
        labels={{
          [d.name]: t("admin.deputies.name"),
          [d.delegation]: t("admin.deputies.delegation"),
          [d.code]: t("admin.deputies.code"),
          [d.phone]: t("admin.deputies.phone"),
        }}
      >
        <div className="grid min-w-72 gap-3">
          <Input label={t("admin.deputies.name")} name={d.name} defaultValue={deputy.name} required />
          <Input label={t("admin.deputies.delegation")} name={d.delegation} defaultValue={deputy.delegation} required />
          <Input label={t("admin.deputies.code")} name={d.code} defaultValue={deputy.code ?? ""} />
          <Input label={t("admin.deputies.phone")} name={d.phone} type="tel" defaultValue={deputy.phone ?? ""} />
        </div>
      </ActionForm>
    </details>
  );
}
