// The health endpoint's database check (app/api/v1/health/route.ts): SELECT 1 within 3 s. It records what it
// found in the process's database state, so a probe that succeeds also ends an outage the app noticed.
import { db } from "@/lib/db";
import { isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { markDatabaseUp } from "@/lib/server/db-state";
import { noteDatabaseError } from "@/lib/server/db-watch";

const TIMEOUT_MS = 3000;

export type DatabaseCheck =
  { status: "up"; latencyMs: number } | { status: "down"; reason: "unreachable" | "error"; detail: string; error: unknown };

export async function checkDatabase(): Promise<DatabaseCheck> {
  const started = Date.now();
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error(`no answer within ${TIMEOUT_MS} ms`)), TIMEOUT_MS);
      }),
    ]);
    markDatabaseUp();
    return { status: "up", latencyMs: Date.now() - started };
  } catch (error) {
    noteDatabaseError(error);
    const message = error instanceof Error ? (error.message.split("\n").filter(Boolean).at(-1) ?? error.message) : String(error);
    return { status: "down", reason: isDatabaseUnavailable(error) ? "unreachable" : "error", detail: message.slice(0, 300), error };
  } finally {
    clearTimeout(timer);
  }
}
