import type { Role } from "@/lib/generated/prisma/enums";

export interface NavItem {
  href: string;
  /** Key in the common catalogue. */
  label: string;
  roles: Role[];
}

const everyone: Role[] = ["ADMIN", "OFFICE", "UNIT_HANDLER", "UNIT_LEADER", "DEPUTY", "LEADER"];

/** The navigation each role sees; pages still check access on the server themselves. */
export const navItems: NavItem[] = [
  { href: "/dashboard", label: "common.nav.dashboard", roles: ["ADMIN", "OFFICE", "LEADER"] },
  { href: "/reports", label: "common.nav.reports", roles: ["ADMIN", "OFFICE", "LEADER"] },
  { href: "/inbox", label: "common.nav.inbox", roles: ["UNIT_HANDLER", "UNIT_LEADER"] },
  { href: "/suggestions", label: "common.nav.suggestions", roles: ["ADMIN", "OFFICE", "LEADER", "UNIT_HANDLER", "UNIT_LEADER"] },
  { href: "/supervision", label: "common.nav.supervision", roles: ["ADMIN", "OFFICE", "LEADER", "UNIT_HANDLER", "UNIT_LEADER"] },
  { href: "/office/assign", label: "common.nav.assign", roles: ["ADMIN", "OFFICE"] },
  { href: "/office/new", label: "common.nav.newSuggestion", roles: ["ADMIN", "OFFICE"] },
  { href: "/office/import", label: "common.nav.import", roles: ["ADMIN", "OFFICE"] },
  { href: "/suggestions", label: "common.nav.mySuggestions", roles: ["DEPUTY"] },
  { href: "/admin", label: "common.nav.admin", roles: ["ADMIN"] },
  { href: "/api/v1/docs", label: "common.nav.apiDocs", roles: ["ADMIN", "OFFICE"] },
  { href: "/public", label: "common.nav.public", roles: everyone },
];

export function navFor(role: Role): NavItem[] {
  return navItems.filter((item) => item.roles.includes(role));
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
