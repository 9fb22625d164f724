// An attachment's download (lib/attachments/http.ts): scoped like its record, audited.
import { attachmentDownload } from "@/lib/attachments/http";
import { getActor } from "@/lib/auth/current";
import { getT } from "@/lib/i18n/server";

export const dynamic = "force-dynamic";

export async function GET(_request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const [{ id }, actor, t] = await Promise.all([params, getActor(), getT()]);
  return attachmentDownload(actor, id, t);
}
