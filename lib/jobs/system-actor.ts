// Scheduled work acts as the first active administrator, so its audit events name a real account.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";

export async function systemActor(): Promise<Actor> {
  const admin = await db.user.findFirst({ where: { role: "ADMIN", active: true }, orderBy: { createdAt: "asc" } });
  if (!admin) throw new Error("no active ADMIN user for scheduled work");
  return { id: admin.id, name: admin.name, username: admin.username, role: admin.role, unitId: null, deputyId: null };
}
