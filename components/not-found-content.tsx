import Link from "next/link";
import { getT } from "@/lib/i18n/server";

/** What a missing page says, inside the app's frame (which has the <main>) or standing alone. */
export async function NotFoundContent() {
  const t = await getT();
  return (
    <>
      <h1 className="mb-2 text-2xl font-semibold">{t("common.notFound.title")}</h1>
      <p className="mb-4 text-gray-700">{t("common.notFound.body")}</p>
      <Link href="/" className="text-brand-700 underline">
        {t("common.notFound.home")}
      </Link>
    </>
  );
}
