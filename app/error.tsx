"use client";
import { useEffect, useState } from "react";
import { useT } from "@/lib/i18n/client";

// A page failed. When the cause is the database being away (the health check says 503), say so plainly:
// the proxy answers the next requests with its 503 page until the database is back.
export default function ErrorPage({ reset }: { error: Error; reset: () => void }) {
  const t = useT();
  const [unavailable, setUnavailable] = useState(false);
  useEffect(() => {
    fetch("/api/v1/health", { cache: "no-store" })
      .then((response) => setUnavailable(response.status === 503))
      .catch(() => setUnavailable(true));
  }, []);
  const key = unavailable ? "common.unavailable" : "common.error";
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="mb-2 text-2xl font-semibold">{t(`${key}.title`)}</h1>
      <p className="mb-4 text-gray-700">{t(`${key}.body`)}</p>
      <button type="button" onClick={unavailable ? () => window.location.reload() : reset} className="text-brand-700 underline">
        {t(`${key}.retry`)}
      </button>
    </main>
  );
}
