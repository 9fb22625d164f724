import "server-only";
// The deputy picker's look-up: deputies whose name contains what was typed. The office and the
// administrator link deputies to suggestions and accounts; nobody else needs the list.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { isOffice } from "@/lib/permissions/roles";

export interface DeputyOption {
  id: string;
  name: string;
  delegation: string;
}

const query = z.string().trim().min(2).max(50);
export const DEPUTY_SEARCH_LIMIT = 20;

/** At most 20 deputies whose name contains `q` (two characters at least); [] for anyone but OFFICE/ADMIN. */
export async function searchDeputies(actor: Actor, q: unknown): Promise<DeputyOption[]> {
  if (!isOffice(actor)) return [];
  const parsed = query.safeParse(q);
  if (!parsed.success) return [];
  return db.deputy.findMany({
    where: { name: { contains: parsed.data, mode: "insensitive" } },
    orderBy: [{ name: "asc" }, { delegation: "asc" }],
    take: DEPUTY_SEARCH_LIMIT,
    select: { id: true, name: true, delegation: true },
  });
}
