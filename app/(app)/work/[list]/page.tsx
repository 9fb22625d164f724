import { notFound } from "next/navigation";
import { z } from "zod";
import { pageParam } from "@/lib/validation/common";
import { requireActor } from "@/lib/auth/current";
import { loadWorklist } from "@/lib/data/worklists";
import { getT } from "@/lib/i18n/server";
import { isWorklistName, worklistsOf } from "@/lib/worklists/names";
import { Pagination } from "@/components/ui/pagination";
import { WorklistTable } from "@/components/worklists/worklist-table";

const PAGE_SIZE = 50;
const querySchema = z.object({ page: pageParam });
const hasWorklists = (actor: Parameters<typeof worklistsOf>[0]) => worklistsOf(actor).length > 0;

export async function generateMetadata({ params }: { params: Promise<{ list: string }> }) {
  const { list } = await params;
  const t = await getT();
  return { title: isWorklistName(list) ? t(`worklists.title.${list}`) : t("common.notFound.title") };
}

/** One of the caller's worklists (issue 11): what waits for them, each row linking to its suggestion. */
export default async function WorklistPage({
  params,
  searchParams,
}: {
  params: Promise<{ list: string }>;
  searchParams: Promise<Record<string, string | undefined>>;
}) {
  const actor = await requireActor(hasWorklists);
  const { list } = await params;
  // Another role's list, or none at all, is not there for this caller.
  if (!isWorklistName(list) || !worklistsOf(actor).includes(list)) notFound();
  const { page } = querySchema.parse(await searchParams);
  const t = await getT();
  const { items, total } = await loadWorklist(actor, list, { page, pageSize: PAGE_SIZE });
  return (
    <div className="space-y-4">
      <h1 className="text-2xl font-semibold">{t(`worklists.title.${list}`)}</h1>
      <p className="text-sm text-gray-700">{t(`worklists.intro.${list}`)}</p>
      <WorklistTable name={list} rows={items} total={total} t={t} />
      <Pagination page={page} pageSize={PAGE_SIZE} total={total} params={{}} t={t} />
    </div>
  );
}
