// npm run bench:import — times the import of a 10,000-row .xlsx (SPEC §7) into a throwaway embedded database.
// Measures what the office waits for: reading the workbook, validating every row, resolving deputies and
// units, and writing suggestions, co-signers, assignments, audit events and notifications in one transaction.
import { chmod, mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { applyMigrations } from "../../lib/migrations/migrations";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";

const ROWS = Number(process.argv[2]) || 10_000;
const dir = await mkdtemp(path.join(os.tmpdir(), "jianyi-bench-"));
await chmod(dir, 0o755);
const server = await startEmbeddedPostgres({ dataDir: dir, port: 56000 + Math.floor(Math.random() * 1000), quiet: true });
try {
  await applyMigrations(server.url);
  process.env.DATABASE_URL = server.url;
  const { db } = await import("../../lib/db");
  const { importSuggestions } = await import("../../lib/import/apply");
  await db.session.create({ data: { code: "B-1", name: "基准会议", year: 2026 } });
  const units = await Promise.all(
    Array.from({ length: 53 }, (_, i) =>
      db.unit.create({ data: { code: `U${i}`, name: `单位${i}`, kind: i < 46 ? "DEPARTMENT" : "CITY" } }),
    ),
  );
  const office = await db.user.create({ data: { username: "office", name: "办公厅", role: "OFFICE", passwordHash: "x" } });

  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("建议");
  sheet.addRow(["建议编号", "标题", "领衔代表", "代表团", "附议代表", "内容", "领域", "提出日期", "主办单位", "会办单位"]);
  for (let i = 0; i < ROWS; i++) {
    const d = i % 700;
    sheet.addRow(
      [
        String(10000 + i),
        `关于第${i}项民生事项的建议`,
        `代表${d}`,
        `代表团${d % 12}`,
        `代表${(d + 1) % 700}、代表${(d + 2) % 700}`,
        `建议内容${i}：`.padEnd(400, "详"),
        "其他",
        "2026-01-15",
        units[i % 53]!.name,
        units[(i + 7) % 53]!.code,
      ] /* 53 units above */,
    );
  }
  const data = Buffer.from(await workbook.xlsx.writeBuffer());
  console.log(`workbook: ${ROWS} rows, ${(data.length / 1024 / 1024).toFixed(1)} MiB`);

  const started = performance.now();
  const result = await importSuggestions(
    { actor: { id: office.id, name: office.name, username: office.username, role: "OFFICE", unitId: null, deputyId: null } },
    { sessionCode: "B-1", fileName: "bench.xlsx", data, createUnknownDeputies: true },
  );
  const seconds = (performance.now() - started) / 1000;
  console.log(`import: ${JSON.stringify(result)} in ${seconds.toFixed(1)} s`);
  const again = performance.now();
  const second = await importSuggestions(
    { actor: { id: office.id, name: office.name, username: office.username, role: "OFFICE", unitId: null, deputyId: null } },
    { sessionCode: "B-1", fileName: "bench.xlsx", data, createUnknownDeputies: true },
  );
  console.log(`re-import: ${JSON.stringify(second)} in ${((performance.now() - again) / 1000).toFixed(1)} s`);
  await db.$disconnect();
} finally {
  await server.stop();
  await rm(dir, { recursive: true, force: true });
}
process.exit(0);
