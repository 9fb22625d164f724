// A distribution plan (分办方案, issue 11) applied to suggestions already registered: read like the import's files
// (.xlsx, UTF-8 and GB18030 CSV), units matched by code, name or alias, every problem listed by row and column,
// all or nothing, a preview that writes nothing, and a second application that changes nothing.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { handlePlanUpload } from "@/lib/import/plan-upload";
import { applyPlanItems } from "@/lib/workflow/plan";
import { decideStanding } from "@/lib/workflow/standing";
import { encodeGb18030 } from "../support/gb18030";
import { assignTo, buildWorld, ctxOf, expectError, newSuggestion, T0, type World } from "./workflow-fixtures";

const t = translatorFor("zh-CN");
let w: World;
beforeAll(async () => {
  w = await buildWorld();
  await db.unit.update({ where: { id: w.units.co.id }, data: { aliases: ["吉林省财政厅（测试全称）"] } });
});

const upload = (actor: World["office"] | null, name: string, body: Uint8Array | string, dryRun = false) =>
  handlePlanUpload(
    new Request(`http://localhost/office/plan/upload?session=${w.session.code}${dryRun ? "&dryRun=1" : ""}`, {
      method: "POST",
      body: typeof body === "string" ? body : new Uint8Array(body),
      headers: { "x-file-name": encodeURIComponent(name) },
    }),
    actor,
    t,
  );
const leadOf = async (id: string) =>
  (await db.assignment.findMany({ where: { suggestionId: id, state: "ACTIVE" }, include: { unit: true }, orderBy: { role: "asc" } })).map(
    (a) => `${a.role}:${a.unit.code}`,
  );

describe("a plan file", () => {
  it("previews, then assigns the pending suggestions it names (GB18030 CSV, units by name and alias); twice changes nothing", async () => {
    const [a, b] = [await newSuggestion(w), await newSuggestion(w)];
    const csv = [
      "建议编号,主办单位,会办单位",
      `${a.number},${w.units.lead.name},吉林省财政厅（测试全称）`,
      `${b.number},${w.units.other.code},`,
    ].join("\r\n");
    const file = encodeGb18030(csv);
    const preview = await upload(w.office, "分办方案.csv", file, true);
    expect(preview.status).toBe(200);
    expect(await preview.json()).toMatchObject({ result: { kind: "preview", assignCount: 2, skippedCount: 0 } });
    expect(await leadOf(a.id)).toEqual([]);

    const applied = await upload(w.office, "分办方案.csv", file);
    expect(await applied.json()).toEqual({
      result: { kind: "applied", assigned: 2, skipped: 0 },
      message: t("standing.plan.done", { assigned: 2, skipped: 0 }),
    });
    expect(await leadOf(a.id)).toEqual([`LEAD:${w.units.lead.code}`, `CO:${w.units.co.code}`]);
    expect(await leadOf(b.id)).toEqual([`LEAD:${w.units.other.code}`]);
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: a.id } })).status).toBe("IN_PROGRESS");
    expect(await db.auditEvent.count({ where: { suggestionId: a.id, action: "suggestion.assign" } })).toBe(1);
    expect(await db.auditEvent.count({ where: { action: "session.applyPlan", entityId: w.session.id } })).toBe(1);
    expect(await db.notification.count({ where: { userId: w.leadHandler.id, suggestionId: a.id, kind: "assignment.new" } })).toBe(1);

    const again = await upload(w.office, "分办方案.csv", file);
    expect(await again.json()).toMatchObject({ result: { kind: "applied", assigned: 0, skipped: 2 } });
    expect(await db.assignment.count({ where: { suggestionId: a.id } })).toBe(2);
  });

  it("lists every problem by row and column and writes nothing (.xlsx)", async () => {
    const ok = await newSuggestion(w);
    const other = await newSuggestion(w);
    await assignTo(w, other.id, { when: T0, co: false });
    const letter = await newSuggestion(w);
    await decideStanding(ctxOf(w.office, T0), letter.id, { standing: "TO_LETTER", reason: "个人事项" });
    const workbook = new ExcelJS.Workbook();
    const sheet = workbook.addWorksheet("分办方案");
    sheet.addRow(["建议编号", "主办单位", "会办单位"]);
    sheet.addRow([ok.number, w.units.lead.code, w.units.lead.name]); // row 2: co is the lead
    sheet.addRow(["99999", "没有这个单位", ""]); // row 3: unknown number and unit
    sheet.addRow([other.number, w.units.co.code, ""]); // row 4: assigned otherwise
    sheet.addRow([letter.number, w.units.co.code, ""]); // row 5: not a suggestion
    sheet.addRow([ok.number, "", ""]); // row 6: duplicate number, lead missing
    const response = await upload(w.office, "plan.xlsx", Buffer.from(await workbook.xlsx.writeBuffer()));
    expect(response.status).toBe(422);
    const body = (await response.json()) as { error: { rows: { row: number; column: string; message: string }[] } };
    expect(body.error.rows.map((r) => `${r.row} ${r.column}`)).toEqual([
      "2 会办单位",
      "3 建议编号",
      "3 主办单位",
      "4 主办单位",
      "5 建议编号",
      "6 建议编号",
      "6 主办单位",
    ]);
    expect(body.error.rows[3]!.message).toBe(
      t("standing.plan.errors.assignedOtherwise", { number: other.number, unit: w.units.lead.name }),
    );
    expect(await leadOf(ok.id)).toEqual([]);
  });

  it("is the office's alone; a file without the columns is refused", async () => {
    const s = await newSuggestion(w);
    const csv = `建议编号,主办单位\n${s.number},${w.units.lead.code}`;
    expect((await upload(w.leadHandler, "p.csv", csv)).status).toBe(403);
    expect((await upload(null, "p.csv", csv)).status).toBe(401);
    const missing = await upload(w.office, "p.csv", `建议编号\n${s.number}`);
    expect(missing.status).toBe(422);
    expect(await leadOf(s.id)).toEqual([]);
    await expectError(
      applyPlanItems(ctxOf(w.leader, T0), { sessionCode: w.session.code, items: [{ number: s.number, leadUnit: "x" }] }),
      "FORBIDDEN",
    );
  });
});
