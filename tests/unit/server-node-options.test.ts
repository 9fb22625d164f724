import { describe, expect, it } from "vitest";
import { serverNodeOptions } from "@/lib/server/node-options";

const GB = 2 ** 30;

describe("the Node options of the server process", () => {
  it("give the young generation room for concurrent renders, by the machine's memory", () => {
    expect(serverNodeOptions(undefined, 24 * GB)).toBe("--max-semi-space-size=64");
    expect(serverNodeOptions("", 2 * GB)).toBe("--max-semi-space-size=32");
  });

  it("keep what the operator set, and their own semi-space size", () => {
    expect(serverNodeOptions("--max-old-space-size=4096", 24 * GB)).toBe("--max-old-space-size=4096 --max-semi-space-size=64");
    expect(serverNodeOptions("--max-semi-space-size=8", 24 * GB)).toBe("--max-semi-space-size=8");
  });
});
