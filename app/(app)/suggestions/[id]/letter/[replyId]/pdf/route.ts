// The archived letter as a PDF (lib/letter/download.ts): cookie-authenticated, scoped like the letter page.
import { getActor } from "@/lib/auth/current";
import { getLocale, getT } from "@/lib/i18n/server";
import { letterPdfResponse } from "@/lib/letter/download";

export const dynamic = "force-dynamic";

export async function GET(request: Request, { params }: { params: Promise<{ id: string; replyId: string }> }): Promise<Response> {
  const [{ id, replyId }, actor, t, locale] = await Promise.all([params, getActor(), getT(), getLocale()]);
  const deputyId = new URL(request.url).searchParams.get("deputy");
  return letterPdfResponse({ actor, suggestionId: id, replyId, deputyId, t, dateStyle: locale === "en" ? "en" : "zh" });
}
