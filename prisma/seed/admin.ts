// The bootstrap administrator. Nobody can call createUser before an ADMIN exists, so this is the one user
// written directly (with its audit event); everything else goes through lib/workflow. Used by `npm start`
// (ADMIN_USERNAME / ADMIN_PASSWORD) and by the demo seed.
import type { Actor } from "@/lib/auth/user";
import { hashPassword } from "@/lib/auth/password";
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { actorOf } from "@/lib/workflow/admin";

const firstAdmin = () => db.user.findFirst({ where: { role: "ADMIN", active: true }, orderBy: { createdAt: "asc" } });

/**
 * Creates an ADMIN user with these credentials when no active ADMIN exists; returns the (first) active
 * administrator either way. Safe to run from several instances at once.
 */
export async function ensureAdmin(username: string, password: string, name = "系统管理员"): Promise<{ actor: Actor; created: boolean }> {
  const existing = await firstAdmin();
  if (existing) return { actor: actorOf(existing), created: false };
  const passwordHash = await hashPassword(password);
  try {
    const user = await db.$transaction(async (tx) => {
      const created = await tx.user.create({ data: { username, passwordHash, name, role: "ADMIN" } });
      await audit(tx, {
        actorId: null,
        action: "user.bootstrapAdmin",
        entity: "User",
        entityId: created.id,
        after: { username, name, role: "ADMIN" },
      });
      return created;
    });
    return { actor: actorOf(user), created: true };
  } catch (error) {
    // Another instance created it first (unique username): use theirs.
    if ((error as { code?: string }).code === "P2002") {
      const admin = await firstAdmin();
      if (admin) return { actor: actorOf(admin), created: false };
      throw new Error(`cannot create the administrator: username "${username}" is taken by a non-admin user`);
    }
    throw error;
  }
}
