"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current";
import { markAllNotificationsRead, markNotificationRead } from "@/lib/notifications/read";

/** Marks the signed-in user's own notifications read (never anyone else's). */
export async function markAllRead() {
  const actor = await requireActor();
  await markAllNotificationsRead(actor.id);
  revalidatePath("/", "layout");
}

/** Marks one of the signed-in user's notifications read (the form's hidden `id`). */
export async function markRead(form: FormData) {
  const actor = await requireActor();
  await markNotificationRead(actor.id, form.get("id"));
  revalidatePath("/", "layout");
}
