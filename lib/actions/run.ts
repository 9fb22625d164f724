import "server-only";
import { revalidatePath } from "next/cache";
import type { Actor } from "@/lib/auth/user";
import { requireActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import type { Translate } from "@/lib/i18n/catalogue";
import { noteDatabaseError } from "@/lib/server/db-watch";
import { failure, type ActionState } from "./result";

/**
 * The shape of every workflow server action: authenticate, call the domain (which authorizes, validates and
 * applies the rules), revalidate, and turn the outcome into form state for useActionState.
 */
export async function runWorkflow<T>(
  revalidate: string,
  work: (actor: Actor) => Promise<T>,
  successKey = "work.saved",
  /** A success answer built from the result (a message naming what was created, links to it). */
  success?: (result: T, t: Translate) => ActionState,
): Promise<ActionState> {
  const t = await getT();
  let result: T;
  let actor: Actor;
  try {
    // Reading the user needs the database too: its absence is a form message, not an error page.
    actor = await requireActor();
  } catch (error) {
    if (noteDatabaseError(error)) return failure(error, t);
    throw error; // redirect() to the sign-in page
  }
  try {
    result = await work(actor);
  } catch (error) {
    return failure(error, t);
  }
  revalidatePath(revalidate);
  return success ? success(result, t) : { ok: true, message: t(successKey) };
}
