"use server";
import { revalidatePath } from "next/cache";
import { requireActor } from "@/lib/auth/current";
import { db } from "@/lib/db";

/** Marks the signed-in user's own notifications read (never anyone else's). */
export async function markAllRead() {
  const actor = await requireActor();
  await db.notification.updateMany({ where: { userId: actor.id, readAt: null }, data: { readAt: new Date() } });
  revalidatePath("/", "layout");
}
