// The .xlsx exports against the statistics module: rows inserted directly (a seeded random session with
// re-handled, reclassified, withdrawn, reassigned and extended suggestions), the workbooks built by the
// lib/reports functions the routes call, parsed back with exceljs, and every number compared with
// getSessionStats / getUnitTable for the same filter.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import type { Category, SuggestionStatus } from "@/lib/generated/prisma/enums";
import { translatorFor } from "@/lib/i18n/catalogue";
import { getSessionStats } from "@/lib/stats/summary";
import { getUnitTable } from "@/lib/stats/unit-table";
import { buildOutcomeWorkbook } from "@/lib/reports/outcome-xlsx";
import { reportQuery } from "@/lib/reports/report-query";
import { suggestionRowChunks } from "@/lib/reports/suggestion-rows";
import { suggestionsWorkbookBuffer } from "@/lib/reports/suggestions-xlsx";
import { buildUnitTableWorkbook } from "@/lib/reports/unit-table-xlsx";

const t = translatorFor("zh-CN");
const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const NOW = day("2022-09-01");
const query = (q: Record<string, string | undefined> = {}) => reportQuery.parse({ session: "X-1", ...q });

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let v = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    v = (v + Math.imul(v ^ (v >>> 7), 61 | v)) ^ v;
    return ((v ^ (v >>> 14)) >>> 0) / 4294967296;
  };
}

const office: Actor = { id: "office", name: "办公厅", username: "office", role: "OFFICE", unitId: null, deputyId: null };
const leader: Actor = { ...office, id: "leader", username: "leader", role: "LEADER" };
const units: Record<string, string> = {};
let unitUser: Actor;

async function parse(body: Buffer) {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's data rows (below the header) as arrays of cell values, column 1 first. */
function rowsOf(sheet: ExcelJS.Worksheet): ExcelJS.CellValue[][] {
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => {
    if (n > 1) rows.push((row.values as ExcelJS.CellValue[]).slice(1));
  });
  return rows;
}

beforeAll(async () => {
  const rand = mulberry32(51);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const session = (await db.session.create({ data: { code: "X-1", name: "导出测试会议", year: 2022 } })).id;
  for (const [code, kind] of [
    ["XD1", "DEPARTMENT"],
    ["XD2", "DEPARTMENT"],
    ["XD3", "DEPARTMENT"],
    ["XC1", "CITY"],
    ["XO1", "OTHER"],
  ] as const) {
    units[code] = (await db.unit.create({ data: { code, name: `导出单位${code}`, kind } })).id;
  }
  unitUser = { ...office, id: "unit-user", username: "xd1", role: "UNIT_HANDLER", unitId: units.XD1 };
  const deputies = [
    (await db.deputy.create({ data: { name: "甲", delegation: "长春代表团" } })).id,
    (await db.deputy.create({ data: { name: "乙", delegation: "四平代表团" } })).id,
  ];
  const unitIds = Object.values(units);
  const statuses: SuggestionStatus[] = ["PENDING", "IN_PROGRESS", "REPLIED", "CLOSED", "CLOSED", "CLOSED", "REHANDLING", "WITHDRAWN"];
  for (let i = 0; i < 90; i++) {
    const status = pick(statuses);
    const deputyId = pick(deputies);
    const id = (
      await db.suggestion.create({
        data: {
          sessionId: session,
          number: String(2000 + i),
          title: `导出建议${i}`,
          content: "内容",
          field: pick(["教育", "交通"]),
          leadDeputyId: deputyId,
          submittedAt: day("2022-02-01"),
          status,
        },
      })
    ).id;
    if (status === "PENDING") continue;
    const assignedAt = addDays(day("2022-02-01"), int(0, 150));
    const lead = pick(unitIds);
    const assign = (unitId: string, role: "LEAD" | "CO", at: Date, dueAt: Date, state: "ACTIVE" | "REASSIGNED" = "ACTIVE") =>
      db.assignment.create({
        data: { suggestionId: id, unitId, role, assignedAt: at, dueAt, originalDueAt: addDays(at, role === "LEAD" ? 90 : 30), state },
      });
    if (rand() < 0.2)
      await assign(pick(unitIds.filter((u) => u !== lead)), "LEAD", addDays(assignedAt, -5), addDays(assignedAt, 85), "REASSIGNED");
    const extended = rand() < 0.25;
    const leadAssignment = await assign(lead, "LEAD", assignedAt, addDays(assignedAt, extended ? 120 : 90));
    if (extended) {
      await db.extensionRequest.create({
        data: {
          suggestionId: id,
          assignmentId: leadAssignment.id,
          unitId: lead,
          reason: "复杂",
          requestedDueAt: leadAssignment.dueAt,
          toldDeputyAt: leadAssignment.dueAt,
          state: "APPROVED",
          decidedAt: addDays(assignedAt, 60),
        },
      });
    }
    for (const co of unitIds.filter((u) => u !== lead && rand() < 0.25)) await assign(co, "CO", assignedAt, addDays(assignedAt, 30));
    if (status === "IN_PROGRESS" || status === "WITHDRAWN") continue;
    const reply = (category: Category, signedAt: Date, round = 1) =>
      db.reply.create({
        data: { suggestionId: id, unitId: lead, round, category, text: "答复", state: "SIGNED", signedAt, submittedAt: signedAt },
      });
    const signed1 = addDays(assignedAt, int(10, 130));
    const r1 = await reply(pick(["A", "B", "C", "D"] as const), signed1);
    if (status === "REHANDLING" || (status === "CLOSED" && rand() < 0.3)) {
      const at = addDays(signed1, int(1, 20));
      await db.feedback.create({ data: { suggestionId: id, replyId: r1.id, deputyId, rating: "DISSATISFIED", createdAt: at } });
      await db.assignment.update({ where: { id: leadAssignment.id }, data: { dueAt: addDays(at, 30) } });
      if (status === "CLOSED") {
        const r2 = await reply(pick(["A", "B"] as const), addDays(at, int(5, 45)), 2);
        await db.feedback.create({ data: { suggestionId: id, replyId: r2.id, deputyId, rating: "SATISFIED", createdAt: addDays(at, 60) } });
      }
    } else if (status === "CLOSED") {
      await db.feedback.create({
        data: {
          suggestionId: id,
          replyId: r1.id,
          deputyId,
          rating: pick(["SATISFIED", "BASICALLY_SATISFIED"] as const),
          createdAt: addDays(signed1, 10),
        },
      });
      if (rand() < 0.3) {
        await db.reclassification.create({
          data: {
            suggestionId: id,
            replyId: r1.id,
            fromCategory: r1.category,
            toCategory: "A",
            evidence: "落实",
            createdAt: addDays(signed1, 70),
          },
        });
      }
    }
  }
});

describe("the handling table export", () => {
  it("has exactly the rows and numbers of getUnitTable, in the screen's sort order", async () => {
    for (const q of [{}, { unitKind: "DEPARTMENT" }, { field: "教育", sort: "-onTimeRate" }, { unit: "XC1" }]) {
      const file = await buildUnitTableWorkbook({ actor: leader, query: query(q), t, now: NOW });
      expect(file.filename).toBe("办理情况表-X-1.xlsx");
      const rows = rowsOf((await parse(file.body)).worksheets[0]);
      const filter = {
        session: "X-1",
        ...(q.unit ? { unitId: units[q.unit] } : {}),
        ...(q.unitKind ? { unitKind: "DEPARTMENT" as const } : {}),
        ...(q.field ? { field: q.field } : {}),
      };
      let table = await getUnitTable(filter, NOW);
      if (q.sort) table = [...table].sort((a, b) => (b.onTimeRate ?? -1) - (a.onTimeRate ?? -1));
      expect(rows.map((r) => r[0])).toEqual(table.map((u) => u.code));
      for (const [i, u] of table.entries()) {
        const [, name, , lead, co, replied, signed, onTime, onTimeRate, overdue, , , A, B, C, D, feedback, satisfaction, avgDays] = rows[i];
        expect({
          name,
          lead,
          co,
          replied,
          signed,
          onTime,
          onTimeRate: onTimeRate ?? null,
          overdue,
          cats: { A, B, C, D },
          feedback,
          satisfaction: satisfaction ?? null,
          avgDays: avgDays ?? null,
        }).toEqual({
          name: u.name,
          lead: u.lead,
          co: u.co,
          replied: u.replied,
          signed: u.signed,
          onTime: u.onTime,
          onTimeRate: u.onTimeRate,
          overdue: u.overdue,
          cats: u.categories,
          feedback: u.feedback,
          satisfaction: u.satisfactionRate,
          avgDays: u.avgDaysToReply,
        });
      }
    }
  });

  it("is not there for a unit user", async () => {
    await expect(buildUnitTableWorkbook({ actor: unitUser, query: query(), t, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildOutcomeWorkbook({ actor: unitUser, query: query(), t, now: NOW })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(buildUnitTableWorkbook({ actor: office, query: query({ session: "nope" }), t, now: NOW })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
  });
});

describe("the outcome export", () => {
  it("has getSessionStats' counts, percentages adding up to 100.0, and the headline figures", async () => {
    for (const q of [{}, { delegation: "四平代表团" }, { unit: "XD2" }]) {
      const file = await buildOutcomeWorkbook({ actor: office, query: query(q), t, now: NOW });
      const workbook = await parse(file.body);
      const stats = await getSessionStats(
        { session: "X-1", ...(q.unit ? { unitId: units[q.unit] } : {}), ...(q.delegation ? { delegation: q.delegation } : {}) },
        NOW,
      );
      const [overview, outcome, satisfaction] = workbook.worksheets;
      const categories = rowsOf(outcome).slice(0, 4);
      expect(categories.map((r) => r[0])).toEqual(["A", "B", "C", "D"]);
      for (const [code, , count, percent] of categories) {
        expect({ count, percent }).toEqual(stats.categories[code as "A"]);
      }
      if (stats.replied > 0) expect(categories.reduce((sum, r) => sum + Math.round(Number(r[3]) * 10), 0)).toBe(1000);
      expect(rowsOf(outcome)[4][2]).toBe(stats.replied);
      const figure = new Map(rowsOf(overview).map((r) => [r[0], r[1]]));
      expect([figure.get("建议总数"), figure.get("已交办"), figure.get("已答复"), figure.get("已办结"), figure.get("逾期")]).toEqual([
        stats.total,
        stats.assigned,
        stats.replied,
        stats.closed,
        stats.overdue,
      ]);
      expect([figure.get("承办单位"), figure.get("省直部门"), figure.get("市州政府")]).toEqual([
        stats.units.total,
        stats.units.departments,
        stats.units.cities,
      ]);
      expect([figure.get("按期答复率") ?? null, figure.get("答复率") ?? null]).toEqual([stats.onTimeRate, stats.replyRate]);
      expect(String(figure.get("办理情况综述"))).toContain(`共收到代表建议${stats.total}件`);
      const sat = rowsOf(satisfaction);
      expect(sat.slice(0, 4).map((r) => r[1] ?? null)).toEqual([
        stats.satisfaction.satisfied,
        stats.satisfaction.basicallySatisfied,
        stats.satisfaction.dissatisfied,
        stats.satisfaction.rate,
      ]);
    }
  });
});

describe("the suggestion list export", () => {
  const header = [
    "number",
    "title",
    "field",
    "leadDeputy",
    "delegation",
    "status",
    "leadUnit",
    "coUnits",
    "assignedAt",
    "dueAt",
    "signedAt",
    "daysTaken",
    "onTime",
    "signedRounds",
    "onTimeRounds",
    "currentDueAt",
    "overdue",
    "category",
    "rating",
  ];
  const col = (name: string) => header.indexOf(name);

  it("lists what the statistics count, with timing that adds up to the same rates", async () => {
    for (const q of [{}, { field: "交通" }, { unitKind: "CITY" }]) {
      const file = await suggestionsWorkbookBuffer({ actor: office, query: query(q), t, now: NOW });
      const stats = await getSessionStats(
        { session: "X-1", ...(q.field ? { field: q.field } : {}), ...(q.unitKind ? { unitKind: "CITY" as const } : {}) },
        NOW,
      );
      const sheet = (await parse(file.body)).worksheets[0];
      expect((sheet.getRow(1).values as string[]).slice(1)).toEqual(header.map((h) => t(`reports.export.columns.${h}`)));
      const rows = rowsOf(sheet);
      expect(rows).toHaveLength(stats.total);
      expect(file.rows).toBe(stats.total);
      const count = (predicate: (r: ExcelJS.CellValue[]) => boolean) => rows.filter(predicate).length;
      expect(count((r) => Number(r[col("signedRounds")]) > 0)).toBe(stats.replied);
      expect(count((r) => r[col("overdue")] === "是")).toBe(stats.overdue);
      expect(count((r) => r[col("status")] === "已办结")).toBe(stats.closed);
      for (const c of ["A", "B", "C", "D"] as const) expect(count((r) => r[col("category")] === c)).toBe(stats.categories[c].count);
      const signed = rows.reduce((sum, r) => sum + Number(r[col("signedRounds")]), 0);
      const onTime = rows.reduce((sum, r) => sum + Number(r[col("onTimeRounds")]), 0);
      expect(signed === 0 ? null : Math.round((onTime * 1000) / signed) / 1000).toBe(stats.onTimeRate);
      expect(count((r) => r[col("rating")] === "不满意")).toBe(stats.satisfaction.dissatisfied);
      expect(rows.map((r) => String(r[col("number")]))).toEqual(rows.map((r) => String(r[col("number")])).sort());
    }
  });

  it("computes days taken and on time from the first round's assignment and due date", async () => {
    const chunks = [];
    for await (const chunk of suggestionRowChunks(office, { session: "X-1" }, { now: NOW, chunkSize: 7 })) chunks.push(chunk);
    expect(chunks.length).toBeGreaterThan(3);
    const rows = chunks.flat();
    expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
    const signed = rows.filter((x) => x.signedAt);
    expect(signed.length).toBeGreaterThan(10);
    for (const r of signed) {
      expect(r.daysTaken).toBeCloseTo((r.signedAt!.getTime() - r.assignedAt!.getTime()) / 86_400_000, 1);
      expect(r.onTime).toBe(r.signedAt!.getTime() <= r.dueAt!.getTime());
    }
    // A re-handled suggestion: round 1 is judged against its own due date, not the moved one.
    const rehandled = rows.find((x) => x.status === "REHANDLING" && x.signedAt);
    const lead = await db.assignment.findFirstOrThrow({
      where: { suggestionId: rehandled!.id, role: "LEAD", state: "ACTIVE" },
      include: { extensionRequests: true },
    });
    expect(rehandled!.currentDueAt).toEqual(lead.dueAt);
    expect([lead.originalDueAt, ...lead.extensionRequests.map((e) => e.requestedDueAt)]).toContainEqual(rehandled!.dueAt);
    expect(rehandled!.dueAt).not.toEqual(lead.dueAt);
    const none = rows.find((x) => x.signedAt === null);
    expect(none).toMatchObject({ daysTaken: null, onTime: null, signedRounds: 0 });
  });

  it("is scoped: a unit user exports only the suggestions their unit handles", async () => {
    const file = await suggestionsWorkbookBuffer({ actor: unitUser, query: query(), t, now: NOW });
    const stats = await getSessionStats({ session: "X-1", unitId: units.XD1 }, NOW);
    expect(file.rows).toBe(stats.total);
    const deputy: Actor = { ...office, role: "DEPUTY", deputyId: "nobody" };
    expect((await suggestionsWorkbookBuffer({ actor: deputy, query: query(), t, now: NOW })).rows).toBe(0);
  });

  it("includes withdrawn suggestions only when asked for by status", async () => {
    const withdrawn = await db.suggestion.count({ where: { session: { code: "X-1" }, status: "WITHDRAWN" } });
    expect(withdrawn).toBeGreaterThan(0);
    const file = await suggestionsWorkbookBuffer({ actor: office, query: query({ status: "WITHDRAWN" }), t, now: NOW });
    expect(file.rows).toBe(withdrawn);
  });
});
