// GET /api/v1/docs — the readable API reference (server-rendered HTML from the OpenAPI document).
import { renderDocsHtml } from "@/lib/api/docs-html";

export async function GET(): Promise<Response> {
  return new Response(renderDocsHtml(), {
    headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "public, max-age=300" },
  });
}
