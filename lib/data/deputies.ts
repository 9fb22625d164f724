import "server-only";
// The deputy picker's look-up: deputies whose name contains what was typed. The office and the
// administrator link deputies to suggestions and accounts; nobody else needs the list. The administrator
// also pages through all of them.
import { z } from "zod";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { notFound } from "@/lib/errors";
import { isAdmin, isOffice } from "@/lib/permissions/roles";

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

export interface DeputyRow extends DeputyOption {
  code: string | null;
  phone: string | null;
  version: number;
  /** Suggestions the deputy leads (领衔). */
  ledCount: number;
}

/** The administrator's list: a page of deputies by delegation then name, searched by either (404 for others). */
export async function listDeputies(
  actor: Actor,
  { q, page, pageSize }: { q?: string; page: number; pageSize: number },
): Promise<{ items: DeputyRow[]; total: number }> {
  if (!isAdmin(actor)) throw notFound();
  const where = q ? { OR: [{ name: { contains: q } }, { delegation: { contains: q } }] } : {};
  const [rows, total] = await Promise.all([
    db.deputy.findMany({
      where,
      orderBy: [{ delegation: "asc" }, { name: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      include: { _count: { select: { ledSuggestions: true } } },
    }),
    db.deputy.count({ where }),
  ]);
  return {
    items: rows.map((d) => ({
      id: d.id,
      name: d.name,
      delegation: d.delegation,
      code: d.code,
      phone: d.phone,
      version: d.version,
      ledCount: d._count.ledSuggestions,
    })),
    total,
  };
}
