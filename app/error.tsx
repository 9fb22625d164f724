"use client";
import { useT } from "@/lib/i18n/client";

export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useT();
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="mb-2 text-2xl font-semibold">{t("common.error.title")}</h1>
      <p className="mb-4 text-gray-700">{t("common.error.body")}</p>
      <button type="button" onClick={reset} className="text-brand-700 underline">
        {t("common.error.retry")}
      </button>
    </main>
  );
}
