"use client";
import { signIn } from "next-auth/react";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { Button } from "@/components/ui/button";
import { TextField } from "@/components/ui/text-field";
import { useT } from "@/lib/i18n/client";

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
      const key = result?.error?.startsWith("errors.") ? result.error : "errors.badCredentials";
      setError(t(key, { minutes: 15 }));
      return;
    }
    // Only same-site paths: never bounce the user to another origin.
    const safe = callbackUrl && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//");
    router.replace(safe ? callbackUrl : "/");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} className="space-y-4" noValidate>
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
