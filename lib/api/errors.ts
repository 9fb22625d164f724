// The API's error format (SPEC §6): {"error":{"code","message","fields"?}}, the message in Chinese from the
// catalogues. DomainError codes map to their statuses (lib/errors.ts); zod failures are 400 with fields;
// anything unexpected is logged and answered with a generic 500 — bad input never gets that far.
import { ZodError } from "zod";
import { DomainError, isRefusedData, statusOf, type DomainErrorCode } from "@/lib/errors";
import { translatorFor, type Params } from "@/lib/i18n/catalogue";
import { fieldsOfIssues } from "@/lib/validation/parse";
import { noteDatabaseError } from "@/lib/server/db-watch";
import { logError } from "@/lib/server/log";
import { json } from "./respond";

export type ApiErrorCode = DomainErrorCode | "THROTTLED" | "PAYLOAD_TOO_LARGE" | "INTERNAL" | "UNAVAILABLE" | "PASSWORD_CHANGE_REQUIRED";

export interface ApiErrorBody {
  error: { code: ApiErrorCode; message: string; fields?: Record<string, string> };
}

const t = translatorFor("zh-CN");

/** An HTTP-level failure raised by the API plumbing itself (malformed JSON, a bad query, no token…). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: ApiErrorCode,
    readonly messageKey: string,
    readonly fields?: Record<string, string>,
    readonly params?: Params,
    readonly headers?: Record<string, string>,
  ) {
    super(messageKey);
    this.name = "ApiError";
  }
}

/**
 * Zod issues as {"path.to.field": "errors.field.…"} (the message keys of lib/validation/parse.ts, translated
 * when the response is written); an unknown query parameter is named as the field.
 */
export function fieldsOf(error: ZodError): Record<string, string> {
  const fields: Record<string, string> = {};
  for (const issue of error.issues) {
    if (issue.code === "unrecognized_keys") for (const key of issue.keys) fields[[...issue.path, key].join(".")] ??= "errors.field.invalid";
  }
  return { ...fieldsOfIssues(error.issues.filter((i) => i.code !== "unrecognized_keys")), ...fields };
}

/** Field messages may be catalogue keys ("errors.field.required", as lib/validation/parse.ts gives them). */
const translateFields = (fields: Record<string, string>) =>
  Object.fromEntries(Object.entries(fields).map(([field, message]) => [field, message.startsWith("errors.") ? t(message) : message]));

export function errorResponse(
  status: number,
  code: ApiErrorCode,
  messageKey: string,
  options: { fields?: Record<string, string>; params?: Params; headers?: Record<string, string> } = {},
): Response {
  const body: ApiErrorBody = {
    error: {
      code,
      message: t(messageKey, options.params),
      ...(options.fields ? { fields: translateFields(options.fields) } : {}),
    },
  };
  const headers = { ...options.headers };
  if (status === 401) headers["WWW-Authenticate"] ??= 'Bearer realm="api"';
  return json(body, { status, headers });
}

/** Any thrown value as the API's error response; `requestId` goes into the log line of an unexpected error. */
export function toErrorResponse(error: unknown, requestId?: string): Response {
  if (error instanceof ApiError) {
    return errorResponse(error.status, error.code, error.messageKey, error);
  }
  if (error instanceof DomainError) {
    if (error.messageKey === "errors.throttled") {
      const minutes = Number(error.params?.minutes) || 15;
      return errorResponse(429, "THROTTLED", error.messageKey, {
        params: error.params,
        headers: { "Retry-After": String(minutes * 60) },
      });
    }
    return errorResponse(statusOf[error.code], error.code, error.messageKey, { fields: error.fields, params: error.params });
  }
  if (error instanceof ZodError) {
    return errorResponse(400, "INVALID", "errors.invalid", { fields: fieldsOf(error) });
  }
  // The database is down or restarting: a passing state, not a bug — 503 and a hint when to come back.
  if (noteDatabaseError(error)) {
    logError("api", error, { requestId, status: 503 });
    return errorResponse(503, "UNAVAILABLE", "errors.unavailable", { headers: { "Retry-After": "5" } });
  }
  if (isRefusedData(error)) {
    logError("api", error, { requestId, status: 400 });
    return errorResponse(400, "INVALID", "errors.invalid");
  }
  logError("api", error, { requestId, status: 500 });
  return errorResponse(500, "INTERNAL", "errors.internal");
}
