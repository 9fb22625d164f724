// Whether this process last found its database unreachable. Shared through globalThis because the proxy
// (proxy.ts), instrumentation.ts and the route handlers are separate module graphs in the one server process.
// While it says "down" the proxy answers page requests with the plain 503 page; a probe (SELECT 1 every
// second, given by the server code that noticed the outage) flips it back as soon as the database answers.
export interface DatabaseState {
  down: boolean;
  since: Date | null;
  reason: string | null;
  probe: (() => Promise<unknown>) | null;
  timer: ReturnType<typeof setInterval> | null;
}

const KEY = Symbol.for("jianyi.database-state");
const store = globalThis as unknown as Record<symbol, DatabaseState | undefined>;
const PROBE_MS = 1000;

export function databaseState(): DatabaseState {
  store[KEY] ??= { down: false, since: null, reason: null, probe: null, timer: null };
  return store[KEY];
}

export function markDatabaseUp(): void {
  const state = databaseState();
  if (state.timer) clearInterval(state.timer);
  Object.assign(state, { down: false, since: null, reason: null, timer: null });
}

export function markDatabaseDown(reason: string, probe: () => Promise<unknown>): void {
  const state = databaseState();
  state.reason = reason;
  state.probe = probe;
  if (state.down) return;
  state.down = true;
  state.since = new Date();
  let probing = false;
  state.timer = setInterval(async () => {
    if (probing) return;
    probing = true;
    try {
      await state.probe?.();
      markDatabaseUp();
    } catch {
      // still down: try again in a second
    } finally {
      probing = false;
    }
  }, PROBE_MS);
  state.timer.unref?.();
}
