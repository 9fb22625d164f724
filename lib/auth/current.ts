import "server-only";
import { getServerSession } from "next-auth";
import { decode } from "next-auth/jwt";
import { cookies } from "next/headers";
import { notFound, redirect } from "next/navigation";
import { cache } from "react";
import { db } from "@/lib/db";
import { authOptions } from "./options";
import type { Role } from "@/lib/generated/prisma/enums";
import type { Actor } from "./user";

export const CHANGE_PASSWORD_PATH = "/account/password";

export interface Account {
  actor: Actor;
  /** An administrator reset the password: nothing but the change form until it is changed. */
  mustChangePassword: boolean;
  /** The header's count of unread notifications, read with the user: one statement fewer on every page (issue 12). */
  unreadNotifications: number;
}

/**
 * The signed-in user, re-read from the database on every request so that a deactivated user or a changed
 * role takes effect at once. A session whose JWT carries an older session version than the user's (a
 * password change or reset happened since it was issued) is over.
 */
export const getAccount = cache(async (): Promise<Account | null> => {
  const session = await readSession();
  const userId = session?.userId;
  if (!userId) return null;
  const user = await db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      username: true,
      role: true,
      unitId: true,
      deputyId: true,
      active: true,
      mustChangePassword: true,
      sessionVersion: true,
      _count: { select: { notifications: { where: { readAt: null } } } },
    },
  });
  if (!user || !user.active || user.sessionVersion !== (session.sv ?? 0)) return null;
  const { active: _active, mustChangePassword, sessionVersion: _sv, _count, ...actor } = user;
  return { actor, mustChangePassword, unreadNotifications: _count.notifications };
});

/**
 * The user id and session version of the session cookie: what getServerSession(authOptions) answers, without
 * its work. Called like that (without req and res) next-auth never sets a cookie, yet it builds its whole
 * handler and re-encrypts the token for a later expiry on every call (~1 ms of a page view), only to drop
 * it: sessions end SESSION_MAX_AGE_SECONDS after sign-in either way. A token next-auth split into chunks
 * (over 4 kB; ours are ~200 bytes) is left to next-auth.
 */
async function readSession(): Promise<{ userId?: string; sv?: number } | null> {
  const name = `${authOptions.useSecureCookies ? "__Secure-" : ""}next-auth.session-token`;
  const jar = await cookies();
  if (jar.has(`${name}.0`)) return (await getServerSession(authOptions)) as { userId?: string; sv?: number } | null;
  const secret = authOptions.secret;
  const value = jar.get(name)?.value;
  if (!secret || !value) return null;
  // An expired, tampered or foreign token is no session, as next-auth's session route answers it.
  const token = await decode({ token: value, secret }).catch(() => null);
  if (!token?.sub) return null;
  return { userId: token.sub, sv: typeof token.sv === "number" ? token.sv : 0 };
}

/**
 * The actor of every page, loader, export and action. A user who must change their password is sent to the
 * change form from wherever they are; only that form (and the header around it) uses getAccount directly.
 */
export async function getActor(): Promise<Actor | null> {
  const account = await getAccount();
  if (account?.mustChangePassword) redirect(CHANGE_PASSWORD_PATH);
  return account?.actor ?? null;
}

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

/** Signed in, whether or not a password change is due: for the change form and the shared header. */
export async function requireAccount(): Promise<Account> {
  const account = await getAccount();
  if (!account) redirect("/login");
  return account;
}

/** requireActor for pages of some roles only (e.g. `requireRole("ADMIN")` on the administration pages). */
export function requireRole(...roles: Role[]): Promise<Actor> {
  return requireActor((actor) => roles.includes(actor.role));
}
