// Attaching a file to a record and removing it (issue 14 item 2): authorized on the record (404 when it is
// out of scope), the type checked by content, the SHA-256 kept, the bytes stored and the audit event
// written in one transaction. Removal is soft (removedAt) and audited.
import { createHash, randomUUID } from "node:crypto";
import { acceptedType } from "@/lib/attachments/content-type";
import { findOwner } from "@/lib/attachments/owner";
import { DomainError, forbidden, notFound } from "@/lib/errors";
import type { AttachmentOwner } from "@/lib/generated/prisma/client";
import { canAttach, canRemoveAttachment, maySeeAttachment } from "@/lib/permissions/attachments";
import { blobStore } from "@/lib/storage/store";
import { removeAttachmentInput } from "@/lib/validation/attachments";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { record } from "./record";
import { transact } from "./transaction";

export interface NewAttachment {
  ownerType: AttachmentOwner;
  ownerId: string;
  fileName: string;
}

export async function addAttachment(ctx: Ctx, file: NewAttachment, data: Uint8Array) {
  const mediaType = await acceptedType(data);
  return transact(async (tx) => {
    const owner = await findOwner(tx, ctx.actor, file.ownerType, file.ownerId);
    if (!owner || !maySeeAttachment(ctx.actor, owner)) throw notFound();
    if (!canAttach(ctx.actor, owner)) throw forbidden();
    if (!mediaType) throw new DomainError("INVALID", "papers.attachments.badType", { file: "papers.attachments.badType" });
    const sha256 = createHash("sha256").update(data).digest("hex");
    const storageKey = `att/${randomUUID()}`;
    await blobStore().put(storageKey, data, tx);
    const now = nowOf(ctx);
    const attachment = await tx.attachment.create({
      data: {
        suggestionId: owner.suggestionId,
        ownerType: owner.ownerType,
        ownerId: owner.ownerId,
        unitId: owner.unitId,
        fileName: file.fileName,
        mediaType,
        size: data.byteLength,
        sha256,
        storageKey,
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    const { fileName, size } = attachment;
    await record(tx, ctx, {
      action: "attachment.add",
      entity: "Attachment",
      entityId: attachment.id,
      suggestionId: owner.suggestionId,
      after: { ownerType: owner.ownerType, ownerId: owner.ownerId, fileName, mediaType, size, sha256 },
    });
    return attachment;
  });
}

export async function removeAttachment(ctx: Ctx, input: InputOf<typeof removeAttachmentInput>) {
  return transact(async (tx) => {
    const { attachmentId } = parseInput(removeAttachmentInput, input);
    const found = await tx.attachment.findFirst({ where: { id: attachmentId, removedAt: null } });
    const owner = found && (await findOwner(tx, ctx.actor, found.ownerType, found.ownerId));
    if (!found || !owner || !maySeeAttachment(ctx.actor, owner)) throw notFound();
    if (!canRemoveAttachment(ctx.actor, { ...owner, createdById: found.createdById })) throw forbidden();
    const now = nowOf(ctx);
    const { count } = await tx.attachment.updateMany({
      where: { id: found.id, removedAt: null },
      data: { removedAt: now, removedById: ctx.actor.id },
    });
    if (count !== 1) throw notFound();
    await record(tx, ctx, {
      action: "attachment.remove",
      entity: "Attachment",
      entityId: found.id,
      suggestionId: found.suggestionId,
      before: { fileName: found.fileName, ownerType: found.ownerType, ownerId: found.ownerId },
      after: { removed: true },
    });
  });
}
