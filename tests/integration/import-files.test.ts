// The import as real files need it (issue 9 item 6, issue 8): every problem in one pass, the preview finding
// what the import refuses, official full names and aliases, GB18030 and Chinese dates, the caps, the audit.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { importSuggestions } from "@/lib/import/apply";
import { handleUpload } from "@/lib/import/upload";
import { encodeGb18030 } from "../support/gb18030";

const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,急办,保密,主办单位,会办单位";
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join("\n"), "utf8");
const NOW = new Date("2026-03-01T02:00:00Z");
const t = translatorFor("zh-CN");
let office: Actor;
let run = 0;
const session = async () => {
  const code = `F-${++run}`;
  await db.session.create({ data: { code, name: `测试会议 ${code}`, year: 2026 } });
  return code;
};
const importFile = async (data: Buffer, options: { dryRun?: boolean; create?: boolean; sessionCode?: string; fileName?: string } = {}) =>
  importSuggestions(
    { actor: office, now: NOW },
    {
      sessionCode: options.sessionCode ?? (await session()),
      fileName: options.fileName ?? "a.csv",
      data,
      createUnknownDeputies: options.create ?? false,
      dryRun: options.dryRun,
    },
  );

beforeAll(async () => {
  await db.unit.create({ data: { code: "D18", name: "省文旅厅", kind: "DEPARTMENT", aliases: ["省文化和旅游厅", "吉林省文化和旅游厅"] } });
  await db.unit.create({ data: { code: "D02", name: "省教育厅", kind: "DEPARTMENT", aliases: ["吉林省教育厅", "教育厅"] } });
  await db.unit.create({ data: { code: "D99", name: "省教育考试院", kind: "DEPARTMENT", aliases: ["教育厅"] } });
  await db.deputy.create({ data: { name: "张伟", delegation: "长春代表团" } });
  const user = await db.user.create({ data: { username: `office-${Math.random()}`, name: "办公厅", role: "OFFICE", passwordHash: "x" } });
  office = { id: user.id, name: user.name, username: user.username, role: "OFFICE", unitId: null, deputyId: null };
});

describe("import of real files", () => {
  const faulty = csv(
    "1,关于甲的建议,张伟,长春代表团,,内容,,2026年2月30日,是,否,省文旅厅,",
    "2,关于乙的建议,张伟,长春代表团,,内容,,2026/1/22,也许,否,省旅游局,",
    "3,关于丙的建议,王芳,四平代表团,赵敏,内容,,,,,D18,省文化和旅游厅",
    "1,关于丁的建议,张伟,长春代表团,,内容,,,,,教育厅,",
  );

  it("lists every problem of the file in one pass: dates, yes/no, units, deputies and duplicates together", async () => {
    const before = await db.suggestion.count();
    const result = await importFile(faulty);
    expect(result.kind).toBe("invalid");
    const errors = result.kind === "invalid" ? result.errors.map((e) => `${e.row} ${e.column} ${t(e.messageKey, e.params)}`) : [];
    expect(errors).toEqual([
      `2 提出日期 ${t("office.import.errors.cell.badDate")}`,
      "3 急办 请填写 是 或 否（也可用 Y/N、1/0、√）",
      "3 主办单位 找不到承办单位“省旅游局”（可填写单位代码、名称或全称）",
      "4 领衔代表 代表“王芳”（四平代表团）不在代表名单中；可勾选“名单中没有的代表按姓名和代表团新建”",
      "4 附议代表 代表“赵敏”（四平代表团）不在代表名单中；可勾选“名单中没有的代表按姓名和代表团新建”",
      "4 会办单位 会办单位“省文化和旅游厅”与主办单位相同",
      "5 建议编号 建议编号与第 2 行重复",
      "5 主办单位 “教育厅”可指多个单位，请填写单位代码或名称",
    ]);
    expect(await db.suggestion.count()).toBe(before);
  });

  it("the preview finds exactly what the import refuses, and counts exactly what it then writes", async () => {
    const code = await session();
    const preview = await importFile(faulty, { dryRun: true, sessionCode: code });
    expect(preview).toEqual(await importFile(faulty, { sessionCode: code }));

    const good = csv("11,关于甲的建议,新代表,白城代表团,张伟,内容,,,,,省文化和旅游厅,", "12,关于乙的建议,张伟,长春代表团,,内容,,,,,,");
    expect(await importFile(good, { dryRun: true, sessionCode: code })).toMatchObject({ kind: "invalid" });
    const checked = await importFile(good, { dryRun: true, create: true, sessionCode: code });
    expect(checked).toEqual({
      kind: "preview",
      newCount: 2,
      skippedCount: 0,
      assignCount: 1,
      unknownDeputies: [{ name: "新代表", delegation: "白城代表团" }],
    });
    expect(await importFile(good, { create: true, sessionCode: code })).toEqual({
      kind: "imported",
      created: 2,
      skipped: 0,
      assigned: 1,
      deputiesCreated: 1,
    });
  });

  it("matches a unit by code, name, official full name or alias", async () => {
    const code = await session();
    const file = csv(
      "21,关于甲的建议,张伟,长春代表团,,内容,,,,,省文化和旅游厅,吉林省教育厅",
      "22,关于乙的建议,张伟,长春代表团,,内容,,,,,省文旅厅,",
      "23,关于丙的建议,张伟,长春代表团,,内容,,,,,D18,省教育厅",
      "24,关于丁的建议,张伟,长春代表团,,内容,,,,, 吉林省文化和旅游厅 ,",
    );
    expect(await importFile(file, { sessionCode: code })).toMatchObject({ kind: "imported", created: 4, assigned: 4 });
    const leads = await db.assignment.findMany({
      where: { role: "LEAD", suggestion: { session: { code } } },
      select: { unit: { select: { code: true } } },
    });
    expect(leads.map((a) => a.unit.code)).toEqual(["D18", "D18", "D18", "D18"]);
  });

  it("reads a GB18030 CSV with Chinese dates and the 急办/保密 columns", async () => {
    const code = await session();
    const file = encodeGb18030(
      `${header}\r\n31,关于冰雪旅游的建议,张伟,长春代表团,,内容：打造“冰雪名城”,文化旅游,2026年1月22日,是,√,省文化和旅游厅,\r\n`,
    );
    expect(await importFile(file, { sessionCode: code })).toMatchObject({ kind: "imported", created: 1 });
    const s = await db.suggestion.findFirstOrThrow({ where: { number: "31", session: { code } }, include: { assignments: true } });
    expect([s.title, s.content, s.submittedAt.toISOString(), s.urgent, s.confidential]).toEqual([
      "关于冰雪旅游的建议",
      "内容：打造“冰雪名城”",
      "2026-01-21T16:00:00.000Z",
      true,
      true,
    ]);
    // An urgent suggestion's lead unit has the shorter deadline (SPEC: 30 days).
    expect(s.assignments[0].dueAt.getTime() - NOW.getTime()).toBe(30 * 86_400_000);
  });

  it("reads an Excel date cell as the day it shows", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("建议");
    sheet.addRow(header.split(","));
    sheet.addRow(["41", "关于甲的建议", "张伟", "长春代表团", "", "内容", "", new Date(Date.UTC(2026, 0, 22)), "N", "0", "", ""]);
    const code = await session();
    expect(await importFile(Buffer.from(await workbook.xlsx.writeBuffer()), { sessionCode: code, fileName: "b.xlsx" })).toMatchObject({
      kind: "imported",
      created: 1,
    });
    const s = await db.suggestion.findFirstOrThrow({ where: { number: "41", session: { code } } });
    expect([s.submittedAt.toISOString(), s.urgent, s.confidential]).toEqual(["2026-01-21T16:00:00.000Z", false, false]);
  });

  it("audits every deputy an import creates, in the import's transaction", async () => {
    const code = await session();
    const file = csv("51,关于甲的建议,孙立,通化代表团,周敏、张伟,内容,,,,,,");
    expect(await importFile(file, { sessionCode: code, create: true })).toMatchObject({ kind: "imported", deputiesCreated: 2 });
    const created = await db.deputy.findMany({ where: { name: { in: ["孙立", "周敏"] } }, orderBy: { name: "asc" } });
    const events = await db.auditEvent.findMany({ where: { action: "deputy.create", entityId: { in: created.map((d) => d.id) } } });
    expect(events.map((e) => [e.entity, e.actorId, (e.after as { name: string }).name]).sort()).toEqual([
      ["Deputy", office.id, "周敏"],
      ["Deputy", office.id, "孙立"],
    ]);
  });
});

describe("the upload route's checks", () => {
  const upload = (body: BodyInit, query: string, headers: Record<string, string> = {}, actor: Actor | null = office) =>
    handleUpload(
      new Request(`http://localhost/office/import/upload?${query}`, {
        method: "POST",
        body,
        headers: { "x-file-name": encodeURIComponent("建议.csv"), ...headers },
        duplex: "half",
      } as RequestInit),
      actor,
      t,
    );

  it("answers every problem with row, column and message, and a good file with the figures", async () => {
    const code = await session();
    const bad = await upload(csv("61,标题,张伟,长春代表团,,内容,,2026年13月1日,,,,"), `session=${code}`);
    expect(bad.status).toBe(422);
    expect(await bad.json()).toEqual({
      error: {
        code: "INVALID",
        message: t("office.import.invalid", { count: 1 }),
        rows: [{ row: 2, column: "提出日期", message: t("office.import.errors.cell.badDate") }],
      },
    });
    const good = await upload(csv("61,标题,张伟,长春代表团,,内容,,2026年1月1日,,,,"), `session=${code}&dryRun=1`);
    expect(good.status).toBe(200);
    expect(((await good.json()) as { message: string }).message).toContain("将新建建议 1 件");
  });

  it("refuses anonymous and non-office callers before reading, and posts from another site", async () => {
    expect((await upload(csv(), "session=F-1", {}, null)).status).toBe(401);
    expect((await upload(csv(), "session=F-1", {}, { ...office, role: "UNIT_HANDLER", unitId: "x" })).status).toBe(403);
    expect((await upload(csv(), "session=F-1", { origin: "https://evil.example" })).status).toBe(403);
  });

  it("stops reading at 20 MB (413) even without a Content-Length, so an endless body costs nothing", async () => {
    let sent = 0;
    const endless = new ReadableStream<Uint8Array>({
      pull(controller) {
        sent += 1024 * 1024;
        controller.enqueue(new Uint8Array(1024 * 1024));
      },
    });
    const response = await upload(endless, `session=F-1`);
    expect(response.status).toBe(413);
    expect(await response.json()).toEqual({ error: { code: "PAYLOAD_TOO_LARGE", message: t("office.import.tooLarge") } });
    expect(sent).toBeLessThanOrEqual(23 * 1024 * 1024);
    const declared = await upload(new Uint8Array(10), `session=F-1`, { "content-length": String(21 * 1024 * 1024) });
    expect(declared.status).toBe(413);
  });
});
