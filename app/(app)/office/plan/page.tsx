import Link from "next/link";
import { requireActor } from "@/lib/auth/current";
import { listSessionOptions } from "@/lib/data/sessions";
import { getT } from "@/lib/i18n/server";
import { PLAN_COLUMNS } from "@/lib/import/plan-rows";
import { isOffice } from "@/lib/permissions/roles";
import { ImportForm } from "../import/import-form";

export async function generateMetadata() {
  return { title: (await getT())("standing.plan.title") };
}

/** 分办方案: a plan file applied to suggestions already registered, with the import's preview, rules and row errors. */
export default async function PlanPage() {
  await requireActor(isOffice);
  const t = await getT();
  const sessions = await listSessionOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("standing.plan.title")}</h1>
      <p className="text-sm text-gray-700">{t("standing.plan.help", { columns: Object.values(PLAN_COLUMNS).join("、") })}</p>
      <p className="text-sm">
        <Link href="/office/import" className="text-brand-700 underline">
          {t("standing.plan.importLink")}
        </Link>
      </p>
      <ImportForm sessions={sessions} plan={{ url: "/office/plan/upload", submit: t("standing.plan.submit") }} />
    </div>
  );
}
