// The distribution plan page's upload (lib/import/plan-upload.ts): a route handler, like the import's, so the
// file is streamed with the 20 MB cap. Cookie-authenticated: the actor is checked before the body is read.
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { handlePlanUpload } from "@/lib/import/plan-upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const response = await handlePlanUpload(request, await getActor(), await getT());
  if (response.ok && new URL(request.url).searchParams.get("dryRun") !== "1") revalidatePath("/", "layout");
  return response;
}
