import { requireActor } from "@/lib/auth/current";
import { isOffice } from "@/lib/permissions/roles";
import { getT } from "@/lib/i18n/server";
import { listSessionOptions } from "@/lib/data/sessions";
import { COLUMNS } from "@/lib/import/suggestion-rows";
import { ImportForm } from "./import-form";

export async function generateMetadata() {
  return { title: (await getT())("office.import.title") };
}

export default async function ImportPage() {
  await requireActor(isOffice);
  const t = await getT();
  const sessions = await listSessionOptions();
  return (
    <div className="max-w-4xl space-y-4">
      <h1 className="text-2xl font-semibold">{t("office.import.title")}</h1>
      <p className="text-sm text-gray-700">{t("office.import.help", { columns: Object.values(COLUMNS).join("、") })}</p>
      <p className="text-sm">
        <a href="/office/import/template" download className="text-brand-700 underline">
          {t("office.import.template.download")}
        </a>
      </p>
      <ImportForm sessions={sessions} />
    </div>
  );
}
