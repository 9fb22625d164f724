import Link from "next/link";
import { getT } from "@/lib/i18n/server";

export default async function NotFound() {
  const t = await getT();
  return (
    <main id="main" className="mx-auto max-w-xl p-8">
      <h1 className="mb-2 text-2xl font-semibold">{t("common.notFound.title")}</h1>
      <p className="mb-4 text-gray-700">{t("common.notFound.body")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("common.notFound.home")}
      </Link>
    </main>
  );
}
