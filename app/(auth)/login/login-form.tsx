"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { safeRedirectPath } from "@/lib/auth/redirect";
import { useT } from "@/lib/i18n/client";

/** next-auth hands back the text of the Error that authorize threw: a message key, or the throttle's wait. */
function refusal(error: string | null | undefined, t: ReturnType<typeof useT>): string {
  const throttled = /^errors\.throttled:(\d+)$/.exec(error ?? "");
  if (throttled) return t("account.login.throttled", { minutes: Math.max(1, Math.ceil(Number(throttled[1]) / 60)) });
  return t(error === "errors.badCredentials" ? error : "errors.badCredentials");
}

export function LoginForm({ callbackUrl }: { callbackUrl?: string }) {
  const t = useT();
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function onSubmit(event: React.FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (pending) return;
    const form = new FormData(event.currentTarget);
    setPending(true);
    setError(null);
    const result = await signIn("credentials", {
      redirect: false,
      username: String(form.get("username") ?? ""),
      password: String(form.get("password") ?? ""),
    });
    setPending(false);
    if (!result || result.error) {
      setError(refusal(result?.error, t));
      return;
    }
    // Only same-site paths: never bounce the user to another origin (lib/auth/redirect.ts).
    router.replace(safeRedirectPath(callbackUrl, window.location.origin));
    router.refresh();
  }

  return (
    // method="post": a submit before the script has loaded must never put the password in the URL.
    <form onSubmit={onSubmit} method="post" className="space-y-4" noValidate>
      <TextField name="username" label={t("common.login.username")} autoComplete="username" required />
      <TextField name="password" type="password" label={t("common.login.password")} autoComplete="current-password" required />
      {error && (
        <p role="alert" className="rounded bg-red-50 p-2 text-sm text-red-800">
          {error}
        </p>
      )}
      <Button type="submit" aria-disabled={pending || undefined} className="w-full">
        {pending ? t("common.login.pending") : t("common.login.submit")}
      </Button>
    </form>
  );
}
