import "server-only";
// A suggestion's key panel (领导领办): its leader and every progress report. The reports come with the suggestion's
// detail (lib/data/suggestion-detail.ts, through the caller's scope), so the page spends no statement of its own
// on them; a deputy never sees them (they are internal to the government).
import type { Actor } from "@/lib/auth/user";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isDeputy } from "@/lib/permissions/roles";
import type { SuggestionDetail } from "./suggestion-detail";

export const keyReportSelect = {
  id: true,
  reportedOn: true,
  text: true,
  createdAt: true,
  unit: { select: { code: true, name: true } },
  createdBy: { select: { id: true, name: true } },
} satisfies Prisma.KeyProgressReportSelect;

/** The latest first. */
export const keyReportOrder: Prisma.KeyProgressReportOrderByWithRelationInput[] = [
  { reportedOn: "desc" },
  { createdAt: "desc" },
  { id: "desc" },
];

/** The panel of a suggestion loaded for the actor; null when it is not to be shown (to a deputy). */
export function keyPanelOf(actor: Actor, detail: Pick<SuggestionDetail, "key" | "keyLeader" | "keyProgressReports">) {
  if (isDeputy(actor)) return null;
  return { key: detail.key, leader: detail.keyLeader, reports: detail.keyProgressReports };
}
export type KeyPanelData = NonNullable<ReturnType<typeof keyPanelOf>>;
