import { describe, expect, it } from "vitest";
import { diffLines } from "@/lib/text-diff";

describe("diffLines", () => {
  it("marks removed and added lines and keeps common ones", () => {
    expect(diffLines("一\n二\n三", "一\n贰\n三\n四")).toEqual([
      { kind: "same", text: "一" },
      { kind: "removed", text: "二" },
      { kind: "added", text: "贰" },
      { kind: "same", text: "三" },
      { kind: "added", text: "四" },
    ]);
  });

  it("finds nothing to mark in equal texts", () => {
    expect(diffLines("a\nb", "a\nb").every((l) => l.kind === "same")).toBe(true);
  });
});
