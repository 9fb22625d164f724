import "server-only";
// The HTTP side of the exports (app/export/*/route.ts): the signed-in user from the session cookie (the
// same as the pages — not API bearer tokens), the URL's query, and the file as an attachment.
import { Readable } from "node:stream";
import { getActor } from "@/lib/auth/current";
import { DomainError, statusOf } from "@/lib/errors";
import { getT } from "@/lib/i18n/server";
import type { ExportRequest } from "./context";
import { parseReportQuery } from "./report-query";
import { XLSX_TYPE } from "./xlsx";

/** RFC 6266 / 5987: an ASCII fallback and the UTF-8 name (Chinese file names survive every browser). */
export function contentDisposition(filename: string): string {
  const ascii = filename.replace(/[^\x20-\x7e]/g, "_").replace(/["\\]/g, "_");
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(filename)}`;
}

export function xlsxHeaders(filename: string, length?: number): Headers {
  const headers = new Headers({
    "Content-Type": XLSX_TYPE,
    "Content-Disposition": contentDisposition(filename),
    "Cache-Control": "private, no-store",
  });
  if (length !== undefined) headers.set("Content-Length", String(length));
  return headers;
}

/** A file built in memory: its length is known, so the browser can show real progress. */
export function fileResponse(file: { filename: string; body: Buffer }): Response {
  return new Response(new Uint8Array(file.body), { headers: xlsxHeaders(file.filename, file.body.length) });
}

/** A Node stream as the response body (no Content-Length: the download shows bytes received). */
export function streamResponse(filename: string, body: Readable): Response {
  return new Response(Readable.toWeb(body) as ReadableStream<Uint8Array>, { headers: xlsxHeaders(filename) });
}

/** Signs in from the session, parses the query, maps domain errors to their status; the login page if signed out. */
export function exportRoute(handler: (request: ExportRequest) => Promise<Response>) {
  return async (request: Request): Promise<Response> => {
    const actor = await getActor();
    if (!actor) return Response.redirect(new URL("/login", request.url), 303);
    const t = await getT();
    try {
      return await handler({ actor, t, query: parseReportQuery(new URL(request.url).searchParams) });
    } catch (error) {
      if (error instanceof DomainError) {
        return new Response(t(error.messageKey, error.params), {
          status: statusOf[error.code],
          headers: { "Content-Type": "text/plain; charset=utf-8" },
        });
      }
      throw error;
    }
  };
}
