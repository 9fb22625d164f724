// The attachment upload's query and file name, and the removal form (issue 14 item 2).
import { z } from "zod";

const id = z
  .string()
  .trim()
  .min(1)
  .max(64)
  .regex(/^[\w-]+$/);

export const attachmentUploadQuery = z.object({
  owner: z.enum(["SUGGESTION", "COMMUNICATION", "REPLY", "SUPERVISION"]),
  id,
});

/** A printable name without path separators, as the browser sends it (URI-encoded in X-File-Name). */
export const attachmentFileName = z
  .string()
  .trim()
  .min(1)
  .max(200)
  .regex(/^[^\u0000-\u001f\u007f/\\]+$/);

export const removeAttachmentInput = z.object({ attachmentId: id });

/** The removal form: the attachment, and the suggestion whose page is refreshed after. */
export const removeAttachmentForm = removeAttachmentInput.extend({ suggestionId: id });
