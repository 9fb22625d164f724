import "server-only";
import type { Actor } from "@/lib/auth/user";
import { todayInChina } from "@/lib/dates/china-date";
import { cachedAcrossSessions } from "@/lib/stats/cache";
import { countSuggestions, type SuggestionListQuery } from "./suggestions";

/**
 * The counts of a unit's inbox views. Without a search term they are kept in the statistics cache until any
 * write (a unit's work changes only by audited writes) and for the China day (overdue and due soon count whole
 * days): the busiest unit's four counts read its 8,300 suggestions on every view (issue 12). A search is counted
 * each time, so that typed terms do not fill the cache.
 */
export async function inboxViewCounts(actor: Actor, views: SuggestionListQuery[], now: Date): Promise<number[]> {
  if (views.some((v) => v.q) || !actor.unitId) return countSuggestions(actor, views, now);
  const key = `inbox|${actor.unitId}|${actor.role}|${todayInChina(now)}|${JSON.stringify(views)}`;
  return cachedAcrossSessions(key, (q) => countSuggestions(actor, views, now, q));
}
