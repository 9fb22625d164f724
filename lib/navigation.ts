import type { Actor } from "@/lib/auth/user";
import type { Role } from "@/lib/generated/prisma/enums";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { type WorklistName, worklistHref, worklistsOf } from "@/lib/worklists/names";

export interface NavItem {
  href: string;
  /** Key in the common catalogue. */
  label: string;
  roles: readonly Role[];
}

/** The navigation each role sees; pages still check access on the server themselves. */
export const navItems: NavItem[] = [
  { href: "/dashboard", label: "common.nav.dashboard", roles: ROLE_GROUPS.seesEverything },
  { href: "/reports", label: "common.nav.reports", roles: ROLE_GROUPS.seesEverything },
  { href: "/inbox", label: "common.nav.inbox", roles: ROLE_GROUPS.unit },
  { href: "/suggestions", label: "common.nav.suggestions", roles: ROLE_GROUPS.supervision },
  { href: "/supervision", label: "common.nav.supervision", roles: ROLE_GROUPS.supervision },
  { href: "/key-suggestions", label: "keys.nav", roles: ROLE_GROUPS.seesEverything },
  { href: "/office/assign", label: "common.nav.assign", roles: ROLE_GROUPS.office },
  { href: "/office/new", label: "common.nav.newSuggestion", roles: ROLE_GROUPS.office },
  { href: "/office/import", label: "common.nav.import", roles: ROLE_GROUPS.office },
  { href: "/office/plan", label: "standing.plan.title", roles: ROLE_GROUPS.office },
  { href: "/suggestions", label: "common.nav.mySuggestions", roles: ROLE_GROUPS.deputy },
  { href: "/admin", label: "common.nav.admin", roles: ROLE_GROUPS.admin },
  { href: "/api/v1/docs", label: "common.nav.apiDocs", roles: ROLE_GROUPS.office },
  { href: "/public", label: "common.nav.public", roles: ROLE_GROUPS.everyone },
];

export function navFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
}

/** The caller's worklists, first in the navigation, each with its count (label key takes `{count}`). */
export function worklistNavFor(actor: Actor): { name: WorklistName; href: string; label: string }[] {
  return worklistsOf(actor).map((name) => ({ name, href: worklistHref(name), label: `worklists.nav.${name}` }));
}

/** Where each role starts its day. */
export function homeFor(role: Role): string {
  switch (role) {
    case "ADMIN":
    case "OFFICE":
    case "LEADER":
      return "/dashboard";
    case "UNIT_HANDLER":
    case "UNIT_LEADER":
      return "/inbox";
    default:
      return "/suggestions";
  }
}
