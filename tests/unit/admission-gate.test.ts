// The admission gate of the production server (scripts/serve.mjs): at most `limit` at once, the rest in the
// order they came, a leaver's place given to the next, a release counted once.
import http from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { AdmissionGate, takeTurn } from "@/lib/server/admission-gate.mjs";

type Release = () => void;

/** Lets every settled promise's callbacks run. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

function track(gate: AdmissionGate, name: string, admitted: string[], signal?: AbortSignal): Promise<Release | null> {
  return gate.enter(signal).then((release) => {
    if (release) admitted.push(name);
    return release;
  });
}

describe("AdmissionGate", () => {
  it("lets `limit` in at once and the others in the order they came, one per release", async () => {
    const gate = new AdmissionGate(2);
    const admitted: string[] = [];
    const turns = ["a", "b", "c", "d", "e"].map((name) => track(gate, name, admitted));
    await settle();
    expect(admitted).toEqual(["a", "b"]);
    expect(gate.counts).toEqual({ inside: 2, waiting: 3 });

    (await turns[1])!();
    await settle();
    expect(admitted).toEqual(["a", "b", "c"]);
    (await turns[0])!();
    (await turns[2])!();
    await settle();
    expect(admitted).toEqual(["a", "b", "c", "d", "e"]);
    expect(gate.counts).toEqual({ inside: 2, waiting: 0 });

    (await turns[3])!();
    (await turns[4])!();
    expect(gate.counts).toEqual({ inside: 0, waiting: 0 });
  });

  it("counts a release once, however often it is called", async () => {
    const gate = new AdmissionGate(1);
    const admitted: string[] = [];
    const first = await track(gate, "a", admitted);
    const second = track(gate, "b", admitted);
    const third = track(gate, "c", admitted);
    first!();
    first!();
    await settle();
    expect(admitted).toEqual(["a", "b"]);
    expect(gate.counts).toEqual({ inside: 1, waiting: 1 });
    (await second)!();
    (await third)!();
    expect(gate.counts).toEqual({ inside: 0, waiting: 0 });
  });

  it("gives the place of one who left while waiting to the next, and never admits the leaver", async () => {
    const gate = new AdmissionGate(1);
    const admitted: string[] = [];
    const first = await track(gate, "a", admitted);
    const leaving = new AbortController();
    const left = track(gate, "b", admitted, leaving.signal);
    const next = track(gate, "c", admitted);
    leaving.abort();
    expect(await left).toBeNull();
    expect(gate.counts).toEqual({ inside: 1, waiting: 1 });
    first!();
    await settle();
    expect(admitted).toEqual(["a", "c"]);
    (await next)!();
    expect(gate.counts).toEqual({ inside: 0, waiting: 0 });
    // Gone before it even asked: no turn either.
    expect(await gate.enter(AbortSignal.abort())).toBeNull();
    expect(gate.counts).toEqual({ inside: 0, waiting: 0 });
  });

  it("with limit 0 lets everything in at once", async () => {
    const gate = new AdmissionGate(0);
    const releases = await Promise.all(Array.from({ length: 100 }, () => gate.enter()));
    expect(gate.counts).toEqual({ inside: 100, waiting: 0 });
    for (const release of releases) release!();
    expect(gate.counts).toEqual({ inside: 0, waiting: 0 });
  });

  it("refuses a limit that is not a whole number ≥ 0", () => {
    for (const limit of [-1, 1.5, Number.NaN]) expect(() => new AdmissionGate(limit)).toThrow(RangeError);
  });
});

describe("takeTurn, on a real HTTP server", () => {
  /** A server whose every request takes its turn at `gate`, then waits until the test ends its response. */
  async function serverWith(gate: AdmissionGate, holdMs = 60_000) {
    const served: string[] = [];
    const open = new Map<string, http.ServerResponse>();
    const server = http.createServer(async (req, res) => {
      if (!(await takeTurn(gate, req, res, { holdMs }))) return;
      served.push(req.url!);
      open.set(req.url!, res);
    });
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
    const { port } = server.address() as AddressInfo;
    const get = (path: string) => {
      const request = http.get({ host: "127.0.0.1", port, path, agent: false });
      const answer = new Promise<number>((resolve, reject) => {
        request.on("response", (response) => {
          response.resume();
          response.on("end", () => resolve(response.statusCode ?? 0));
        });
        request.on("error", reject);
      });
      return { answer, leave: () => request.destroy() };
    };
    const until = async (check: () => boolean) => {
      for (let i = 0; i < 200 && !check(); i++) await new Promise((resolve) => setTimeout(resolve, 10));
      expect(check()).toBe(true);
    };
    return { served, open, get, until, close: () => new Promise((resolve) => server.close(resolve)) };
  }

  it("serves one at a time in order; a client that leaves while waiting is never served", async () => {
    const gate = new AdmissionGate(1);
    const s = await serverWith(gate);
    const first = s.get("/a");
    await s.until(() => s.served.length === 1);
    const leaving = s.get("/b");
    leaving.answer.catch(() => undefined);
    const third = s.get("/c");
    await s.until(() => gate.counts.waiting === 2);
    leaving.leave();
    await s.until(() => gate.counts.waiting === 1);
    s.open.get("/a")!.end("a");
    expect(await first.answer).toBe(200);
    await s.until(() => s.served.length === 2);
    expect(s.served).toEqual(["/a", "/c"]);
    s.open.get("/c")!.end("c");
    expect(await third.answer).toBe(200);
    await s.until(() => gate.counts.inside === 0);
    await s.close();
  });

  it("ends a turn after holdMs even if the answer is still being sent", async () => {
    const gate = new AdmissionGate(1);
    const s = await serverWith(gate, 100);
    s.get("/slow").answer.catch(() => undefined);
    await s.until(() => s.served.length === 1);
    s.open.get("/slow")!.write("still sending");
    const next = s.get("/next");
    await s.until(() => s.served.length === 2);
    expect(gate.counts).toEqual({ inside: 1, waiting: 0 });
    s.open.get("/next")!.end();
    expect(await next.answer).toBe(200);
    s.open.get("/slow")!.end();
    await s.until(() => gate.counts.inside === 0);
    await s.close();
  });
});
