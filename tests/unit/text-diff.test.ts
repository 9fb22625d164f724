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

describe("changes inside a paragraph", () => {
  it("marks the characters changed within an edited line, on both sides", () => {
    const before = "我厅将于2026年6月底前完成全省学校食堂的检查。\n此复。";
    const after = "我厅将于2026年9月底前完成全省中小学校食堂的检查。\n此复。";
    const lines = diffLines(before, after);
    expect(lines.map((l) => l.kind)).toEqual(["removed", "added", "same"]);
    const changed = (kind: "removed" | "added") =>
      lines
        .find((l) => l.kind === kind)!
        .parts!.filter((p) => p.changed)
        .map((p) => p.text);
    expect(changed("removed")).toEqual(["6"]);
    expect(changed("added")).toEqual(["9", "中小"]);
    // The parts put together give the line back, so nothing is lost in the rendering.
    for (const l of lines) if (l.parts) expect(l.parts.map((p) => p.text).join("")).toBe(l.text);
  });

  it("does not mark characters in lines that have little in common", () => {
    const lines = diffLines("完全不同的第一段文字", "另一个意思的句子写在这里");
    expect(lines.every((l) => l.parts === undefined)).toBe(true);
  });

  it("pairs a run of changed lines line by line and leaves the extra ones whole", () => {
    const lines = diffLines("甲乙丙丁\n戊己庚辛", "甲乙丙戊\n戊己庚辛壬\n新的一行");
    expect(lines.map((l) => [l.kind, l.parts ? "parts" : "whole"])).toEqual([
      ["removed", "parts"],
      ["removed", "parts"],
      ["added", "parts"],
      ["added", "parts"],
      ["added", "whole"],
    ]);
  });
});
