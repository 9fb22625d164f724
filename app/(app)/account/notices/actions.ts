"use server";
// The account page's notice settings (issue 14 item 1): the user's own, so any signed-in user.
import { runWorkflow } from "@/lib/actions/run";
import type { ActionState } from "@/lib/actions/result";
import { saveChannelChoices } from "@/lib/notifications/outbox/choices";
import { channelChoicesInput } from "@/lib/validation/channels";
import { readForm } from "@/lib/validation/form";

export async function saveNoticeChannelsAction(_prev: ActionState, form: FormData): Promise<ActionState> {
  return runWorkflow(
    "/account/notices",
    (actor) => saveChannelChoices({ actor }, readForm(channelChoicesInput, form)),
    "outbox.settings.done",
  );
}
