// The admission gate of the production server (scripts/serve.mjs): at most `limit` at once, the rest in the
// order they came, a leaver's place given to the next, a release counted once.
import { describe, expect, it } from "vitest";
import { AdmissionGate } from "@/lib/server/admission-gate.mjs";

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
