// Username + password check shared by the sign-in form (next-auth) and POST /api/v1/auth/token.
// Failed attempts are counted in the database so throttling holds across app instances.
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import type { Actor } from "./user";
import { verifyPassword } from "./password";

export const MAX_FAILURES = 5;
export const THROTTLE_MINUTES = 15;

export async function verifyCredentials(username: string, password: string, ip?: string | null): Promise<Actor> {
  const since = new Date(Date.now() - THROTTLE_MINUTES * 60_000);
  const recentFailures = await db.loginAttempt.count({
    where: { username, success: false, createdAt: { gte: since } },
  });
  if (recentFailures >= MAX_FAILURES) {
    throw new DomainError("UNAUTHENTICATED", "errors.throttled", undefined, { minutes: THROTTLE_MINUTES });
  }
  const user = await db.user.findUnique({ where: { username } });
  const ok = !!user && user.active && (await verifyPassword(user.passwordHash, password));
  await db.loginAttempt.create({ data: { username, ip: ip ?? null, success: ok } });
  if (!ok || !user) throw new DomainError("UNAUTHENTICATED", "errors.badCredentials");
  return {
    id: user.id,
    name: user.name,
    username: user.username,
    role: user.role,
    unitId: user.unitId,
    deputyId: user.deputyId,
  };
}
