// The letter's frame prints salutation, opening and thanks once: a body-only text gets them from the frame,
// an older text that carries them keeps its own and the frame leaves its own out.
import { describe, expect, it } from "vitest";
import { catalogues } from "@/lib/i18n/catalogue";
import { letterBody } from "@/lib/letter/body";

describe("letter body", () => {
  it("takes a body-only text as it is: the frame adds opening and thanks", () => {
    const body = letterBody("我单位高度重视，认真研究办理。\n一、基本情况。\n\n二、措施。");
    expect(body).toEqual({
      paragraphs: ["我单位高度重视，认真研究办理。", "一、基本情况。", "二、措施。"],
      hasOpening: false,
      hasClosing: false,
    });
  });

  it("drops a typed salutation (the frame addresses each deputy) and keeps a typed opening and thanks", () => {
    const body = letterBody("王丽华代表：\n您提出的《关于…的建议》收悉。现答复如下：\n一、基本情况。\n感谢您对我们工作的关心和支持。");
    expect(body.paragraphs[0]).toMatch(/^您提出的/);
    expect(body.hasOpening).toBe(true);
    expect(body.hasClosing).toBe(true);
  });

  it("the reply templates give the body only", () => {
    for (const locale of ["zh-CN", "en"] as const) {
      const templates = (catalogues[locale].work as { templates: Record<string, string> }).templates;
      for (const k of ["A", "B", "C", "D"]) {
        const text = templates[k];
        expect(text).not.toMatch(/收悉|现答复如下|感谢|代表：|received your suggestion|Thank you/);
        const body = letterBody(text);
        expect([body.hasOpening, body.hasClosing]).toEqual([false, false]);
      }
    }
  });
});
