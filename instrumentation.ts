// Runs once when a Next server instance starts: it watches its database (for the 503 page) and runs a job
// worker (Postgres coordinates the workers of several instances).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { watchDatabase } = await import("./lib/server/db-watch");
  watchDatabase();
  const { setting } = await import("./lib/server/config");
  if (!setting("JOBS_WORKER")) return;
  const { startWorker } = await import("./lib/jobs/worker");
  startWorker();
}

/**
 * Errors Next caught in pages, route handlers and actions: one JSON log line each with the request id the
 * proxy gave the request; a database outage also turns the proxy's 503 page on until the database answers.
 */
export async function onRequestError(
  error: unknown,
  request: { path: string; method: string; headers: Record<string, string | string[] | undefined> },
  context: { routeType: string; routePath: string },
) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { logError } = await import("./lib/server/log");
  const { noteDatabaseError } = await import("./lib/server/db-watch");
  const unavailable = noteDatabaseError(error);
  const requestId = request.headers["x-request-id"];
  logError(`next.${context.routeType}`, error, {
    requestId: Array.isArray(requestId) ? requestId[0] : requestId,
    method: request.method,
    path: request.path.split("?")[0],
    route: context.routePath,
    status: unavailable ? 503 : 500,
  });
}
