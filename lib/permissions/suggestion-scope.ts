// What part of the suggestions a caller may see, as a Prisma filter. Every query of suggestions goes
// through this, so a unit sees only its own work and a deputy only their own suggestions (SPEC §1).
import type { Actor } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isDeputy, isUnitUser, seesEverything } from "./roles";

export function suggestionScope(actor: Actor): Prisma.SuggestionWhereInput {
  if (seesEverything(actor)) return {};
  if (isUnitUser(actor)) return { assignments: { some: { unitId: actor.unitId!, state: "ACTIVE" } } };
  if (isDeputy(actor)) {
    return { OR: [{ leadDeputyId: actor.deputyId! }, { coSigners: { some: { deputyId: actor.deputyId! } } }] };
  }
  // Any other combination (e.g. a unit role without a unit) sees nothing.
  return { id: { in: [] } };
}
