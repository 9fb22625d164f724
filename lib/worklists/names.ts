// The worklists (issue 11 item 2): what waits for each role, by name. Pure data, read by the navigation, the
// pages under /work, the API and the loaders in lib/data/worklists.ts.
import type { Actor } from "@/lib/auth/user";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const WORKLIST_NAMES = [
  "toSign",
  "returned",
  "unopened",
  "opinionsDue",
  "requests",
  "unassigned",
  "overdue",
  "toRate",
  "led",
  "cosigned",
] as const;
export type WorklistName = (typeof WORKLIST_NAMES)[number];

/** Who has each list: a unit's leader signs, its handlers draft and give opinions, the office decides, a deputy rates. */
export const WORKLIST_ROLES: Record<WorklistName, readonly Role[]> = {
  toSign: ROLE_GROUPS.unitLeader,
  returned: ROLE_GROUPS.unitHandler,
  unopened: ROLE_GROUPS.unitHandler,
  opinionsDue: ROLE_GROUPS.unitHandler,
  requests: ROLE_GROUPS.office,
  unassigned: ROLE_GROUPS.office,
  overdue: ROLE_GROUPS.office,
  toRate: ROLE_GROUPS.deputy,
  led: ROLE_GROUPS.deputy,
  cosigned: ROLE_GROUPS.deputy,
};

/** The caller's lists, in the order of WORKLIST_NAMES; none for a unit role without a unit or a deputy role without a deputy. */
export function worklistsOf(actor: Actor): WorklistName[] {
  if (ROLE_GROUPS.unit.some((r) => r === actor.role) && !actor.unitId) return [];
  if (ROLE_GROUPS.deputy.some((r) => r === actor.role) && !actor.deputyId) return [];
  return WORKLIST_NAMES.filter((name) => WORKLIST_ROLES[name].includes(actor.role));
}

export const isWorklistName = (name: string): name is WorklistName => (WORKLIST_NAMES as readonly string[]).includes(name);

export const worklistHref = (name: WorklistName) => `/work/${name}`;
