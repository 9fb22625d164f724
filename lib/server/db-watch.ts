// Server code that catches an error calls noteDatabaseError: when it means "the database is unreachable" the
// process-wide state (lib/server/db-state.ts) turns to down, with a probe that turns it back.
import { markDatabaseDown } from "./db-state";
import { isDatabaseUnavailable } from "./db-unavailable";

const probe = async () => {
  const { db } = await import("@/lib/db");
  await db.$queryRaw`SELECT 1`;
};

/** True when `error` says the database is unreachable (and the state now says so too). */
export function noteDatabaseError(error: unknown): boolean {
  if (!isDatabaseUnavailable(error)) return false;
  const message = error instanceof Error ? (error.message.split("\n").filter(Boolean).at(-1) ?? "") : String(error);
  markDatabaseDown(message.slice(0, 300), probe);
  return true;
}

/**
 * A SELECT 1 every few seconds (from instrumentation.ts), so an outage turns the proxy's 503 page on even
 * before a request stumbles on it; the state's own probe turns it off again.
 */
export function watchDatabase(intervalMs = 2000): void {
  let busy = false;
  setInterval(async () => {
    if (busy) return;
    busy = true;
    try {
      await probe();
    } catch (error) {
      noteDatabaseError(error);
    } finally {
      busy = false;
    }
  }, intervalMs).unref();
}
