"use server";
// Served to the deputy picker (components/ui/deputy-picker.tsx) on the registration and new-user forms.
import { requireActor } from "@/lib/auth/current";
import { searchDeputies, type DeputyOption } from "@/lib/data/deputies";

export async function searchDeputiesAction(q: string): Promise<DeputyOption[]> {
  return searchDeputies(await requireActor(), q);
}
