// What part of the suggestions a caller may see, as a Prisma filter. Every query of suggestions goes
// through this, so a unit sees only its own work and a deputy only their own suggestions (SPEC §1).
// suggestionScopeSql is the same rule as SQL, for the raw queries of the suggestion list (lib/data/suggestions.ts),
// which still load the rows they show through suggestionScope.
import type { Actor } from "@/lib/auth/user";
import { Prisma } from "@/lib/generated/prisma/client";
import { isDeputy, isUnitUser, seesEverything } from "./roles";

export function suggestionScope(actor: Actor): Prisma.SuggestionWhereInput {
  if (seesEverything(actor)) return {};
  if (isUnitUser(actor)) return { assignments: { some: { unitId: actor.unitId!, state: "ACTIVE" } } };
  if (isDeputy(actor)) {
    return { OR: [{ leadDeputyId: actor.deputyId! }, { coSigners: { some: { deputyId: actor.deputyId!, removedAt: null } } }] };
  }
  // Any other combination (e.g. a unit role without a unit) sees nothing.
  return { id: { in: [] } };
}

/**
 * suggestionScope as a SQL condition on `"Suggestion" s`. The deputy's rule is written as one IN over a UNION
 * (not `lead = … OR EXISTS co-signer`), which PostgreSQL answers from the two indexes instead of a scan of
 * every suggestion.
 */
export function suggestionScopeSql(actor: Actor): Prisma.Sql {
  if (seesEverything(actor)) return Prisma.sql`TRUE`;
  if (isUnitUser(actor)) {
    return Prisma.sql`s.id IN (SELECT sa."suggestionId" FROM "Assignment" sa WHERE sa."unitId" = ${actor.unitId!} AND sa.state = 'ACTIVE')`;
  }
  if (isDeputy(actor)) {
    return Prisma.sql`s.id IN (SELECT sl.id FROM "Suggestion" sl WHERE sl."leadDeputyId" = ${actor.deputyId!}
      UNION ALL SELECT sc."suggestionId" FROM "SuggestionCoSigner" sc WHERE sc."deputyId" = ${actor.deputyId!} AND sc."removedAt" IS NULL)`;
  }
  return Prisma.sql`FALSE`;
}

/** A name of the part a caller sees: callers with one name see the same suggestions (a key of kept counts). */
export function suggestionScopeKey(actor: Actor): string {
  if (seesEverything(actor)) return "all";
  if (isUnitUser(actor)) return `unit:${actor.unitId}`;
  if (isDeputy(actor)) return `deputy:${actor.deputyId}`;
  return "none";
}

/**
 * suggestionScope for a unit user, checked on a suggestion's active assignments already loaded: the same rule.
 * As a query condition a unit's scope is a semi-join over all of the unit's assignments, which the generic plan of
 * a prepared statement hashes whole even for the 20 rows of a list page (8,500 assignments at the busiest unit at
 * a million suggestions, 2–3 ms of the database's time a view; issue 12).
 */
export function unitHasActiveAssignment(actor: Actor, activeAssignments: readonly { unit: { id: string } }[]): boolean {
  return isUnitUser(actor) && activeAssignments.some((a) => a.unit.id === actor.unitId);
}
