import "server-only";
// Units and deputies as the API lists them (issue 11: GET /units?q=, GET /deputies?q=) and as the admin edit
// forms show them: searched, with the version an edit must carry. OFFICE and ADMIN only; [] for others.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { isOffice } from "@/lib/permissions/roles";

const like = (q: string) => ({ contains: q, mode: "insensitive" as const });

/** Units by code, matching `q` in the code, the name, an alias or a former name; active ones unless `inactive`. */
export async function searchUnits(actor: Actor, { q, inactive }: { q?: string; inactive?: boolean }) {
  if (!isOffice(actor)) return { items: [], total: 0 };
  const where: Prisma.UnitWhereInput = {
    ...(inactive ? {} : { active: true }),
    ...(q ? { OR: [{ code: like(q) }, { name: like(q) }, { aliases: { has: q } }, { names: { some: { name: like(q) } } }] } : {}),
  };
  const rows = await db.unit.findMany({
    where,
    orderBy: { code: "asc" },
    select: {
      id: true,
      code: true,
      name: true,
      kind: true,
      active: true,
      version: true,
      aliases: true,
      names: { where: { validTo: { not: null } }, orderBy: { validFrom: "asc" }, select: { name: true, validFrom: true, validTo: true } },
    },
  });
  const items = rows.map(({ names, ...u }) => ({ ...u, formerNames: names }));
  return { items, total: items.length };
}

/** A page of deputies by name then delegation, matching `q` in the name, the delegation or the code. */
export async function searchDeputyList(actor: Actor, { q, page, pageSize }: { q?: string; page: number; pageSize: number }) {
  if (!isOffice(actor)) return { items: [], total: 0 };
  const where: Prisma.DeputyWhereInput = q ? { OR: [{ name: like(q) }, { delegation: like(q) }, { code: like(q) }] } : {};
  const [items, total] = await Promise.all([
    db.deputy.findMany({
      where,
      orderBy: [{ name: "asc" }, { delegation: "asc" }, { id: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: { id: true, name: true, delegation: true, code: true, phone: true, version: true },
    }),
    db.deputy.count({ where }),
  ]);
  return { items, total };
}
