import Link from "next/link";
import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { isAdmin } from "@/lib/permissions/roles";

const SECTIONS = ["users", "units", "sessions", "deputies", "calendar", "tokens", "audit", "outbox"] as const;

export default async function AdminLayout({ children }: { children: React.ReactNode }) {
  const actor = await requireActor();
  if (!isAdmin(actor)) notFound();
  const t = await getT();
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t("admin.title")}</h1>
      <nav aria-label={t("admin.title")} className="flex flex-wrap gap-4 border-b border-gray-300 pb-2 text-sm">
        {SECTIONS.map((s) => (
          <Link key={s} href={`/admin/${s}`} className="text-brand-700 underline">
            {t(`admin.${s}.title`)}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
