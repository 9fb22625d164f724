import "server-only";
// The handling table (办理情况表) as .xlsx: the rows of getUnitTable for the same filter and in the same
// order as the screen (?sort=), rates as Excel percentages, and a sheet with the definitions.
import { getUnitTable } from "@/lib/stats/unit-table";
import { STAT_DEFINITIONS, UNIT_TABLE_DEFINITIONS } from "@/lib/stats/definitions";
import { describeFilters } from "./describe-filters";
import { assertStatsReader, fileName, resolveExport, type ExportFile, type ExportRequest } from "./context";
import { sortUnitRows } from "./unit-sort";
import { addKeyValueSheet, addSheet, excelDate, newWorkbook, PERCENT_FORMAT, setColumns, toBuffer, DATE_FORMAT } from "./xlsx";

export async function buildUnitTableWorkbook({ actor, query, t, now = new Date() }: ExportRequest): Promise<ExportFile> {
  assertStatsReader(actor);
  const report = await resolveExport(query);
  const rows = sortUnitRows(await getUnitTable(report.filter, now), query.sort);
  const workbook = newWorkbook();

  const sheet = addSheet(workbook, t("reports.export.sheets.unitTable"));
  const label = (key: string) => t(`stats.labels.${key}`);
  setColumns(sheet, [
    { header: t("reports.export.columns.unitCode"), width: 12 },
    { header: label("unit"), width: 28 },
    { header: label("unitKind"), width: 12 },
    { header: label("lead") },
    { header: label("co") },
    { header: label("replied") },
    { header: label("signed") },
    { header: label("onTime") },
    { header: label("onTimeRate"), format: PERCENT_FORMAT },
    { header: label("overdue") },
    { header: label("overdueLead") },
    { header: label("overdueCo") },
    { header: "A" },
    { header: "B" },
    { header: "C" },
    { header: "D" },
    { header: label("feedback") },
    { header: label("satisfactionRate"), format: PERCENT_FORMAT },
    { header: label("avgDaysToReply"), width: 20, format: "0.0" },
  ]);
  for (const r of rows) {
    sheet.addRow([
      r.code,
      r.name,
      t(`domain.unitKind.${r.kind}`),
      r.lead,
      r.co,
      r.replied,
      r.signed,
      r.onTime,
      r.onTimeRate,
      r.overdue,
      r.overdueLead,
      r.overdueCo,
      r.categories.A,
      r.categories.B,
      r.categories.C,
      r.categories.D,
      r.feedback,
      r.satisfactionRate,
      r.avgDaysToReply,
    ]);
  }

  const meta = t("reports.export.meta.figure");
  addKeyValueSheet(
    workbook,
    t("reports.export.sheets.definitions"),
    [meta, t("reports.export.meta.value")],
    [
      [t("reports.export.meta.session"), `${report.session.name} (${report.session.code})`],
      [t("reports.export.meta.filters"), describeFilters(report.query, report.unit?.name ?? null, t) ?? t("reports.export.meta.none")],
      [t("reports.export.meta.generatedAt"), excelDate(now)],
      [label("onTimeRate"), t(STAT_DEFINITIONS.onTimeRate)],
      ...Object.entries(UNIT_TABLE_DEFINITIONS).map(([key, definition]) => [label(key), t(definition)]),
      ["", t(STAT_DEFINITIONS.filters)],
    ],
  ).getCell("B4").numFmt = DATE_FORMAT;

  return { filename: fileName(t("reports.export.files.unitTable", { session: report.session.code })), body: await toBuffer(workbook) };
}
