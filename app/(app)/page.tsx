import { redirect } from "next/navigation";
import { requireActor } from "@/lib/auth/current";
import { homeFor } from "@/lib/navigation";

/** The home sends each role to its own work. */
export default async function HomePage() {
  const actor = await requireActor();
  redirect(homeFor(actor.role));
}
