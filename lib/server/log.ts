// Errors are logged as one JSON line each (easy to grep and to ship to a log collector), with the request id
// the answer carries in its x-request-id header so a user's report can be matched to the log line.
import { randomUUID } from "node:crypto";

export const REQUEST_ID_HEADER = "x-request-id";
// An id handed in by a proxy or load balancer is kept when it is harmless; anything else gets a new one.
const SAFE_ID = /^[A-Za-z0-9._:-]{8,100}$/;

export function requestIdOf(request: Pick<Request, "headers">): string {
  const given = request.headers.get(REQUEST_ID_HEADER);
  return given && SAFE_ID.test(given) ? given : randomUUID();
}

export function logError(source: string, error: unknown, extra: Record<string, unknown> = {}): void {
  const e = error instanceof Error ? error : null;
  const code = error && typeof error === "object" && "code" in error ? String((error as { code: unknown }).code) : undefined;
  const line = {
    time: new Date().toISOString(),
    level: "error",
    source,
    ...extra,
    error: e ? e.name : typeof error,
    ...(code ? { code } : {}),
    message: e ? e.message : String(error),
    // An outage (503) is not a bug: its stack says nothing and would only bury the lines that matter.
    ...(e?.stack && extra.status !== 503 ? { stack: e.stack } : {}),
  };
  console.error(JSON.stringify(line));
}

export function logEvent(source: string, message: string, extra: Record<string, unknown> = {}): void {
  console.log(JSON.stringify({ time: new Date().toISOString(), level: "info", source, message, ...extra }));
}
