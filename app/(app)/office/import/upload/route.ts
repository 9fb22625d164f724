// The import page's upload (lib/import/upload.ts): a route handler, not a server action, so the body is
// streamed with the page's 20 MB cap instead of Next's 1 MB server-action limit. Cookie-authenticated:
// the actor is checked here, before the body is read (layouts are no access check).
import { revalidatePath } from "next/cache";
import { getActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";
import { handleUpload } from "@/lib/import/upload";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const response = await handleUpload(request, await getActor(), await getT());
  if (response.ok && new URL(request.url).searchParams.get("dryRun") !== "1") revalidatePath("/", "layout");
  return response;
}
