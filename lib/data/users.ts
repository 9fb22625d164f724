import "server-only";
// Accounts, as the administrator manages them: searched by username or name, a page at a time.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { isAdmin } from "@/lib/permissions/roles";

export interface UserRow {
  id: string;
  username: string;
  name: string;
  role: Role;
  active: boolean;
  phone: string | null;
  /** What an edit carries back as expectedVersion. */
  version: number;
  unit: { code: string; name: string } | null;
  deputy: { id: string; name: string; delegation: string } | null;
}

export interface PageQuery {
  /** Part of a username or name; absent lists everyone. */
  q?: string;
  /** 1-based. */
  page: number;
  pageSize: number;
}

/** One page of accounts by role then username, and how many match (404 for anyone but the administrator). */
export async function listUsers(actor: Actor, { q, page, pageSize }: PageQuery): Promise<{ items: UserRow[]; total: number }> {
  if (!isAdmin(actor)) throw notFound();
  const where = q ? { OR: [{ username: { contains: q } }, { name: { contains: q } }] } : {};
  const [items, total] = await Promise.all([
    db.user.findMany({
      where,
      orderBy: [{ role: "asc" }, { username: "asc" }],
      skip: (page - 1) * pageSize,
      take: pageSize,
      select: {
        id: true,
        username: true,
        name: true,
        role: true,
        active: true,
        phone: true,
        version: true,
        unit: { select: { code: true, name: true } },
        deputy: { select: { id: true, name: true, delegation: true } },
      },
    }),
    db.user.count({ where }),
  ]);
  return { items, total };
}
