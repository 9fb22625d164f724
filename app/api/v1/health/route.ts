// GET /api/v1/health — anyone. 200 {"status":"ok", database, worker} once the database answers SELECT 1;
// 503 with the standard error shape (UNAVAILABLE) and the same details when it does not, saying why.
// The worker's state is this instance's: its last heartbeat, its last error (it keeps going through those).
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/errors";
import { json } from "@/lib/api/respond";
import { workerSummary } from "@/lib/jobs/heartbeat";
import { TICK_MS } from "@/lib/jobs/worker";
import { isDatabaseUnavailable } from "@/lib/server/db-unavailable";
import { databaseState, markDatabaseUp } from "@/lib/server/db-state";
import { noteDatabaseError } from "@/lib/server/db-watch";
import { logError, REQUEST_ID_HEADER, requestIdOf } from "@/lib/server/log";

export const dynamic = "force-dynamic";
const TIMEOUT_MS = 3000;

async function checkDatabase() {
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
    return { status: "up" as const, latencyMs: Date.now() - started };
  } catch (error) {
    noteDatabaseError(error);
    const message = error instanceof Error ? error.message.split("\n").filter(Boolean).at(-1) ?? error.message : String(error);
    return { status: "down" as const, reason: isDatabaseUnavailable(error) ? "unreachable" : "error", detail: message.slice(0, 300), error };
  } finally {
    clearTimeout(timer);
  }
}

export async function GET(request?: Request): Promise<Response> {
  const requestId = request ? requestIdOf(request) : crypto.randomUUID();
  const { error, ...database } = await checkDatabase();
  const worker = workerSummary(TICK_MS);
  const headers = { [REQUEST_ID_HEADER]: requestId };
  if (database.status === "up") {
    return json({ status: worker.status === "stalled" || worker.status === "failing" ? "degraded" : "ok", database, worker }, { headers });
  }
  logError("health", error, { requestId, status: 503, downSince: databaseState().since?.toISOString() });
  const response = errorResponse(503, "UNAVAILABLE", "errors.unavailable", { headers: { ...headers, "Retry-After": "5" } });
  const body = (await response.json()) as object;
  return json({ status: "unavailable", ...body, database, worker }, { status: 503, headers: Object.fromEntries(response.headers) });
}
