import { describe, expect, it } from "vitest";
import { parseCsv } from "@/lib/import/csv";
import { validateSuggestionTable } from "@/lib/import/suggestion-rows";

const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,主办单位,会办单位";

describe("suggestion import rows", () => {
  it("reads a CSV with a BOM, quotes and Chinese separators", () => {
    const csv = `\uFEFF${header}\r\n1001,"关于加强黑土地保护的建议",张伟,长春代表团,李娜、王强;赵敏,"内容，含逗号",农业农村,2022-01-10,省农业农村厅,省自然资源厅、省财政厅\r\n`;
    const { rows, errors } = validateSuggestionTable(parseCsv(csv));
    expect(errors).toEqual([]);
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({
      row: 2,
      number: "1001",
      title: "关于加强黑土地保护的建议",
      coSigners: ["李娜", "王强", "赵敏"],
      content: "内容，含逗号",
      coUnits: ["省自然资源厅", "省财政厅"],
    });
    expect(rows[0].submittedAt?.toISOString()).toBe("2022-01-09T16:00:00.000Z");
  });

  it("lists every bad cell by row and column and keeps nothing from a bad file", () => {
    const csv = [header, "1001,,张伟,长春代表团,,内容,教育,2022-13-45,,", "1001,标题,张伟,长春代表团,,内容,教育,,,省财政厅"].join("\n");
    const { errors } = validateSuggestionTable(parseCsv(csv));
    expect(errors).toEqual([
      { row: 2, column: "标题", messageKey: "office.import.errors.cell.required" },
      { row: 2, column: "提出日期", messageKey: "office.import.errors.cell.badDate" },
      { row: 3, column: "建议编号", messageKey: "office.import.errors.cell.duplicateInFile", params: { row: 2 } },
      { row: 3, column: "主办单位", messageKey: "office.import.errors.cell.coWithoutLead" },
    ]);
  });

  it("names a missing required column", () => {
    const { errors } = validateSuggestionTable(parseCsv("建议编号,标题\n1,x"));
    expect(errors.map((e) => e.column)).toEqual(["领衔代表", "代表团", "内容"]);
  });

  it("flags a number used twice in one file", () => {
    const csv = [header, "7,标题,张伟,长春代表团,,内容,,,,", "7,标题2,张伟,长春代表团,,内容,,,,"].join("\n");
    expect(validateSuggestionTable(parseCsv(csv)).errors).toEqual([
      { row: 3, column: "建议编号", messageKey: "office.import.errors.cell.duplicateInFile", params: { row: 2 } },
    ]);
  });

  it("reads 急办 and 保密 and every date form, and lists every bad cell of a row", () => {
    const csv = [
      "建议编号,标题,领衔代表,代表团,内容,提出日期,急办,保密",
      "1,标题,张伟,长春代表团,内容,2026年1月22日,是,√",
      "2,标题,张伟,长春代表团,内容,2026/1/5,N,0",
      "3,,张伟,长春代表团,内容,2026年2月30日,也许,是",
    ].join("\n");
    const { rows, errors } = validateSuggestionTable(parseCsv(csv));
    expect(rows.slice(0, 2).map((r) => [r.submittedAt?.toISOString(), r.urgent, r.confidential])).toEqual([
      ["2026-01-21T16:00:00.000Z", true, true],
      ["2026-01-04T16:00:00.000Z", false, false],
    ]);
    expect(errors.map((e) => [e.row, e.column, e.messageKey.split(".").pop()])).toEqual([
      [4, "标题", "required"],
      [4, "提出日期", "badDate"],
      [4, "急办", "badYesNo"],
    ]);
  });
});
