"use server";
// The administrator's "send again" of a failed outgoing message (issue 14 item 1).
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { retryOutboxMessage } from "@/lib/notifications/outbox/retry";
import { outboxRetryInput } from "@/lib/validation/channels";
import { readForm } from "@/lib/validation/form";

export async function retryOutboxAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runWorkflow("/admin/outbox", (actor) => retryOutboxMessage({ actor }, readForm(outboxRetryInput, form)), "outbox.admin.retried");
}
