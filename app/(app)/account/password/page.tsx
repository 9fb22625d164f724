import Link from "next/link";
import { Field } from "@/components/ui/fields";
import { ActionForm } from "@/components/workflow/action-form";
import { requireAccount } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { changePasswordAction } from "./actions";
import { changePasswordInput } from "@/lib/validation/account";
import { fieldsOf } from "@/lib/validation/form";

const f = fieldsOf(changePasswordInput);

export async function generateMetadata() {
  return { title: (await getT())("account.password.title") };
}

const inputClass = "w-full rounded border border-gray-500 bg-white px-3 py-2 text-sm";

function PasswordInput({ label, name, autoComplete, hint }: { label: string; name: string; autoComplete: string; hint?: string }) {
  return (
    <Field label={label} hint={hint}>
      {(id, describedBy) => (
        <input
          id={id}
          name={name}
          type="password"
          autoComplete={autoComplete}
          required
          maxLength={200}
          aria-describedby={describedBy}
          className={inputClass}
        />
      )}
    </Field>
  );
}

/** Open to every signed-in user, also (and above all) to one whose password an administrator reset. */
export default async function ChangePasswordPage() {
  const { mustChangePassword } = await requireAccount();
  const t = await getT();
  const labels = {
    [f.currentPassword]: t("account.password.current"),
    [f.newPassword]: t("account.password.new"),
    [f.confirmPassword]: t("account.password.confirm"),
  };
  return (
    <div className="max-w-md space-y-4">
      <h1 className="text-2xl font-semibold">{t("account.password.title")}</h1>
      {mustChangePassword ? (
        <p
          role="status"
          className="rounded border border-amber-400 bg-amber-50 p-3 text-sm text-amber-900"
          data-testid="password-change-required"
        >
          {t("account.password.forced")}
        </p>
      ) : (
        <p className="text-sm text-gray-700">{t("account.password.intro")}</p>
      )}
      <section className="rounded bg-white p-4 shadow-sm">
        <ActionForm action={changePasswordAction} hidden={{}} submitLabel={t("account.password.submit")} labels={labels}>
          <div className="space-y-3">
            <PasswordInput label={labels.currentPassword} name={f.currentPassword} autoComplete="current-password" />
            <PasswordInput label={labels.newPassword} name={f.newPassword} autoComplete="new-password" hint={t("account.password.hint")} />
            <PasswordInput label={labels.confirmPassword} name={f.confirmPassword} autoComplete="new-password" />
          </div>
        </ActionForm>
      </section>
      {!mustChangePassword && (
        <Link href="/" className="text-sm text-brand-700 underline">
          {t("account.password.continue")}
        </Link>
      )}
    </div>
  );
}
