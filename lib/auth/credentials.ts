// Username + password check shared by the sign-in form (next-auth) and POST /api/v1/auth/token.
// Throttled first (lib/auth/throttle.ts): a refused attempt never reaches the password check. An unknown or
// inactive username is checked against a dummy hash, so its answer costs as long as a known user's.
// Every judged attempt is audited with the username tried and the address, never the password.
import { audit } from "@/lib/audit";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { UNKNOWN_ADDRESS } from "./client-address";
import type { Actor } from "./user";
import { hashPassword, verifyPassword } from "./password";
import { attemptSucceeded, pruneThrottle, reserveAttempt, ThrottledError } from "./throttle";

export { ThrottledError };

export type SignInChannel = "form" | "api";

/** The user, and what the session needs besides: a reset to be followed by a change, the session version. */
export type SignedIn = Actor & { mustChangePassword: boolean; sessionVersion: number };

let dummyHash: Promise<string> | undefined;
// Same algorithm and cost as real hashes, so verifying against it takes as long.
const dummy = () => (dummyHash ??= hashPassword(`dummy-${Math.random()}`));

const userSelect = {
  id: true,
  name: true,
  username: true,
  role: true,
  unitId: true,
  deputyId: true,
  active: true,
  passwordHash: true,
  mustChangePassword: true,
  sessionVersion: true,
} as const;

export async function verifyCredentials(
  username: string,
  password: string,
  address: string = UNKNOWN_ADDRESS,
  channel: SignInChannel = "api",
): Promise<SignedIn> {
  const reserved = await reserveAttempt(username, address);
  if (!reserved.ok) throw new ThrottledError(reserved.retryAfterSeconds);
  const user = await db.user.findUnique({ where: { username }, select: userSelect });
  const usable = !!user && user.active;
  const matches = await verifyPassword(usable ? user.passwordHash : await dummy(), password);
  const ok = usable && matches;
  await audit(db, {
    actorId: ok ? user.id : null,
    action: ok ? "auth.signIn" : "auth.signInFailed",
    entity: "User",
    entityId: user?.id ?? "",
    after: { username, address, channel },
  });
  if (!ok) {
    if (Math.random() < 0.01) await pruneThrottle();
    throw new DomainError("UNAUTHENTICATED", "errors.badCredentials");
  }
  await attemptSucceeded(reserved.reservation);
  const { active: _a, passwordHash: _p, ...signedIn } = user;
  return signedIn;
}
