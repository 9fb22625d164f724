// An .xlsx is a zip (issue 8): one small on disk but huge unpacked, whatever its directory declares, or one
// with too many rows, is refused with a clear message before exceljs unpacks it.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { importSuggestions } from "@/lib/import/apply";
import { handleUpload } from "@/lib/import/upload";
import { zipBomb } from "../support/zip-bomb";

const t = translatorFor("zh-CN");
let office: Actor;
let lying: Buffer;

beforeAll(async () => {
  await db.session.create({ data: { code: "Z-1", name: "测试会议", year: 2026 } });
  const user = await db.user.create({ data: { username: "office-z", name: "办公厅", role: "OFFICE", passwordHash: "x" } });
  lying = await zipBomb(200 * 1024 * 1024, 4096);
  office = { id: user.id, name: user.name, username: user.username, role: "OFFICE", unitId: null, deputyId: null };
});

const importXlsx = (data: Buffer) =>
  importSuggestions({ actor: office }, { sessionCode: "Z-1", fileName: "bomb.xlsx", data, createUnknownDeputies: true });

describe("xlsx caps", () => {
  it("refuses a zip bomb that declares its size, and one that lies about it", async () => {
    const honest = await zipBomb(200 * 1024 * 1024);
    expect(honest.length).toBeLessThan(400 * 1024); // small on disk
    await expect(importXlsx(honest)).rejects.toMatchObject({ code: "INVALID", messageKey: "office.import.errors.unpackedTooLarge" });
    const before = process.memoryUsage().rss;
    await expect(importXlsx(lying)).rejects.toMatchObject({ code: "INVALID", messageKey: "office.import.errors.unpackedTooLarge" });
    // Inflated as a stream and thrown away: nowhere near the 160 MB it would have taken.
    expect(process.memoryUsage().rss - before).toBeLessThan(80 * 1024 * 1024);
  });

  it("answers the upload of a zip bomb with the clear message", async () => {
    const response = await handleUpload(
      new Request("http://localhost/office/import/upload?session=Z-1", {
        method: "POST",
        body: new Uint8Array(lying),
        headers: { "x-file-name": "a.xlsx" },
      }),
      office,
      t,
    );
    expect(response.status).toBe(400);
    expect(await response.json()).toEqual({ error: { code: "INVALID", message: t("office.import.errors.unpackedTooLarge", { mb: 160 }) } });
    expect(t("office.import.errors.unpackedTooLarge", { mb: 160 })).toContain("解压后超过 160 MB");
  });

  it("refuses a workbook of more than 20,000 rows before reading it", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("建议");
    sheet.addRow(["建议编号", "标题", "领衔代表", "代表团", "内容"]);
    for (let i = 0; i < 20_001; i++) sheet.addRow([String(i), "标题", "张伟", "长春代表团", "内容"]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    await expect(importXlsx(data)).rejects.toMatchObject({
      code: "INVALID",
      messageKey: "office.import.errors.tooManyRows",
      params: { max: 20_000 },
    });
  });
});
