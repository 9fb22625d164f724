import "server-only";
// API tokens, as the administrator sees them: the usable ones (neither revoked nor expired), newest first.
// The hash never leaves this module.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import type { Role } from "@/lib/generated/prisma/enums";
import { isAdmin } from "@/lib/permissions/roles";

export interface TokenRow {
  id: string;
  name: string;
  createdAt: Date;
  expiresAt: Date;
  lastUsedAt: Date | null;
  user: { username: string; role: Role };
}

/** At most 200 tokens usable at `now` (404 for anyone but the administrator). */
export async function listActiveTokens(actor: Actor, now = new Date()): Promise<TokenRow[]> {
  if (!isAdmin(actor)) throw notFound();
  return db.apiToken.findMany({
    where: { revokedAt: null, expiresAt: { gt: now } },
    orderBy: { createdAt: "desc" },
    take: 200,
    select: { id: true, name: true, createdAt: true, expiresAt: true, lastUsedAt: true, user: { select: { username: true, role: true } } },
  });
}
