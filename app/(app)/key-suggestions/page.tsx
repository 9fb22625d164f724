import { requireActor } from "@/lib/auth/current";
import { listKeyLeaders, listKeySuggestions } from "@/lib/data/key-suggestions";
import { getT } from "@/lib/i18n/server";
import { isLeader, seesEverything } from "@/lib/permissions/roles";
import { KeyList } from "@/components/keys/key-list";
import { LeaderFilter } from "@/components/keys/leader-filter";

export async function generateMetadata() {
  const actor = await requireActor(seesEverything);
  return { title: (await getT())(isLeader(actor) ? "keys.list.mine" : "keys.list.title") };
}

/** 领导领办: a leader's own key suggestions with their progress; the office sees every leader's. */
export default async function KeySuggestionsPage({ searchParams }: { searchParams: Promise<{ leader?: string | string[] }> }) {
  const actor = await requireActor(seesEverything);
  const t = await getT();
  const requested = (await searchParams).leader;
  const leaderId = typeof requested === "string" && requested ? requested : undefined;
  const mine = isLeader(actor);
  const [rows, leaders] = await Promise.all([listKeySuggestions(actor, { leaderId }), mine ? [] : listKeyLeaders(actor)]);
  return (
    <div className="space-y-4">
      <div className="flex flex-wrap items-end justify-between gap-4">
        <h1 className="text-2xl font-semibold">{t(mine ? "keys.list.mine" : "keys.list.title")}</h1>
        {!mine && (
          <LeaderFilter
            leaders={leaders}
            current={leaderId ?? ""}
            label={t("keys.list.leaderFilter")}
            allLabel={t("keys.list.allLeaders")}
            submitLabel={t("common.actions.filter")}
          />
        )}
      </div>
      <p className="text-sm text-gray-700">{t("keys.list.intro")}</p>
      <section className="rounded bg-white p-4 shadow-sm">
        <KeyList rows={rows} showLeader={!mine} t={t} />
      </section>
    </div>
  );
}
