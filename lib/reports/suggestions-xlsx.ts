import "server-only";
// The filtered suggestion list as .xlsx, with the timing fields (assigned at, due at, signed at, days
// taken, on time). Written with exceljs' streaming writer while the rows are read chunk by chunk
// (suggestion-rows.ts), so a large session never sits in memory as a whole.
import { PassThrough, type Writable } from "node:stream";
import ExcelJS from "exceljs";
import { describeFilters } from "./describe-filters";
import { fileName, resolveExport, type ExportRequest } from "./context";
import { suggestionRowChunks, type SuggestionExportFilter } from "./suggestion-rows";
import { addSheet, DATE_FORMAT, excelDate, setColumns } from "./xlsx";

const COLUMNS = [
  ["number", 10],
  ["title", 40],
  ["field", 10],
  ["leadDeputy", 10],
  ["delegation", 14],
  ["status", 10],
  ["leadUnit", 20],
  ["coUnits", 28],
  ["assignedAt", 17],
  ["dueAt", 17],
  ["signedAt", 17],
  ["daysTaken", 10],
  ["onTime", 12],
  ["signedRounds", 10],
  ["onTimeRounds", 10],
  ["currentDueAt", 17],
  ["overdue", 10],
  ["category", 10],
  ["rating", 12],
] as const;

export interface SuggestionsExport {
  filename: string;
  /** Writes the workbook to `output` and ends it; resolves with the number of suggestions written. */
  write(output: Writable): Promise<number>;
}

/** Resolves the session first (an unknown one is a 404 before anything is streamed). */
export async function prepareSuggestionsExport({ actor, query, t, now = new Date() }: ExportRequest): Promise<SuggestionsExport> {
  const report = await resolveExport(query);
  const filter: SuggestionExportFilter = { ...report.filter, status: query.status, q: query.q };
  const yesNo = (value: boolean | null) => (value === null ? null : t(value ? "reports.export.yes" : "reports.export.no"));
  return {
    filename: fileName(t("reports.export.files.suggestions", { session: report.session.code })),
    async write(output) {
      const workbook = new ExcelJS.stream.xlsx.WorkbookWriter({ stream: output, useStyles: true, useSharedStrings: false });
      const sheet = addSheet(workbook, t("reports.export.sheets.suggestions"));
      setColumns(
        sheet,
        COLUMNS.map(([key, width]) => ({
          header: t(`reports.export.columns.${key}`),
          width,
          format:
            key === "assignedAt" || key === "dueAt" || key === "signedAt" || key === "currentDueAt"
              ? DATE_FORMAT
              : key === "daysTaken"
                ? "0.0"
                : undefined,
        })),
      );
      sheet.getRow(1).commit();
      let count = 0;
      for await (const rows of suggestionRowChunks(actor, filter, { now })) {
        for (const r of rows) {
          sheet
            .addRow([
              r.number,
              r.title,
              r.field,
              r.leadDeputy,
              r.delegation,
              t(`domain.status.${r.status}`),
              r.leadUnit,
              r.coUnits?.join(t("stats.summary.listSeparator")) ?? null,
              excelDate(r.assignedAt),
              excelDate(r.dueAt),
              excelDate(r.signedAt),
              r.daysTaken,
              yesNo(r.onTime),
              r.signedRounds,
              r.onTimeRounds,
              excelDate(r.currentDueAt),
              yesNo(r.overdue),
              r.category,
              r.rating ? t(`domain.rating.${r.rating}`) : null,
            ])
            .commit();
        }
        count += rows.length;
      }
      sheet.commit();
      const meta = addSheet(workbook, t("reports.export.sheets.definitions"));
      setColumns(meta, [
        { header: t("reports.export.meta.figure"), width: 24 },
        { header: t("reports.export.meta.value"), width: 80 },
      ]);
      meta.addRow([t("reports.export.meta.session"), `${report.session.name} (${report.session.code})`]).commit();
      meta
        .addRow([
          t("reports.export.meta.filters"),
          describeFilters(report.query, report.unit?.name ?? null, t) ?? t("reports.export.meta.none"),
        ])
        .commit();
      const at = meta.addRow([t("reports.export.meta.generatedAt"), excelDate(now)]);
      at.getCell(2).numFmt = DATE_FORMAT;
      at.commit();
      meta.addRow([t("stats.labels.total"), count]).commit();
      for (const key of ["dueAt", "daysTaken", "onTime", "signedRounds", "currentDueAt", "overdue", "category", "rating"] as const) {
        meta.addRow([t(`reports.export.columns.${key}`), t(`reports.export.definitions.${key}`)]).commit();
      }
      meta.commit();
      await workbook.commit();
      return count;
    },
  };
}

/** The whole file in memory: for tests and small exports. */
export async function suggestionsWorkbookBuffer(request: ExportRequest): Promise<{ filename: string; body: Buffer; rows: number }> {
  const exporter = await prepareSuggestionsExport(request);
  const stream = new PassThrough();
  const chunks: Buffer[] = [];
  stream.on("data", (chunk: Buffer) => chunks.push(chunk));
  const finished = new Promise<void>((resolve, reject) => {
    stream.on("end", resolve);
    stream.on("error", reject);
  });
  const rows = await exporter.write(stream);
  await finished;
  return { filename: exporter.filename, body: Buffer.concat(chunks), rows };
}
