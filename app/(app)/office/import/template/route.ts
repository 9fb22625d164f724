// GET /office/import/template — the import template .xlsx (lib/import/template.ts), for the office and admins.
import { getActor } from "@/lib/auth/current";
import { fileResponse } from "@/lib/reports/http";
import { getT } from "@/lib/i18n/server";
import { importTemplate } from "@/lib/import/template";
import { isOffice } from "@/lib/permissions/roles";

export const dynamic = "force-dynamic";

export async function GET(request: Request): Promise<Response> {
  const actor = await getActor();
  if (!actor) return Response.redirect(new URL("/login", request.url), 303);
  if (!isOffice(actor)) return new Response(null, { status: 404 });
  return fileResponse(await importTemplate(await getT()));
}
