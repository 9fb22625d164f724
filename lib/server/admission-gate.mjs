// At most `limit` requests rendered at once; the others wait their turn, first come first served.
// Plain JavaScript: scripts/serve.mjs runs it under plain Node, without a TypeScript loader in the hot path.
//
// Why (issue 12): Node interleaves every request it has accepted, so with 50 users at once each page view
// shared the one thread with 49 others, and the unlucky ones finished last by far (a dashboard's p95 1.6 times
// its median, the sign-in page's p99 four times its p95). In turn, each view takes about as long as the
// views ahead of it, and no longer.

/**
 * @typedef {() => void} Release
 */

export class AdmissionGate {
  /** @param {number} limit how many at once; 0 lets everything through at once */
  constructor(limit) {
    if (!Number.isInteger(limit) || limit < 0) throw new RangeError(`limit must be a whole number ≥ 0, got ${limit}`);
    this.limit = limit;
    this.inside = 0;
    /** @type {Array<() => void>} */
    this.queue = [];
  }

  /** How many are being served and how many wait. */
  get counts() {
    return { inside: this.inside, waiting: this.queue.length };
  }

  /**
   * Waits for a turn. Resolves to the release function (calling it twice releases once), or to null when
   * `signal` aborted while waiting: the caller went away, its turn is given to the next.
   * @param {AbortSignal} [signal]
   * @returns {Promise<Release | null>}
   */
  enter(signal) {
    if (signal?.aborted) return Promise.resolve(null);
    if (this.limit === 0 || this.inside < this.limit) {
      this.inside++;
      return Promise.resolve(this.#releaser());
    }
    return new Promise((resolve) => {
      const admit = () => {
        signal?.removeEventListener("abort", leave);
        resolve(this.#releaser());
      };
      const leave = () => {
        const at = this.queue.indexOf(admit);
        if (at >= 0) this.queue.splice(at, 1);
        resolve(null);
      };
      signal?.addEventListener("abort", leave, { once: true });
      this.queue.push(admit);
    });
  }

  /** @returns {Release} */
  #releaser() {
    let released = false;
    return () => {
      if (released) return;
      released = true;
      const next = this.queue.shift();
      // The freed place goes straight to the next in line, so `inside` stays the same.
      if (next) next();
      else this.inside--;
    };
  }
}

/**
 * Waits for the request's turn at `gate`. Resolves to true when it may be served, false when its client left
 * while waiting (nobody would read what was rendered for it: the turn goes to the next). The turn ends when
 * the response is handed to the system ('finish') or the connection is gone ('close'), and after `holdMs` in
 * any case: a big export to a slow client must not keep a place for the whole download.
 * @param {AdmissionGate} gate
 * @param {import("node:http").IncomingMessage} req
 * @param {import("node:http").ServerResponse} res
 * @param {{ holdMs: number }} options
 * @returns {Promise<boolean>}
 */
export async function takeTurn(gate, req, res, { holdMs }) {
  const left = new AbortController();
  const leave = () => left.abort();
  res.once("close", leave);
  const release = await gate.enter(left.signal);
  res.off("close", leave);
  if (!release) return false;
  if (req.socket.destroyed) {
    release();
    return false;
  }
  const timer = setTimeout(release, holdMs).unref();
  const done = () => {
    clearTimeout(timer);
    release();
  };
  res.once("finish", done);
  res.once("close", done);
  return true;
}

// The gate of this process, where the health check (a route Next bundled on its own) can find it.
const PUBLISHED = Symbol.for("jianyi.admission-gate");
const holder = /** @type {{ [PUBLISHED]?: AdmissionGate }} */ (globalThis);

/** Makes `gate` the one this process's health check reports. @param {AdmissionGate} gate */
export function publishGate(gate) {
  holder[PUBLISHED] = gate;
}

/**
 * The limit and counts of this process's gate; null when nothing published one (`next dev`, the tests' route
 * calls).
 * @returns {{ limit: number, inside: number, waiting: number } | null}
 */
export function admissionState() {
  const gate = holder[PUBLISHED];
  return gate ? { limit: gate.limit, ...gate.counts } : null;
}
