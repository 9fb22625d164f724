// Sign-in throttling that holds under parallel guesses and across app instances. Each attempt RESERVES a
// failure in one atomic statement (INSERT … ON CONFLICT … DO UPDATE … RETURNING on both of its counters)
// before any password is checked; only an attempt whose reservation stays within the limits is judged.
// A success or a refused attempt gives its reservation back, so the counters hold judged failures only.
// Keys are per "address + username" (5 per window) and per address (100 per window, an office behind one
// NAT): a guesser's address waits, while the owner signing in from elsewhere is never locked out.
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";

export const WINDOW_MINUTES = 15;
export const MAX_FAILURES_PER_USER = 5;
export const MAX_FAILURES_PER_ADDRESS = 100;

/** A sign-in refused before any password check; `retryAfterSeconds` feeds Retry-After and the form's wait. */
export class ThrottledError extends DomainError {
  constructor(readonly retryAfterSeconds: number) {
    super("UNAUTHENTICATED", "errors.throttled", undefined, { minutes: Math.max(1, Math.ceil(retryAfterSeconds / 60)) });
  }
}

export interface Reservation {
  keys: string[];
  userKey: string;
  addressKey: string;
}

export type ReserveResult = { ok: true; reservation: Reservation } | { ok: false; retryAfterSeconds: number };

const userKey = (scope: string, address: string, username: string) => `${scope}:u:${address}:${username}`;
const addressKey = (scope: string, address: string) => `${scope}:a:${address}`;

interface Row {
  key: string;
  failures: number;
  retryAfter: number;
}

/** `scope` separates the sign-in counters from others (e.g. the current-password check of a change). */
export async function reserveAttempt(username: string, address: string, scope = "signin"): Promise<ReserveResult> {
  const keys = { user: userKey(scope, address, username), address: addressKey(scope, address) };
  // Rows are locked in key order everywhere ("…:a:…" before "…:u:…"): with two orders, 40 parallel guesses
  // deadlocked against each other's release and some answered 500.
  // Both SET expressions read the old row; timestamps are UTC like every Prisma DateTime column.
  const rows = await db.$queryRaw<Row[]>`
    INSERT INTO "AuthThrottle" ("key", "windowStart", "failures")
    VALUES (${keys.address}, timezone('UTC', now()), 1), (${keys.user}, timezone('UTC', now()), 1)
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN "AuthThrottle"."windowStart" <= timezone('UTC', now()) - make_interval(mins => ${WINDOW_MINUTES}::int)
                        THEN 1 ELSE "AuthThrottle"."failures" + 1 END,
      "windowStart" = CASE WHEN "AuthThrottle"."windowStart" <= timezone('UTC', now()) - make_interval(mins => ${WINDOW_MINUTES}::int)
                        THEN timezone('UTC', now()) ELSE "AuthThrottle"."windowStart" END
    RETURNING "key", "failures",
      GREATEST(1, CEIL(EXTRACT(EPOCH FROM ("windowStart" + make_interval(mins => ${WINDOW_MINUTES}::int) - timezone('UTC', now())))))::int AS "retryAfter"`;
  const reservation: Reservation = { keys: [keys.user, keys.address], userKey: keys.user, addressKey: keys.address };
  const over = rows.filter((r) => r.failures > (r.key === keys.user ? MAX_FAILURES_PER_USER : MAX_FAILURES_PER_ADDRESS));
  if (over.length === 0) return { ok: true, reservation };
  await giveBack(reservation.keys);
  return { ok: false, retryAfterSeconds: Math.max(...over.map((r) => r.retryAfter)) };
}

/**
 * Gives one reserved failure back on each of `keys` and forgets all of `forget`'s (the user's key after the right
 * password). The one statement that updates counters after their reservation, so the rows are locked in key
 * order in one place.
 */
async function giveBack(keys: string[], forget: string | null = null) {
  await db.$executeRaw`WITH locked AS (SELECT "key" FROM "AuthThrottle" WHERE "key" = ANY(${keys}::text[]) ORDER BY "key" FOR UPDATE)
    UPDATE "AuthThrottle" t SET "failures" = CASE WHEN t."key" = ${forget} THEN 0 ELSE GREATEST(t."failures" - 1, 0) END
    FROM locked WHERE t."key" = locked."key"`;
}

/** The right password: the address's reservation is given back and its failures for this user forgotten. */
export async function attemptSucceeded(reservation: Reservation) {
  await giveBack(reservation.keys, reservation.userKey);
}

/** Counters whose window ended long ago carry no information; called now and then by sign-in. */
export async function pruneThrottle() {
  await db.$executeRaw`DELETE FROM "AuthThrottle" WHERE "windowStart" < timezone('UTC', now()) - make_interval(mins => ${WINDOW_MINUTES * 4}::int)`;
}
