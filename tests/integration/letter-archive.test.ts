// Issue 14 item 3: the letter as signed is archived in the signing transaction and never changes; it is
// downloadable as a PDF set in a CJK font whose text a PDF reader finds, within the letter page's scope.
import { PDFParse } from "pdf-parse";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { getReplyLetter } from "@/lib/data/reply-letter";
import { translatorFor } from "@/lib/i18n/catalogue";
import { letterPdfResponse } from "@/lib/letter/download";
import { assignTo, buildWorld, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
let suggestionId: string;
let replyId: string;
let docNumber: string;
const t = translatorFor("zh-CN");

const download = (actor: World["leadDeputy"] | null, deputyId: string | null = null) =>
  letterPdfResponse({ actor, suggestionId, replyId, deputyId, t, dateStyle: "zh" });

async function pdfText(response: Response): Promise<string> {
  const parser = new PDFParse({ data: new Uint8Array(await response.arrayBuffer()) });
  try {
    return (await parser.getText()).text.replace(/\s+/g, "");
  } finally {
    await parser.destroy();
  }
}

beforeAll(async () => {
  w = await buildWorld();
  const s = await newSuggestion(w);
  await assignTo(w, s.id);
  const reply = await replyAndSign(w, s.id, { category: "B" });
  suggestionId = s.id;
  replyId = reply.id;
  docNumber = reply.docNumber ?? "";
});

describe("the signed letter archived at signing", () => {
  it("freezes the letter: a later rename of the unit or edit of the reply never reaches it", async () => {
    const unitName = w.units.lead.name;
    const archived = await db.signedLetter.findUniqueOrThrow({ where: { replyId } });
    expect(archived).toMatchObject({ unitName, docNumber, suggestionId });
    await db.unit.update({ where: { id: w.units.lead.id }, data: { name: `${unitName}（新）` } });
    await db.reply.update({ where: { id: replyId }, data: { text: "改过的正文" } });
    const letter = await getReplyLetter(w.leadDeputy, suggestionId, replyId);
    expect(letter?.archivedAt).not.toBeNull();
    expect(letter?.unit.name).toBe(unitName);
    expect(letter?.text).toBe("答复正文");
    expect(letter?.commitments.map((c) => c.text)).toEqual(["年底前完成"]);
    // The archive itself refuses to be rewritten or deleted.
    await expect(db.signedLetter.update({ where: { replyId }, data: { unitName: "x" } })).rejects.toThrow();
    await expect(db.signedLetter.delete({ where: { replyId } })).rejects.toThrow();
    const sign = await db.auditEvent.findFirstOrThrow({ where: { action: "reply.sign", entityId: replyId } });
    expect(sign.after).toMatchObject({ letterArchived: true, docNumber });
  });

  it("downloads the archived letter as a PDF whose Chinese text a PDF reader finds, and audits it", async () => {
    const response = await download(w.leadDeputy);
    expect(response.status).toBe(200);
    expect(response.headers.get("content-type")).toBe("application/pdf");
    const text = await pdfText(response);
    expect(text).toContain(t("work.letter.salutation", { name: "张代表" }));
    expect(text).toContain("答复正文");
    expect(text).toContain(w.units.lead.name.replace(/\s+/g, "")); // the name at signing, not the new one
    expect(text).not.toContain("（新）");
    expect(text).toContain(docNumber);
    expect(text).toContain("年底前完成");
    const audit = await db.auditEvent.findFirstOrThrow({ where: { action: "letter.download", entityId: replyId } });
    expect(audit).toMatchObject({ actorId: w.leadDeputy.id, suggestionId });
    expect(audit.after).toMatchObject({ deputyId: w.deputies.lead.id, archived: true });
  });

  it("addresses a co-signer's copy to them, and the lead unit and the office may download it too", async () => {
    expect(await pdfText(await download(w.cosignerDeputy))).toContain(t("work.letter.salutation", { name: "李代表" }));
    expect((await download(w.leadLeader)).status).toBe(200);
    expect((await download(w.office)).status).toBe(200);
  });

  it("is not found for another deputy or another unit, and asks a visitor to sign in", async () => {
    for (const stranger of [w.strangerDeputy, w.otherHandler, w.otherLeader]) {
      const response = await download(stranger);
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ error: { code: "NOT_FOUND" } });
    }
    expect((await download(null)).status).toBe(401);
    const strangers = await db.auditEvent.count({ where: { action: "letter.download", actorId: w.strangerDeputy.id } });
    expect(strangers).toBe(0);
  });
});
