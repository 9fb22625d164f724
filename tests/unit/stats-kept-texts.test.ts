// The texts of kept statistics a process holds (lib/stats/kept-texts.ts): bounded by characters, the least
// recently used going first.
import { describe, expect, it } from "vitest";
import { KeptTexts } from "@/lib/stats/kept-texts";

const text = (n: number, version = 1) => ({ version, globalVersion: 0, text: "x".repeat(n) });

describe("the texts of kept statistics a process holds", () => {
  it("give back what was set, with its versions, per session and key", () => {
    const kept = new KeptTexts(100);
    kept.set("s1", "summary", { version: 3, globalVersion: 7, text: '{"total":181}' });
    kept.set("s2", "summary", { version: 1, globalVersion: 7, text: '{"total":9}' });
    expect(kept.get("s1", "summary")).toEqual({ version: 3, globalVersion: 7, text: '{"total":181}' });
    expect(kept.get("s2", "summary")?.text).toBe('{"total":9}');
    expect(kept.get("s1", "units")).toBeUndefined();
    kept.set("s1", "summary", { version: 4, globalVersion: 7, text: '{"total":182}' });
    expect(kept.get("s1", "summary")?.version).toBe(4);
    expect(kept.chars).toBe('{"total":182}'.length + '{"total":9}'.length);
  });

  it("drop the least recently used texts past the limit, and never keep a text larger than it", () => {
    const kept = new KeptTexts(100);
    kept.set("s", "a", text(40));
    kept.set("s", "b", text(40));
    expect(kept.get("s", "a")).toBeDefined(); // a is now more recent than b
    kept.set("s", "c", text(40));
    expect(kept.get("s", "b")).toBeUndefined();
    expect(kept.get("s", "a")).toBeDefined();
    expect(kept.get("s", "c")).toBeDefined();
    expect(kept.chars).toBe(80);
    kept.set("s", "huge", text(101));
    expect(kept.get("s", "huge")).toBeUndefined();
    expect(kept.chars).toBe(80);
    kept.set("s", "a", text(101, 2)); // a larger new version replaces the old one: neither is kept
    expect(kept.get("s", "a")).toBeUndefined();
    expect(kept.chars).toBe(40);
  });
});
