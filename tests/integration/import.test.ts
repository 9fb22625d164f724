import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { importSuggestions } from "@/lib/import/apply";

const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,主办单位,会办单位";
const csv = (...rows: string[]) => Buffer.from([header, ...rows].join("\n"), "utf8");
const NOW = new Date("2026-03-01T02:00:00Z");
let office: Actor;

beforeAll(async () => {
  for (const code of ["T-1", "T-2", "T-3"]) await db.session.create({ data: { code, name: `测试会议 ${code}`, year: 2026 } });
  await db.unit.create({ data: { code: "D01", name: "省教育厅", kind: "DEPARTMENT" } });
  await db.unit.create({ data: { code: "D02", name: "省财政厅", kind: "DEPARTMENT" } });
  await db.deputy.create({ data: { name: "张伟", delegation: "长春代表团" } });
  const user = await db.user.create({ data: { username: `office-${Math.random()}`, name: "办公厅", role: "OFFICE", passwordHash: "x" } });
  await db.user.create({
    data: {
      username: `edu-${Math.random()}`,
      name: "教育厅经办人",
      role: "UNIT_HANDLER",
      unitId: (await db.unit.findUniqueOrThrow({ where: { code: "D01" } })).id,
      passwordHash: "x",
    },
  });
  office = { id: user.id, name: user.name, username: user.username, role: "OFFICE", unitId: null, deputyId: null };
});

const counts = async () => ({
  suggestions: await db.suggestion.count(),
  deputies: await db.deputy.count(),
  assignments: await db.assignment.count(),
  audit: await db.auditEvent.count(),
});

describe("suggestion import", () => {
  it("writes nothing from a file with any bad row, and lists the errors by row and column", async () => {
    const before = await counts();
    const result = await importSuggestions(
      { actor: office, now: NOW },
      {
        sessionCode: "T-1",
        fileName: "a.csv",
        createUnknownDeputies: true,
        data: csv(
          "1001,关于义务教育的建议,张伟,长春代表团,,内容,教育,2026-01-10,省教育厅,",
          "1002,关于医保的建议,李娜,吉林代表团,,内容,医疗卫生,2026-01-11,省不存在厅,",
        ),
      },
    );
    expect(result).toEqual({
      kind: "invalid",
      errors: [{ row: 3, column: "主办单位", messageKey: "office.import.errors.cell.unknownUnit", params: { name: "省不存在厅" } }],
    });
    expect(await counts()).toEqual(before);
  });

  it("refuses unknown deputies unless told to create them, then imports and assigns in one step; a second import creates nothing", async () => {
    const file = csv(
      "1001,关于义务教育的建议,张伟,长春代表团,李娜,内容,教育,2026-01-10,省教育厅,D02",
      "1002,关于医保的建议,李娜,吉林代表团,,内容,医疗卫生,,,",
    );
    const ask = await importSuggestions(
      { actor: office, now: NOW },
      { sessionCode: "T-2", fileName: "a.csv", data: file, createUnknownDeputies: false },
    );
    expect(ask).toEqual({
      kind: "invalid",
      errors: [
        {
          row: 2,
          column: "附议代表",
          messageKey: "office.import.errors.cell.unknownDeputy",
          params: { name: "李娜", delegation: "长春代表团" },
        },
        {
          row: 3,
          column: "领衔代表",
          messageKey: "office.import.errors.cell.unknownDeputy",
          params: { name: "李娜", delegation: "吉林代表团" },
        },
      ],
    });
    expect(await db.suggestion.count()).toBe(0);

    const done = await importSuggestions(
      { actor: office, now: NOW },
      { sessionCode: "T-2", fileName: "a.csv", data: file, createUnknownDeputies: true },
    );
    expect(done).toEqual({ kind: "imported", created: 2, skipped: 0, assigned: 1, deputiesCreated: 2 });
    const assigned = await db.suggestion.findFirstOrThrow({
      where: { number: "1001" },
      include: { assignments: { include: { unit: true } }, coSigners: true },
    });
    expect(assigned.status).toBe("IN_PROGRESS");
    expect(assigned.coSigners).toHaveLength(1);
    const lead = assigned.assignments.find((a) => a.role === "LEAD")!;
    expect(lead.unit.code).toBe("D01");
    expect(lead.dueAt.toISOString()).toBe(new Date(NOW.getTime() + 90 * 86_400_000).toISOString());
    expect(assigned.assignments.find((a) => a.role === "CO")!.dueAt.toISOString()).toBe(
      new Date(NOW.getTime() + 30 * 86_400_000).toISOString(),
    );
    expect(await db.notification.count({ where: { kind: "assignment.batch" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "suggestion.import" } })).toBe(2);

    const before = await counts();
    const again = await importSuggestions(
      { actor: office, now: NOW },
      { sessionCode: "T-2", fileName: "a.csv", data: file, createUnknownDeputies: true },
    );
    expect(again).toEqual({ kind: "imported", created: 0, skipped: 2, assigned: 0, deputiesCreated: 0 });
    expect(await counts()).toEqual(before);
  });

  it("reads .xlsx files with the same headers", async () => {
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("建议");
    sheet.addRow(header.split(","));
    sheet.addRow(["2001", "关于冰雪旅游的建议", "张伟", "长春代表团", "", "内容", "文化旅游", new Date("2026-01-12T00:00:00Z"), "D01", ""]);
    const data = Buffer.from(await workbook.xlsx.writeBuffer());
    const result = await importSuggestions(
      { actor: office, now: NOW },
      { sessionCode: "T-3", fileName: "b.xlsx", data, createUnknownDeputies: false },
    );
    expect(result).toEqual({ kind: "imported", created: 1, skipped: 0, assigned: 1, deputiesCreated: 0 });
  });

  it("is refused to a unit user", async () => {
    const unitActor: Actor = { ...office, role: "UNIT_HANDLER", unitId: "x" };
    await expect(
      importSuggestions({ actor: unitActor }, { sessionCode: "T-1", fileName: "a.csv", data: csv(), createUnknownDeputies: true }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });
});
