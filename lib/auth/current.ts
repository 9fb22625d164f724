import "server-only";
import { getServerSession } from "next-auth";
import { redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Actor } from "./user";

/**
 * The signed-in user, re-read from the database on every request so that a deactivated user or a changed
 * role takes effect at once (the JWT only carries the user id).
 */
export const getActor = cache(async (): Promise<Actor | null> => {
  const session = await getServerSession(authOptions);
  const userId = (session as { userId?: string } | null)?.userId;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { id: true, name: true, username: true, role: true, unitId: true, deputyId: true, active: true },
  });
  if (!user || !user.active) return null;
  const { active: _active, ...actor } = user;
  return actor;
});

export async function requireActor(): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  return actor;
}
