// The template offered on the import page: the first sheet holds the headers only (it is what an import
// reads), yes/no columns offer 是/否 in a list, and a second sheet explains each column with an example row.
import type { Translate } from "@/lib/i18n/catalogue";
import { addSheet, newWorkbook, setColumns } from "@/lib/reports/xlsx";
import { COLUMNS, type ColumnKey } from "./suggestion-rows";

const WIDTHS: Partial<Record<ColumnKey, number>> = { title: 40, content: 60, coSigners: 24, coUnits: 24, leadUnit: 20, submittedAt: 14 };
const EXAMPLE: Record<ColumnKey, string> = {
  number: "1001",
  title: "关于加强黑土地保护的建议",
  leadDeputy: "张伟",
  delegation: "长春代表团",
  coSigners: "李娜、王强",
  content: "黑土地是耕地中的“大熊猫”……",
  field: "农业农村",
  submittedAt: "2026年1月22日",
  urgent: "否",
  confidential: "否",
  leadUnit: "省农业农村厅",
  coUnits: "省自然资源厅、省财政厅",
};

export async function importTemplate(t: Translate): Promise<{ filename: string; body: Buffer }> {
  const workbook = newWorkbook();
  const keys = Object.keys(COLUMNS) as ColumnKey[];
  const sheet = addSheet(workbook, t("office.import.template.sheet"));
  // Text format everywhere: Excel keeps 001 and 2026/1/22 as typed instead of turning them into numbers.
  setColumns(
    sheet,
    keys.map((key) => ({ header: COLUMNS[key], width: WIDTHS[key] ?? 12, format: "@" })),
  );
  for (const key of ["urgent", "confidential"] as const) {
    const letter = sheet.getColumn(keys.indexOf(key) + 1).letter;
    // A list on the first rows; any of 是/否, Y/N, 1/0, √ typed by hand is accepted as well.
    for (let row = 2; row <= 1001; row++) {
      sheet.getCell(`${letter}${row}`).dataValidation = { type: "list", allowBlank: true, formulae: ['"是,否"'] };
    }
  }
  const help = workbook.addWorksheet(t("office.import.template.helpSheet"));
  help.columns = [{ width: 14 }, { width: 70 }, { width: 40 }];
  help.addRow([t("office.import.template.column"), t("office.import.template.meaning"), t("office.import.template.example")]).font = {
    bold: true,
  };
  for (const key of keys) help.addRow([COLUMNS[key], t(`office.import.template.columns.${key}`), EXAMPLE[key]]);
  const body = Buffer.from(await workbook.xlsx.writeBuffer());
  return { filename: `${t("office.import.template.filename")}.xlsx`, body };
}
