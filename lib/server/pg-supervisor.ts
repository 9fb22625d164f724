// Keeps the embedded PostgreSQL running under `npm start`: when its postmaster dies (killed, crashed, OOM)
// it is started again with backoff (0.5 s, 1 s, 2 s … at most 30 s), each attempt logged. The app's pg pool
// reconnects by itself once the server answers again, so the app recovers without a restart. After a crash
// PostgreSQL's own crash recovery replays the WAL: committed transactions are kept, unfinished ones vanish.
import type { ChildProcess } from "node:child_process";

export interface Supervised {
  /** The running postmaster's child process, if any. */
  process(): ChildProcess | undefined;
  /** Starts the server again (resolves once it accepts connections). */
  start(): Promise<void>;
}

export interface Supervisor {
  /** How many times the server was started again after dying. */
  readonly restarts: number;
  /** Stop watching (before a deliberate stop). */
  stop(): void;
}

const MAX_BACKOFF_MS = 30_000;

export interface SuperviseOptions {
  firstDelayMs?: number;
  /** Awaited before each restart: a test holds the outage open until it has seen it. */
  beforeRestart?: () => Promise<void>;
}

export function supervise(server: Supervised, log: (message: string) => void, options: SuperviseOptions = {}): Supervisor {
  const firstDelay = options.firstDelayMs ?? 500;
  let stopped = false;
  let restarts = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  const watch = () => {
    const child = server.process();
    if (!child || child.exitCode !== null || child.signalCode !== null) return void schedule(firstDelay, 1);
    child.once("exit", (code, signal) => {
      if (stopped) return;
      log(`embedded PostgreSQL stopped unexpectedly (${signal ?? `exit code ${code}`}); starting it again`);
      schedule(firstDelay, 1);
    });
  };

  const schedule = (delay: number, attempt: number) => {
    if (stopped) return;
    timer = setTimeout(async () => {
      if (stopped) return;
      try {
        await options.beforeRestart?.();
        if (stopped) return;
        await server.start();
        restarts++;
        log(`embedded PostgreSQL running again (attempt ${attempt}, restart ${restarts})`);
        watch();
      } catch (error) {
        // Typically leftover backends of the dead postmaster still hold its shared memory for a moment.
        const next = Math.min(delay * 2, MAX_BACKOFF_MS);
        log(
          `embedded PostgreSQL did not start (attempt ${attempt}: ${(error as Error | undefined)?.message ?? "it exited"}); next try in ${next} ms`,
        );
        schedule(next, attempt + 1);
      }
    }, delay);
    timer.unref?.();
  };

  watch();
  return {
    get restarts() {
      return restarts;
    },
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
