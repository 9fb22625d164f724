// GET /api/v1/openapi.json — the OpenAPI 3.1 document, generated from the zod schemas the routes use.
import { json } from "@/lib/api/respond";
import { buildOpenApiDocument } from "@/lib/api/openapi";

export async function GET(): Promise<Response> {
  return json(buildOpenApiDocument(), { headers: { "Cache-Control": "public, max-age=300" } });
}
