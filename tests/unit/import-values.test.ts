import { describe, expect, it } from "vitest";
import { decodeCsv, parseCsv } from "@/lib/import/csv";
import { chinaMidnight, parseCalendarDate, parseYesNo } from "@/lib/import/values";
import { encodeGb18030 } from "../support/gb18030";

const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,主办单位,会办单位";

describe("CSV decoding", () => {
  it("reads UTF-8 with and without a BOM", () => {
    const text = `${header}\n1001,关于“冰雪”旅游的建议,张伟,长春代表团,,内容，含逗号,,2026年1月22日,省文化和旅游厅,`;
    for (const bytes of [Buffer.from(text), Buffer.from(`\uFEFF${text}`)]) {
      const decoded = decodeCsv(bytes);
      expect(decoded.encoding).toBe("utf-8");
      expect(decoded.text).toBe(text);
    }
  });

  it("reads a GB18030 file saved by Excel on Chinese Windows without garbling it", () => {
    const text = `${header}\r\n1001,关于加强黑土地保护的建议,张伟,长春代表团,李娜、王强,内容：黑土地是耕地中的“大熊猫”,农业农村,2026/1/22,省农业农村厅,`;
    const bytes = encodeGb18030(text);
    expect(bytes.length).toBeLessThan(Buffer.byteLength(text)); // two bytes a character, not UTF-8's three
    const decoded = decodeCsv(bytes);
    expect(decoded.encoding).toBe("gb18030");
    expect(parseCsv(decoded.text)[1]).toEqual([
      "1001",
      "关于加强黑土地保护的建议",
      "张伟",
      "长春代表团",
      "李娜、王强",
      "内容：黑土地是耕地中的“大熊猫”",
      "农业农村",
      "2026/1/22",
      "省农业农村厅",
      "",
    ]);
  });

  it("takes pure ASCII as UTF-8", () => {
    expect(decodeCsv(Buffer.from("a,b\n1,2"))).toEqual({ text: "a,b\n1,2", encoding: "utf-8" });
  });
});

describe("China calendar dates", () => {
  it("accepts 2026-01-22, 2026/1/22, 2026.1.22 and 2026年1月22日 as the same day", () => {
    for (const text of [
      "2026-01-22",
      "2026/1/22",
      "2026.1.22",
      "2026年1月22日",
      " 2026 年 1 月 22 日 ",
      "2026-1-22",
      "２０２６／１／２２",
    ]) {
      expect(parseCalendarDate(text)).toEqual({ year: 2026, month: 1, day: 22 });
    }
  });

  it("refuses days that do not exist and other forms", () => {
    for (const text of ["2026-13-01", "2026-02-29", "2026年2月30日", "22/1/2026", "2026-01", "明天", "46044"]) {
      expect(parseCalendarDate(text)).toBeNull();
    }
    expect(parseCalendarDate("2024-02-29")).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it("is stored as the instant the day begins in China, whatever the server's time zone", () => {
    expect(chinaMidnight({ year: 2026, month: 1, day: 22 }).toISOString()).toBe("2026-01-21T16:00:00.000Z");
    expect(chinaMidnight({ year: 2026, month: 3, day: 1 }).toISOString()).toBe("2026-02-28T16:00:00.000Z");
  });
});

describe("yes/no cells", () => {
  it("reads 是/否, Y/N, 1/0 and √; an empty cell is no", () => {
    for (const yes of ["是", "Y", "y", "yes", "1", "√", "✓"]) expect(parseYesNo(yes)).toBe(true);
    for (const no of ["否", "N", "n", "no", "0", "", " ", "×"]) expect(parseYesNo(no)).toBe(false);
    for (const bad of ["可能", "2", "x"]) expect(parseYesNo(bad)).toBeNull();
  });
});
