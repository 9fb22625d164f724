// GET /api/v1/health — anyone. 200 {"status":"ok", database, worker} once the database answers SELECT 1;
// 503 with the standard error shape (UNAVAILABLE) and the same details when it does not, saying why.
// The worker's state is this instance's: its last heartbeat, its last error (it keeps going through those), and
// so are `requests`: how many page views it renders now and how many wait their turn (scripts/serve.mjs).
import { errorResponse } from "@/lib/api/errors";
import { json } from "@/lib/api/respond";
import { workerSummary } from "@/lib/jobs/heartbeat";
import { TICK_MS } from "@/lib/jobs/worker";
import { admissionState } from "@/lib/server/admission-gate.mjs";
import { checkDatabase } from "@/lib/server/db-health";
import { databaseState } from "@/lib/server/db-state";
import { logError, REQUEST_ID_HEADER, requestIdOf } from "@/lib/server/log";

export const dynamic = "force-dynamic";

export async function GET(request?: Request): Promise<Response> {
  const requestId = request ? requestIdOf(request) : crypto.randomUUID();
  const check = await checkDatabase();
  const worker = workerSummary(TICK_MS);
  const requests = admissionState() ?? undefined;
  const headers = { [REQUEST_ID_HEADER]: requestId };
  if (check.status === "up") {
    return json(
      { status: worker.status === "stalled" || worker.status === "failing" ? "degraded" : "ok", database: check, worker, requests },
      { headers },
    );
  }
  const { error, ...database } = check;
  logError("health", error, { requestId, status: 503, downSince: databaseState().since?.toISOString() });
  const response = errorResponse(503, "UNAVAILABLE", "errors.unavailable", { headers: { ...headers, "Retry-After": "5" } });
  const body = (await response.json()) as object;
  return json(
    { status: "unavailable", ...body, database, worker, requests },
    { status: 503, headers: Object.fromEntries(response.headers) },
  );
}
