// POST /office/import/upload?session=…&dryRun=1&createUnknownDeputies=1 — the file itself is the body
// (its name in the X-File-Name header, URI-encoded), read as a stream with the 20 MB cap the page states.
// Answers {result, message} or {"error":{code,message,fields?,rows?}}, messages in the user's language.
import { z } from "zod";
import { readBytes } from "@/lib/api/body";
import { decodeName, sameOrigin } from "@/lib/api/upload-request";
import { ApiError } from "@/lib/api/errors";
import type { Actor } from "@/lib/auth/user";
import { DomainError, statusOf } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/catalogue";
import { isOffice } from "@/lib/permissions/roles";
import { importSuggestions, type ImportResult } from "./apply";
import type { RowError } from "./suggestion-rows";
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

export const uploadJson = json;
export const uploadFailure = failure;

/** What an upload carries once checked: the actor may upload, the query and the file name are sound, the bytes read. */
export interface Received {
  actor: Actor;
  session: string;
  dryRun: boolean;
  createUnknownDeputies: boolean;
  fileName: string;
  data: Buffer;
}

/**
 * The checks every upload of the office's files makes before its content is looked at (the import, a distribution
 * plan): signed in, OFFICE/ADMIN from this site, a session and an .xlsx/.csv name, the body within the 20 MB cap.
 * The signed-in actor is checked by the route before anything of the body is read. A Response is a refusal.
 */
export async function receiveUpload(request: Request, actor: Actor | null, t: Translate): Promise<Received | Response> {
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
  return {
    actor,
    session: query.data.session,
    dryRun: query.data.dryRun === "1",
    createUnknownDeputies: query.data.createUnknownDeputies === "1",
    fileName: fileName.data,
    data,
  };
}

/** Row problems as the upload answers them (422 with every row), and a refused act with its status. */
export function rowsFailure(errors: RowError[], t: Translate): Response {
  const rows: UploadRow[] = errors.map((e) => ({ row: e.row, column: e.column, message: t(e.messageKey, e.params) }));
  return failure(422, "INVALID", t("office.import.invalid", { count: rows.length }), { rows });
}

export function domainFailure(error: unknown, t: Translate): Response {
  if (!(error instanceof DomainError)) throw error;
  const fields = error.fields && Object.fromEntries(Object.entries(error.fields).map(([k, v]) => [k, t(v)]));
  return failure(statusOf[error.code], error.code, t(error.messageKey, error.params), fields ? { fields } : {});
}

export async function handleUpload(request: Request, actor: Actor | null, t: Translate): Promise<Response> {
  const received = await receiveUpload(request, actor, t);
  if (received instanceof Response) return received;
  try {
    const result = await importSuggestions(
      { actor: received.actor },
      {
        sessionCode: received.session,
        fileName: received.fileName,
        data: received.data,
        createUnknownDeputies: received.createUnknownDeputies,
        dryRun: received.dryRun,
      },
    );
    if (result.kind === "invalid") return rowsFailure(result.errors, t);
    return json(200, { result, message: resultMessage(result, t) });
  } catch (error) {
    return domainFailure(error, t);
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
