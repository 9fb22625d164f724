// Issue 14 item 2: files on suggestions, communications, replies and supervision notices — stored in
// PostgreSQL with their SHA-256, typed by content, each download scoped like its record and audited, removal
// soft and audited, and a body over the cap refused with 413 without being read whole.
import { createHash } from "node:crypto";
import { beforeAll, describe, expect, it } from "vitest";
import { attachmentDownload, attachmentLimit, handleAttachmentUpload } from "@/lib/attachments/http";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { removeAttachment } from "@/lib/workflow/attachments";
import { assignTo, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

const t = translatorFor("zh-CN");
const MB = 1024 * 1024;
const PDF = new TextEncoder().encode("%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<<>>\n%%EOF\n");
// A Windows executable's header ("MZ" … "PE"), named like a PDF.
const EXE = new Uint8Array(512).fill(0);
EXE.set([0x4d, 0x5a, 0x90, 0x00, 0x03]);
EXE.set([0x80, 0x00, 0x00, 0x00], 0x3c);
EXE.set([0x50, 0x45, 0x00, 0x00], 0x80);

let w: World;
let suggestionId: string;
let replyId: string;
let communicationId: string;

function upload(actor: Actor | null, owner: string, id: string, body: BodyInit, name = "扫描件.pdf") {
  const init: RequestInit & { duplex: "half" } = {
    method: "POST",
    headers: { "X-File-Name": encodeURIComponent(name), "Content-Type": "application/octet-stream" },
    body,
    duplex: "half",
  };
  return handleAttachmentUpload(new Request(`http://localhost/attachments/upload?owner=${owner}&id=${id}`, init), actor, t);
}

async function uploaded(actor: Actor, owner: string, id: string): Promise<string> {
  const response = await upload(actor, owner, id, new Blob([PDF]));
  expect(response.status).toBe(201);
  return ((await response.json()) as { attachment: { id: string } }).attachment.id;
}

/** A body of `total` bytes made on demand, 64 KB a pull, with no Content-Length; `pulled` counts what was read. */
function lazyBody(total: number) {
  const counter = { pulled: 0 };
  const stream = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (counter.pulled >= total) return controller.close();
        const size = Math.min(64 * 1024, total - counter.pulled);
        counter.pulled += size;
        controller.enqueue(new Uint8Array(size));
      },
    },
    { highWaterMark: 0 },
  );
  return { stream, counter };
}

beforeAll(async () => {
  w = await buildWorld();
  const s = await newSuggestion(w);
  await assignTo(w, s.id);
  replyId = (await replyAndSign(w, s.id)).id;
  suggestionId = s.id;
  communicationId = (await db.communication.findFirstOrThrow({ where: { suggestionId } })).id;
});

describe("attachments", () => {
  it("stores the scanned original in PostgreSQL with its SHA-256, typed by content, and audits upload and download", async () => {
    const id = await uploaded(w.office, "SUGGESTION", suggestionId);
    const row = await db.attachment.findUniqueOrThrow({ where: { id } });
    expect(row).toMatchObject({ mediaType: "application/pdf", size: PDF.byteLength, fileName: "扫描件.pdf", suggestionId });
    expect(row.sha256).toBe(createHash("sha256").update(PDF).digest("hex"));
    const response = await attachmentDownload(w.leadDeputy, id, t);
    expect(response.status).toBe(200);
    expect(new Uint8Array(await response.arrayBuffer())).toEqual(PDF);
    expect(await db.auditEvent.count({ where: { entityId: id, action: { in: ["attachment.add", "attachment.download"] } } })).toBe(2);
  });

  it("answers 404 to another deputy and another unit's user, for the file and for an upload", async () => {
    const original = await uploaded(w.office, "SUGGESTION", suggestionId);
    const sealed = await uploaded(w.leadHandler, "REPLY", replyId);
    const minutes = await uploaded(w.leadHandler, "COMMUNICATION", communicationId);
    for (const stranger of [w.strangerDeputy, w.otherHandler, w.otherLeader]) {
      for (const id of [original, sealed, minutes]) expect((await attachmentDownload(stranger, id, t)).status).toBe(404);
    }
    // The co-handling unit sees the suggestion but not the lead unit's own records' files.
    expect((await attachmentDownload(w.coHandler, original, t)).status).toBe(200);
    expect((await attachmentDownload(w.coHandler, minutes, t)).status).toBe(404);
    // A deputy gets the signed reply's sealed letter, not a unit's minutes.
    expect((await attachmentDownload(w.leadDeputy, sealed, t)).status).toBe(200);
    expect((await attachmentDownload(w.leadDeputy, minutes, t)).status).toBe(404);
    const { stream, counter } = lazyBody(MB);
    expect((await upload(w.otherHandler, "REPLY", replyId, stream)).status).toBe(404);
    expect(counter.pulled).toBe(0);
    expect((await attachmentDownload(null, original, t)).status).toBe(401);
  });

  it("refuses a 30 MB upload over the cap with 413, without reading it whole", async () => {
    const before = await db.attachment.count();
    const { stream, counter } = lazyBody(30 * MB);
    const response = await upload(w.leadHandler, "REPLY", replyId, stream);
    expect(response.status).toBe(413);
    expect(await response.json()).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(counter.pulled).toBeLessThanOrEqual(attachmentLimit() + 64 * 1024);
    expect(counter.pulled).toBeLessThan(30 * MB);
    expect(await db.attachment.count()).toBe(before);
  });

  it("refuses a renamed executable by its content", async () => {
    const before = await db.attachmentBlob.count();
    const response = await upload(w.office, "SUGGESTION", suggestionId, new Blob([EXE]), "原件.pdf");
    expect(response.status).toBe(400);
    expect(await response.json()).toMatchObject({ error: { code: "INVALID", fields: { file: t("papers.attachments.badType") } } });
    expect(await db.attachmentBlob.count()).toBe(before);
  });

  it("removes softly: the file is gone from downloads, the row and the audit event stay", async () => {
    const id = await uploaded(w.leadHandler, "COMMUNICATION", communicationId);
    await expectError(removeAttachment(ctxOf(w.coHandler), { attachmentId: id }), "NOT_FOUND");
    await removeAttachment(ctxOf(w.leadHandler), { attachmentId: id });
    expect((await attachmentDownload(w.leadHandler, id, t)).status).toBe(404);
    expect(await db.attachment.findUniqueOrThrow({ where: { id } })).toMatchObject({ removedById: w.leadHandler.id });
    expect(await db.auditEvent.count({ where: { entityId: id, action: "attachment.remove" } })).toBe(1);
  });
});
