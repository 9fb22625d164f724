import type { Actor } from "@/lib/auth/user";

export const isAdmin = (a: Actor) => a.role === "ADMIN";
/** The general office, and the administrator who can do everything the office can (SPEC §1). */
export const isOffice = (a: Actor) => a.role === "OFFICE" || a.role === "ADMIN";
export const isUnitUser = (a: Actor) => (a.role === "UNIT_HANDLER" || a.role === "UNIT_LEADER") && !!a.unitId;
export const isUnitLeader = (a: Actor) => a.role === "UNIT_LEADER" && !!a.unitId;
export const isDeputy = (a: Actor) => a.role === "DEPUTY" && !!a.deputyId;
export const isLeader = (a: Actor) => a.role === "LEADER";
/** Roles that read every suggestion. */
export const seesEverything = (a: Actor) => isOffice(a) || isLeader(a);
export const canSeeStatistics = seesEverything;
/** 督办: the office and leadership see every unit's overdue work, a unit its own; deputies not at all. */
export const canReadSupervision = (a: Actor) => seesEverything(a) || isUnitUser(a);
