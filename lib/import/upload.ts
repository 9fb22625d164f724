// POST /office/import/upload?session=…&dryRun=1&createUnknownDeputies=1 — the file itself is the body
// (its name in the X-File-Name header, URI-encoded), read as a stream with the 20 MB cap the page states.
// Answers {result, message} or {"error":{code,message,fields?,rows?}}, messages in the user's language.
import { z } from "zod";
import { readBytes } from "@/lib/api/body";
import { ApiError } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/user";
import { DomainError, statusOf } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/catalogue";
import { isOffice } from "@/lib/permissions/roles";
import { importSuggestions, type ImportResult } from "./apply";
import { MAX_UPLOAD_BYTES } from "./table";

const querySchema = z.object({
  // No control characters (a NUL cannot even be compared in PostgreSQL): a session code is printable.
  session: z
    .string()
    .trim()
    .min(1)
    .max(20)
    .regex(/^[^\u0000-\u001f\u007f]+$/),
  dryRun: z.enum(["1"]).optional(),
  createUnknownDeputies: z.enum(["1"]).optional(),
});
const fileNameSchema = z
  .string()
  .trim()
  .min(1)
  .max(255)
  .regex(/^[^\u0000-\u001f\u007f]+\.(xlsx|csv)$/i);

export interface UploadRow {
  row: number;
  column: string;
  message: string;
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { "Content-Type": "application/json; charset=utf-8", "Cache-Control": "no-store" },
  });

const failure = (status: number, code: string, message: string, extra: Record<string, unknown> = {}) =>
  json(status, { error: { code, message, ...extra } });

function decodeName(raw: string | null): string | null {
  try {
    return raw === null ? null : decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A browser sends Origin on a POST; one from another site is refused (the custom header already forces a preflight). */
function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}

/** The signed-in actor is checked by the route before anything of the body is read. */
export async function handleUpload(request: Request, actor: Actor | null, t: Translate): Promise<Response> {
  if (!actor) return failure(401, "UNAUTHENTICATED", t("errors.unauthenticated"));
  if (!isOffice(actor) || !sameOrigin(request)) return failure(403, "FORBIDDEN", t("errors.forbidden"));
  const query = querySchema.safeParse(Object.fromEntries(new URL(request.url).searchParams));
  const fileName = fileNameSchema.safeParse(decodeName(request.headers.get("x-file-name")));
  if (!query.success) return failure(400, "INVALID", t("errors.invalid"), { fields: { session: t("office.import.chooseSession") } });
  if (!fileName.success)
    return failure(400, "INVALID", t("office.import.errors.unsupportedType"), {
      fields: { file: t("office.import.errors.unsupportedType") },
    });
  let data: Buffer;
  try {
    const bytes = await readBytes(request, MAX_UPLOAD_BYTES);
    data = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  } catch (error) {
    if (error instanceof ApiError && error.status === 413) return failure(413, "PAYLOAD_TOO_LARGE", t("office.import.tooLarge"));
    return failure(400, "INVALID", t("office.import.chooseFile"));
  }
  if (data.length === 0) return failure(400, "INVALID", t("office.import.chooseFile"), { fields: { file: t("office.import.chooseFile") } });
  try {
    const result = await importSuggestions(
      { actor },
      {
        sessionCode: query.data.session,
        fileName: fileName.data,
        data,
        createUnknownDeputies: query.data.createUnknownDeputies === "1",
        dryRun: query.data.dryRun === "1",
      },
    );
    if (result.kind === "invalid") {
      const rows: UploadRow[] = result.errors.map((e) => ({ row: e.row, column: e.column, message: t(e.messageKey, e.params) }));
      return failure(422, "INVALID", t("office.import.invalid", { count: rows.length }), { rows });
    }
    return json(200, { result, message: resultMessage(result, t) });
  } catch (error) {
    if (error instanceof DomainError) {
      const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, t(v)]));
      return failure(statusOf[error.code], error.code, t(error.messageKey, error.params), fields ? { fields } : {});
    }
    throw error;
  }
}

function resultMessage(result: Exclude<ImportResult, { kind: "invalid" }>, t: Translate): string {
  if (result.kind === "preview") {
    return t("office.import.previewResult", {
      newCount: result.newCount,
      skipped: result.skippedCount,
      assign: result.assignCount,
      deputies: result.unknownDeputies.length,
    });
  }
  return t("office.import.done", {
    created: result.created,
    skipped: result.skipped,
    assigned: result.assigned,
    deputies: result.deputiesCreated,
  });
}
