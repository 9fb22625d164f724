"use server";
// The detail page's attachment removal (soft, audited: lib/workflow/attachments.ts). Uploads go to the
// /attachments/upload route, which streams the file with its cap.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { readForm } from "@/lib/validation/form";
import { removeAttachmentForm } from "@/lib/validation/attachments";
import { removeAttachment } from "@/lib/workflow/attachments";

export async function removeAttachmentAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  const { suggestionId, attachmentId } = readForm(removeAttachmentForm, form);
  return runWorkflow(
    `/suggestions/${suggestionId}`,
    (actor) => removeAttachment({ actor }, { attachmentId }),
    "papers.attachments.removed",
  );
}
