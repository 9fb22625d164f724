// Who is who: the one table of role groups. The predicates below, the API routes' `roles`, the navigation and
// the notifications read it, so "the office" or "the unit's staff" is spelled once.
import type { Actor } from "@/lib/auth/user";
import type { Role } from "@/lib/generated/prisma/enums";

export const ROLE_GROUPS = {
  everyone: ["ADMIN", "OFFICE", "UNIT_HANDLER", "UNIT_LEADER", "DEPUTY", "LEADER"],
  admin: ["ADMIN"],
  /** The general office, and the administrator who can do everything the office can (SPEC §1). */
  office: ["OFFICE", "ADMIN"],
  leader: ["LEADER"],
  /** A unit's staff: its handlers (经办人) and its leaders. */
  unit: ["UNIT_HANDLER", "UNIT_LEADER"],
  unitLeader: ["UNIT_LEADER"],
  unitHandler: ["UNIT_HANDLER"],
  deputy: ["DEPUTY"],
  /** Read every suggestion, and the statistics: the office and leadership. */
  seesEverything: ["OFFICE", "ADMIN", "LEADER"],
  /** 督办: the office and leadership see every unit's overdue work, a unit its own; deputies not at all. */
  supervision: ["OFFICE", "ADMIN", "LEADER", "UNIT_HANDLER", "UNIT_LEADER"],
} as const satisfies Record<string, readonly Role[]>;

const inGroup = (group: readonly Role[]) => (a: Actor) => group.includes(a.role);

export const isAdmin = inGroup(ROLE_GROUPS.admin);
export const isOffice = inGroup(ROLE_GROUPS.office);
export const isUnitUser = (a: Actor) => inGroup(ROLE_GROUPS.unit)(a) && !!a.unitId;
export const isUnitLeader = (a: Actor) => inGroup(ROLE_GROUPS.unitLeader)(a) && !!a.unitId;
export const isDeputy = (a: Actor) => inGroup(ROLE_GROUPS.deputy)(a) && !!a.deputyId;
export const isLeader = inGroup(ROLE_GROUPS.leader);
export const seesEverything = inGroup(ROLE_GROUPS.seesEverything);
export const STATISTICS_ROLES = ROLE_GROUPS.seesEverything;
export const canSeeStatistics = inGroup(STATISTICS_ROLES);
export const canReadSupervision = (a: Actor) => seesEverything(a) || isUnitUser(a);
