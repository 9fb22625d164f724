// What this instance's job worker last did, for /api/v1/health. Kept on globalThis: the worker is started from
// instrumentation.ts and the health route is another module graph in the same process.
export interface WorkerState {
  enabled: boolean;
  workerId: string | null;
  startedAt: Date | null;
  /** The end of the last tick, successful or not: the worker's loop is alive. */
  lastHeartbeat: Date | null;
  lastSuccess: Date | null;
  lastError: { at: Date; message: string } | null;
  /** Consecutive failed ticks (e.g. while the database is down); 0 once a tick succeeds again. */
  failures: number;
}

const KEY = Symbol.for("jianyi.jobs.worker-state");
const store = globalThis as unknown as Record<symbol, WorkerState | undefined>;

export function workerState(): WorkerState {
  store[KEY] ??= { enabled: false, workerId: null, startedAt: null, lastHeartbeat: null, lastSuccess: null, lastError: null, failures: 0 };
  return store[KEY];
}

export function beat(outcome: { error?: unknown }, now = new Date()) {
  const state = workerState();
  state.lastHeartbeat = now;
  if (outcome.error === undefined) {
    state.lastSuccess = now;
    state.failures = 0;
  } else {
    const message = outcome.error instanceof Error ? outcome.error.message : String(outcome.error);
    state.lastError = { at: now, message: message.split("\n").filter(Boolean).at(-1)?.slice(0, 300) ?? "" };
    state.failures++;
  }
}

/** running · failing (the last tick failed) · stalled (no tick for three intervals) · disabled · starting. */
export function workerSummary(tickMs: number, now = new Date()) {
  const s = workerState();
  const iso = (d: Date | null) => d?.toISOString() ?? null;
  let status: "disabled" | "starting" | "running" | "failing" | "stalled" = "running";
  if (!s.enabled) status = "disabled";
  else if (!s.lastHeartbeat) status = now.getTime() - (s.startedAt?.getTime() ?? 0) > 3 * tickMs ? "stalled" : "starting";
  else if (now.getTime() - s.lastHeartbeat.getTime() > 3 * tickMs) status = "stalled";
  else if (s.failures > 0) status = "failing";
  return {
    status,
    lastHeartbeat: iso(s.lastHeartbeat),
    lastSuccess: iso(s.lastSuccess),
    ...(s.lastError ? { lastError: { at: s.lastError.at.toISOString(), message: s.lastError.message } } : {}),
    consecutiveFailures: s.failures,
  };
}
