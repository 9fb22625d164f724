import { redirect } from "next/navigation";
import { getActor } from "@/lib/auth/current";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { getT } from "@/lib/i18n/server";
import { AppIcon } from "@/components/brand/app-icon";
import { LocaleSwitch } from "@/components/locale-switch";
import { setLocale } from "@/app/actions/locale";
import { LoginForm } from "./login-form";

export async function generateMetadata() {
  return { title: (await getT())("common.login.title") };
}

export default async function LoginPage({ searchParams }: { searchParams: Promise<{ callbackUrl?: string }> }) {
  const { callbackUrl } = await searchParams;
  if (await getActor()) redirect("/");
  const t = await getT();
  return (
    <main className="flex min-h-screen items-center justify-center p-4">
      <div className="w-full max-w-sm rounded-lg bg-white p-8 shadow">
        <h1 className="mb-1 flex items-center gap-3 text-2xl font-semibold text-brand-800">
          <AppIcon size={40} />
          {t("common.appName")}
        </h1>
        <p className="mb-6 text-sm text-gray-700">{t("common.login.subtitle")}</p>
        <LoginForm callbackUrl={safeRedirectPath(callbackUrl)} />
        <div className="mt-6 flex justify-between text-sm">
          <a className="text-brand-700 underline" href="/public">
            {t("common.nav.public")}
          </a>
          <LocaleSwitch action={setLocale} />
        </div>
      </div>
    </main>
  );
}
