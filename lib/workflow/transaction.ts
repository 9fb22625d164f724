// One transaction per workflow act, and what a refused write inside it means to the caller: a unique index
// that says "already there" is a 409, a deadlock or serialization failure a stale 409 (retry with fresh data).
import { db, type Tx } from "@/lib/db";
import { DomainError, staleVersion } from "@/lib/errors";

const errorCode = (error: unknown) => (error as { code?: unknown })?.code;

/** A unique index refused the write (Prisma's P2002, or PostgreSQL's 23505 through the driver adapter). */
export function isUniqueViolation(error: unknown): boolean {
  if (errorCode(error) === "P2002") return true;
  const cause = (error as { cause?: unknown })?.cause;
  return errorCode(cause) === "23505" || /unique constraint/i.test(String((error as Error)?.message ?? ""));
}

const mentions = (error: unknown, name: string) => {
  try {
    return JSON.stringify({ m: (error as Error)?.message, meta: (error as { meta?: unknown }).meta }).includes(name);
  } catch {
    return false;
  }
};

/**
 * Runs one workflow act in a transaction. A unique index that refuses a write (a duplicate, or a second
 * active lead written concurrently) becomes 409 CONFLICT; a serialization failure or deadlock, a stale 409.
 */
export async function transact<T>(work: (tx: Tx) => Promise<T>, options: { timeout?: number } = {}): Promise<T> {
  try {
    return await db.$transaction(work, { timeout: options.timeout ?? 60_000, maxWait: 30_000 });
  } catch (error) {
    if (error instanceof DomainError) throw error;
    if (isUniqueViolation(error)) {
      if (mentions(error, "Assignment_one_active")) throw new DomainError("CONFLICT", "errors.alreadyAssigned");
      throw new DomainError("CONFLICT", "errors.duplicate");
    }
    if (errorCode(error) === "P2034" || errorCode((error as { cause?: unknown })?.cause) === "40P01") throw staleVersion();
    throw error;
  }
}
