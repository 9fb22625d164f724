import "server-only";
import { getServerSession } from "next-auth";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Role } from "@/lib/generated/prisma/enums";
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

/**
 * The guard every page, and every loader a page calls, runs first — layouts only decorate: on a client-side
 * navigation Next renders just the page segment, so a check in a layout never runs. Anonymous visitors go to
 * the sign-in page; a signed-in user that `allowed` refuses gets a 404, as if the page did not exist.
 */
export async function requireActor(allowed?: (actor: Actor) => boolean): Promise<Actor> {
  const actor = await getActor();
  if (!actor) redirect("/login");
  if (allowed && !allowed(actor)) notFound();
  return actor;
}

/** requireActor for pages of some roles only (e.g. `requireRole("ADMIN")` on the administration pages). */
export function requireRole(...roles: Role[]): Promise<Actor> {
  return requireActor((actor) => roles.includes(actor.role));
}
