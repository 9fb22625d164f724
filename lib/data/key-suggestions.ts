import "server-only";
// Key suggestions led by provincial leaders (领导领办): "my key suggestions" for a leader (only their own),
// every one for the office, with each one's progress (status, units, due date, the latest report); the leaders
// the office may choose from. A suggestion page's key panel comes with its detail (./key-panel.ts).
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { activeCos, activeLead } from "@/lib/permissions/can";
import { isLeader, isOffice, seesEverything } from "@/lib/permissions/roles";
import { isDutyOverdue } from "@/lib/stats/due";
import { cachedAcrossSessions } from "@/lib/stats/cache";
import { keyReportOrder, keyReportSelect } from "./key-panel";

const unit = { select: { code: true, name: true } } as const;

export interface KeySuggestionFilter {
  /** Session code. */
  session?: string;
  /** One leader (the office's filter; a leader always sees only their own). */
  leaderId?: string;
}

/** The key suggestions the actor follows: a leader's own, all for the office; nobody else has any. */
export async function listKeySuggestions(actor: Actor, filter: KeySuggestionFilter = {}, now: Date = new Date()) {
  if (!isLeader(actor) && !isOffice(actor)) return [];
  const leaderId = isLeader(actor) ? actor.id : filter.leaderId;
  const rows = await db.suggestion.findMany({
    where: {
      key: true,
      keyLeaderId: leaderId ?? { not: null },
      ...(filter.session ? { session: { code: filter.session } } : {}),
    },
    orderBy: [{ session: { year: "desc" } }, { number: "asc" }],
    take: 500,
    select: {
      id: true,
      number: true,
      title: true,
      status: true,
      version: true,
      session: { select: { code: true, name: true } },
      keyLeader: { select: { id: true, name: true } },
      assignments: { where: { state: "ACTIVE" }, select: { id: true, unitId: true, role: true, state: true, dueAt: true, unit } },
      keyProgressReports: { select: keyReportSelect, orderBy: keyReportOrder, take: 1 },
      _count: { select: { keyProgressReports: true } },
    },
  });
  return rows.map(({ assignments, keyProgressReports, _count, keyLeader, ...s }) => {
    const lead = activeLead(assignments);
    return {
      ...s,
      leader: keyLeader!,
      leadUnit: lead ? lead.unit : null,
      coUnits: activeCos(assignments).map((a) => a.unit),
      dueAt: lead?.dueAt ?? null,
      overdue: lead ? isDutyOverdue(lead, s.status, now) : false,
      reportCount: _count.keyProgressReports,
      latestReport: keyProgressReports[0] ?? null,
    };
  });
}
export type KeySuggestionRow = Awaited<ReturnType<typeof listKeySuggestions>>[number];

/**
 * The leaders a key suggestion may be assigned to: active LEADER users, for the office only. Kept in the statistics
 * cache until any write (accounts are changed by audited writes): the office's every suggestion page offers them.
 */
export async function listLeaderOptions(actor: Actor): Promise<{ id: string; name: string }[]> {
  if (!isOffice(actor)) return [];
  return cachedAcrossSessions(
    "leader-options",
    (q) => q.$queryRaw<{ id: string; name: string }[]>`SELECT id, name FROM "User" WHERE role = 'LEADER' AND active ORDER BY name, id`,
  );
}

/** Every leader with a key suggestion, for the office's filter; a leader sees only themself. */
export async function listKeyLeaders(actor: Actor) {
  if (!seesEverything(actor)) return [];
  return db.user.findMany({
    where: { role: "LEADER", keySuggestions: { some: { key: true } }, ...(isLeader(actor) ? { id: actor.id } : {}) },
    select: { id: true, name: true },
    orderBy: [{ name: "asc" }, { id: "asc" }],
  });
}
