import "server-only";
// The attachment routes' HTTP side (issue 14 item 2). Upload: POST /attachments/upload?owner=&id= with the
// file as the body (its name URI-encoded in X-File-Name), streamed with the ATTACHMENT_MAX_MB cap (413
// beyond it, before more than the cap is read). Download: GET /attachments/{id}, scoped like its record
// (404 otherwise) and audited. Both cookie-authenticated, the actor checked before the body is read.
import { audit } from "@/lib/audit";
import { readBytes } from "@/lib/api/body";
import { decodeName, sameOrigin } from "@/lib/api/upload-request";
import { ApiError } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { DomainError, statusOf } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/catalogue";
import { canAttach, maySeeAttachment } from "@/lib/permissions/attachments";
import { contentDisposition } from "@/lib/reports/http";
import { blobStore } from "@/lib/storage/store";
import { attachmentFileName, attachmentUploadQuery } from "@/lib/validation/attachments";
import { addAttachment } from "@/lib/workflow/attachments";
import { findOwner } from "./owner";

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });
const failure = (status: number, code: string, message: string, fields?: Record<string, string>) =>
  json(status, { error: { code, message, ...(fields ? { fields } : {}) } });

export { attachmentLimitBytes as attachmentLimit } from "./limit";
import { attachmentLimitBytes } from "./limit";

export async function handleAttachmentUpload(request: Request, actor: Actor | null, t: Translate): Promise<Response> {
  if (!actor) return failure(401, "UNAUTHENTICATED", t("errors.unauthenticated"));
  if (!sameOrigin(request)) return failure(403, "FORBIDDEN", t("errors.forbidden"));
  const query = attachmentUploadQuery.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const refuse = async (response: Response) => {
    await request.body?.cancel().catch(() => undefined);
    return response;
  };
  if (!query.success) return refuse(failure(400, "INVALID", t("errors.invalid")));
  // Scope and authorization first: nothing of the body is read for a caller who may not attach here.
  const owner = await findOwner(db, actor, query.data.owner, query.data.id);
  if (!owner || !maySeeAttachment(actor, owner)) return refuse(failure(404, "NOT_FOUND", t("errors.notFound")));
  if (!canAttach(actor, owner)) return refuse(failure(403, "FORBIDDEN", t("errors.forbidden")));
  const name = attachmentFileName.safeParse(decodeName(request.headers.get("x-file-name")));
  if (!name.success) return refuse(failure(400, "INVALID", t("errors.invalid"), { file: t("papers.attachments.badName") }));
  try {
    const data = await readBytes(request, attachmentLimitBytes());
    const attachment = await addAttachment({ actor }, { ownerType: owner.ownerType, ownerId: owner.ownerId, fileName: name.data }, data);
    const { id, fileName, mediaType, size, sha256 } = attachment;
    return json(201, { attachment: { id, fileName, mediaType, size, sha256 }, message: t("papers.attachments.uploaded") });
  } catch (error) {
    if (error instanceof ApiError) return failure(error.status, error.code, t(error.messageKey, error.params), undefined);
    if (error instanceof DomainError) {
      const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, t(v)]));
      return failure(statusOf[error.code], error.code, t(error.messageKey, error.params), fields);
    }
    throw error;
  }
}

export async function attachmentDownload(actor: Actor | null, attachmentId: string, t: Translate): Promise<Response> {
  if (!actor) return failure(401, "UNAUTHENTICATED", t("errors.unauthenticated"));
  const found = attachmentId ? await db.attachment.findFirst({ where: { id: attachmentId, removedAt: null } }) : null;
  const owner = found && (await findOwner(db, actor, found.ownerType, found.ownerId));
  if (!found || !owner || !maySeeAttachment(actor, owner)) return failure(404, "NOT_FOUND", t("errors.notFound"));
  const data = await blobStore().get(found.storageKey);
  if (!data) return failure(404, "NOT_FOUND", t("errors.notFound"));
  await audit(db, {
    actorId: actor.id,
    action: "attachment.download",
    entity: "Attachment",
    entityId: found.id,
    suggestionId: found.suggestionId,
    after: { fileName: found.fileName, sha256: found.sha256 },
  });
  return new Response(new Uint8Array(data), {
    headers: {
      "Content-Type": found.mediaType,
      "Content-Disposition": contentDisposition(found.fileName),
      "Content-Length": String(data.byteLength),
      "Cache-Control": "private, no-store",
    },
  });
}
