import { describe, expect, it } from "vitest";
import { catalogues, translate } from "@/lib/i18n/catalogue";

function keys(node: unknown, prefix = ""): string[] {
  if (node === null || typeof node !== "object") return [prefix];
  return Object.entries(node as Record<string, unknown>).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("message catalogues", () => {
  it("have the same keys in Chinese and English", () => {
    expect(keys(catalogues.en).sort()).toEqual(keys(catalogues["zh-CN"]).sort());
  });

  it("fill in parameters", () => {
    expect(translate(catalogues["zh-CN"], "errors.throttled", { minutes: 15 })).toBe("登录失败次数过多，请 15 分钟后再试");
  });
});
