// The 文号 of a reply letter: given at signing from the unit's sequence of the (China) year, with the unit's
// prefix or its name, audited with the signature; two signatures never share a number.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createUnit } from "@/lib/workflow/admin";
import { formatDocNumber } from "@/lib/workflow/document-number";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

describe("reply letter numbers", () => {
  it("numbers a unit's letters 1, 2, … within the year, with the unit's name when it has no prefix", async () => {
    const signed = [];
    for (let i = 0; i < 2; i++) {
      const s = await newSuggestion(w);
      await assignTo(w, s.id, { co: false });
      signed.push(await replyAndSign(w, s.id, { from: at(2 + i) }));
    }
    // T0 is March 2024 in China.
    expect(signed.map((r) => r.docNumber)).toEqual([
      formatDocNumber(`${w.units.lead.name}建字`, 2024, 1),
      formatDocNumber(`${w.units.lead.name}建字`, 2024, 2),
    ]);
    expect(signed[0].docNumber).toBe(`${w.units.lead.name}建字〔2024〕1号`);
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "reply.sign", entityId: signed[1].id } });
    expect(audit.after).toMatchObject({ docNumber: signed[1].docNumber });
  });

  it("uses the unit's own prefix, and a new China year starts again at 1", async () => {
    await db.$transaction([db.unit.update({ where: { id: w.units.lead.id }, data: { docPrefix: "吉教建字" } })]);
    const s = await newSuggestion(w, { now: new Date("2024-12-20T09:00:00+08:00") });
    await assignTo(w, s.id, { co: false, when: new Date("2024-12-21T09:00:00+08:00") });
    // 2025-01-01 00:30 in China is still 2024 in UTC.
    const reply = await replyAndSign(w, s.id, { from: new Date("2024-12-31T16:30:00Z") });
    expect(reply.docNumber).toBe("吉教建字〔2025〕1号");
  });

  it("an admin sets the prefix when creating a unit", async () => {
    const unit = await createUnit(ctxOf(w.admin), { code: "UX1", name: "省测试厅", kind: "DEPARTMENT", docPrefix: " 吉测建字 " });
    expect(unit.docPrefix).toBe("吉测建字");
  });
});
