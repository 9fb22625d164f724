import "server-only";
// The outcome distribution as .xlsx: A/B/C/D counts and largest-remainder percentages, the satisfaction
// counts, and an overview with every headline figure, its definition and the summary paragraph — all
// from getSessionStats, so the file says what the dashboard says.
import { getSessionStats } from "@/lib/stats/summary";
import { buildSummaryText } from "@/lib/stats/summary-text";
import { CATEGORIES, STAT_DEFINITIONS } from "@/lib/stats/definitions";
import { describeFilters } from "./describe-filters";
import { assertStatsReader, fileName, resolveExport, type ExportFile, type ExportRequest } from "./context";
import { addKeyValueSheet, addSheet, excelDate, newWorkbook, PERCENT_FORMAT, setColumns, toBuffer, DATE_FORMAT, type Cell } from "./xlsx";

export async function buildOutcomeWorkbook({ actor, query, t, now = new Date() }: ExportRequest): Promise<ExportFile> {
  assertStatsReader(actor);
  const report = await resolveExport(query);
  const stats = await getSessionStats(report.filter, now);
  const label = (key: string) => t(`stats.labels.${key}`);
  const workbook = newWorkbook();

  const figures: [string, Cell, string, boolean?][] = [
    [label("total"), stats.total, STAT_DEFINITIONS.total],
    [label("assigned"), stats.assigned, STAT_DEFINITIONS.assigned],
    [label("replied"), stats.replied, STAT_DEFINITIONS.replied],
    [label("closed"), stats.closed, STAT_DEFINITIONS.closed],
    [label("overdue"), stats.overdue, STAT_DEFINITIONS.overdue],
    [label("units"), stats.units.total, STAT_DEFINITIONS.units],
    [label("departments"), stats.units.departments, STAT_DEFINITIONS.units],
    [label("cities"), stats.units.cities, STAT_DEFINITIONS.units],
    [label("onTimeRate"), stats.onTimeRate, STAT_DEFINITIONS.onTimeRate, true],
    [label("replyRate"), stats.replyRate, STAT_DEFINITIONS.replyRate, true],
    [label("satisfactionRate"), stats.satisfaction.rate, STAT_DEFINITIONS.satisfactionRate, true],
  ];
  const overview = addKeyValueSheet(
    workbook,
    t("reports.export.sheets.summary"),
    [t("reports.export.meta.figure"), t("reports.export.meta.value"), t("reports.export.meta.definition")],
    [
      [t("reports.export.meta.session"), `${report.session.name} (${report.session.code})`, ""],
      [
        t("reports.export.meta.filters"),
        describeFilters(report.query, report.unit?.name ?? null, t) ?? t("reports.export.meta.none"),
        t(STAT_DEFINITIONS.filters),
      ],
      [t("reports.export.meta.generatedAt"), excelDate(now), ""],
      ...figures.map(([name, value, definition]) => [name, value, t(definition)]),
      [label("summary"), buildSummaryText(stats, t), ""],
    ],
  );
  overview.getCell("B4").numFmt = DATE_FORMAT;
  figures.forEach(([, , , isRate], i) => {
    if (isRate) overview.getCell(`B${5 + i}`).numFmt = PERCENT_FORMAT;
  });

  const outcome = addSheet(workbook, t("reports.export.sheets.outcome"));
  setColumns(outcome, [
    { header: t("dashboard.outcome.category"), width: 10 },
    { header: label("categories"), width: 36 },
    { header: label("count") },
    { header: `${label("percent")} (%)`, format: "0.0" },
  ]);
  for (const c of CATEGORIES) {
    outcome.addRow([c, t(`domain.category.${c}`), stats.categories[c].count, stats.categories[c].percent]);
  }
  outcome.addRow([label("replied"), "", stats.replied, null]);
  outcome.addRow([]);
  outcome.addRow([t(STAT_DEFINITIONS.categories)]);
  outcome.addRow([t(STAT_DEFINITIONS.percent)]);

  const satisfaction = addSheet(workbook, t("reports.export.sheets.satisfaction"));
  setColumns(satisfaction, [{ header: label("satisfaction"), width: 24 }, { header: label("count") }]);
  satisfaction.addRow([label("satisfied"), stats.satisfaction.satisfied]);
  satisfaction.addRow([label("basicallySatisfied"), stats.satisfaction.basicallySatisfied]);
  satisfaction.addRow([label("dissatisfied"), stats.satisfaction.dissatisfied]);
  satisfaction.addRow([label("satisfactionRate"), stats.satisfaction.rate]).getCell(2).numFmt = PERCENT_FORMAT;
  satisfaction.addRow([]);
  satisfaction.addRow([t(STAT_DEFINITIONS.satisfaction)]);
  satisfaction.addRow([t(STAT_DEFINITIONS.satisfactionRate)]);

  return { filename: fileName(t("reports.export.files.outcome", { session: report.session.code })), body: await toBuffer(workbook) };
}
