import Link from "next/link";
import { RecordLink } from "@/components/ui/record-link";
import { z } from "zod";
import { requireActor } from "@/lib/auth/current";
import { listNotifications } from "@/lib/data/notifications";
import { formatDateTime } from "@/lib/format";
import { getT } from "@/lib/i18n/server";
import { Pagination } from "@/components/ui/pagination";
import { markAllRead, markRead } from "./actions";
import { notificationSentence } from "@/lib/notifications/sentence";

const PAGE_SIZE = 30;

export async function generateMetadata() {
  return { title: (await getT())("common.notifications.title") };
}

export default async function NotificationsPage({ searchParams }: { searchParams: Promise<{ page?: string }> }) {
  const actor = await requireActor();
  const t = await getT();
  const page = z.coerce
    .number()
    .int()
    .min(1)
    .catch(1)
    .parse((await searchParams).page);
  const { items, total } = await listNotifications(actor, page, PAGE_SIZE);
  return (
    <div className="max-w-3xl space-y-4">
      <div className="flex items-center justify-between">
        <h1 className="text-2xl font-semibold">{t("common.notifications.title")}</h1>
        <form action={markAllRead}>
          <button type="submit" className="rounded border border-gray-500 bg-white px-3 py-1 text-sm">
            {t("common.notifications.markAllRead")}
          </button>
        </form>
      </div>
      <Link href="/account/notices" className="text-sm text-brand-700 underline">
        {t("outbox.settings.link")}
      </Link>
      {items.length === 0 ? (
        <p>{t("common.empty")}</p>
      ) : (
        <ul className="divide-y rounded bg-white shadow-sm">
          {items.map((n) => {
            const { text, href } = notificationSentence(t, n);
            return (
              <li key={n.id} className={`flex items-start gap-3 p-3 text-sm ${n.readAt ? "" : "bg-brand-50"}`} data-testid="notification">
                <div className="min-w-0 flex-1">
                  <p className="text-gray-700">
                    {formatDateTime(n.createdAt)}
                    {n.readAt ? "" : ` · ${t("common.notifications.unread")}`}
                  </p>
                  <p>
                    {href ? (
                      <RecordLink className="text-brand-700 underline" href={href}>
                        {text}
                      </RecordLink>
                    ) : (
                      text
                    )}
                  </p>
                </div>
                {!n.readAt && (
                  <form action={markRead}>
                    <input type="hidden" name="id" value={n.id} />
                    <button
                      type="submit"
                      className="rounded border border-gray-500 bg-white px-2 py-1 text-xs"
                      aria-label={t("common.notifications.markReadLabel", { text })}
                    >
                      {t("common.notifications.markRead")}
                    </button>
                  </form>
                )}
              </li>
            );
          })}
        </ul>
      )}
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} params={{}} t={t} />
    </div>
  );
}
