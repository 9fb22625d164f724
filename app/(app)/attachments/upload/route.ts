// Attachment upload (lib/attachments/http.ts): a route handler, not a server action, so the body is streamed
// with its own cap; proxy.ts leaves this path alone (a proxy would buffer and truncate the body).
import { revalidatePath } from "next/cache";
import { handleAttachmentUpload } from "@/lib/attachments/http";
import { getActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function POST(request: Request): Promise<Response> {
  const response = await handleAttachmentUpload(request, await getActor(), await getT());
  if (response.ok) revalidatePath("/suggestions/[id]", "page");
  return response;
}
