import { notFound } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { canSeeStatistics } from "@/lib/permissions/roles";
import { getT } from "@/lib/i18n/server";
import { listSessions } from "@/lib/data/sessions";
import { getSessionStats } from "@/lib/stats/summary";
import { buildSummaryText } from "@/lib/stats/summary-text";
import { SessionSwitch } from "@/components/dashboard/session-switch";
import { KpiCards } from "@/components/dashboard/kpi-cards";
import { CategoryTable } from "@/components/dashboard/category-table";

export async function generateMetadata() {
  return { title: (await getT())("dashboard.title") };
}

export default async function DashboardPage({ searchParams }: { searchParams: Promise<{ session?: string }> }) {
  const actor = await requireActor();
  if (!canSeeStatistics(actor)) notFound();
  const t = await getT();
  const sessions = await listSessions();
  const { session: requested } = await searchParams;
  const session = sessions.find((s) => s.code === requested) ?? sessions[0];
  if (!session) return <p>{t("dashboard.noSessions")}</p>;
  const stats = await getSessionStats({ session: session.code });
  const summary = await buildSummaryText(stats, t);

  return (
    <div className="space-y-6">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t("dashboard.title")}</h1>
        <SessionSwitch sessions={sessions} current={session.code} label={t("dashboard.session")} submitLabel={t("common.actions.filter")} />
      </div>
      <p className="rounded bg-white p-4 leading-7 shadow-sm" data-testid="summary">
        {summary}
      </p>
      <KpiCards stats={stats} t={t} />
      <CategoryTable stats={stats} t={t} />
    </div>
  );
}
