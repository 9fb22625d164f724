import Link from "next/link";
import { requireAccount } from "@/lib/auth/current";
import { NAV_COUNT_CAP, worklistCounts } from "@/lib/data/worklists";
import { getT } from "@/lib/i18n/server";
import { navFor, worklistNavFor } from "@/lib/navigation";
import { LocaleSwitch } from "@/components/locale-switch";
import { setLocale } from "@/app/actions/locale";
import { NavLinks } from "@/components/nav-links";
import { SignOutButton } from "@/components/sign-out-button";

export default async function AppLayout({ children }: { children: React.ReactNode }) {
  // requireAccount, not requireActor: this layout also frames the page where a reset password is changed.
  const { actor, unreadNotifications: unread } = await requireAccount();
  const t = await getT();
  const counts = await worklistCounts(actor, { cap: NAV_COUNT_CAP });
  // What waits for the caller comes first, each list with its count.
  const shown = (n = 0) => (n > NAV_COUNT_CAP ? `${NAV_COUNT_CAP}+` : n);
  const worklists = worklistNavFor(actor).map((item) => ({ href: item.href, label: t(item.label, { count: shown(counts[item.name]) }) }));
  return (
    <div className="min-h-screen">
      <a
        href="#main"
        className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:bg-white focus:p-2 focus:underline"
      >
        {t("common.skipToContent")}
      </a>
      <header className="no-print border-b border-gray-300 bg-white">
        <div className="mx-auto flex max-w-7xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
          <Link href="/" className="text-lg font-semibold text-brand-800">
            {t("common.appName")}
          </Link>
          <nav aria-label={t("common.nav.label")} className="flex flex-1 flex-wrap gap-4 text-sm">
            <NavLinks items={[...worklists, ...navFor(actor.role).map((item) => ({ href: item.href, label: t(item.label) }))]} />
          </nav>
          <div className="flex items-center gap-4 text-sm">
            <span className="text-gray-700">
              {actor.name} · {t(`domain.role.${actor.role}`)}
            </span>
            <Link href="/account/password" prefetch={false} className="text-brand-700 underline">
              {t("account.password.link")}
            </Link>
            <Link href="/notifications" prefetch={false} className="text-brand-700 underline" data-testid="notifications-link">
              {t("common.notifications.badge", { count: unread })}
            </Link>
            <LocaleSwitch action={setLocale} />
            <SignOutButton label={t("common.signOut")} />
          </div>
        </div>
      </header>
      <main id="main" tabIndex={-1} className="mx-auto max-w-7xl px-4 py-6">
        {children}
      </main>
    </div>
  );
}
