import "server-only";
import type { Actor } from "@/lib/auth/user";
import { todayInChina } from "@/lib/dates/china-date";
import { suggestionScopeKey } from "@/lib/permissions/suggestion-scope";
import { cachedAcrossSessions } from "@/lib/stats/cache";
import { countSuggestions, listSuggestions, type SuggestionListQuery } from "./suggestions";

// A unit's inbox views without a search term change only by audited writes (its work) and with the China day
// (overdue and due soon count whole days): their counts are kept in the statistics cache until any write. The
// busiest unit's views read its 8,300 suggestions on every count (issue 12). A search is counted each time, so
// that typed terms do not fill the cache.
const cacheable = (actor: Actor, views: SuggestionListQuery[]) => !!actor.unitId && !views.some((v) => v.q);

/** The counts of a unit's inbox views. */
export async function inboxViewCounts(actor: Actor, views: SuggestionListQuery[], now: Date): Promise<number[]> {
  if (!cacheable(actor, views)) return countSuggestions(actor, views, now);
  const key = `inbox|${suggestionScopeKey(actor)}|${todayInChina(now)}|${JSON.stringify(views)}`;
  return cachedAcrossSessions(key, (q) => countSuggestions(actor, views, now, q));
}

/** A page of one inbox view, newest session first, then by number; the per-session counts that place it are kept likewise. */
export function inboxPage(actor: Actor, view: SuggestionListQuery, page: { page: number; pageSize: number }, now: Date) {
  return listSuggestions(actor, { ...view, ...page }, now, { keepPage: true });
}
