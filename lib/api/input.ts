// Reading a request's JSON body and query string, validated by zod schemas (lib/validation/api.ts).
// Malformed JSON and invalid values are 400s with the offending fields, messages in Chinese.
import type { z } from "zod";
import { ApiError, fieldsOf } from "./errors";

/** Bodies larger than this are refused (an import of 10,000 suggestions is well below it). */
export const MAX_BODY_BYTES = 10 * 1024 * 1024;
/** Validates `data` with `schema`; 400 with fields when it does not fit. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const result = schema.safeParse(data);
  if (!result.success) throw new ApiError(400, "INVALID", "errors.invalid", fieldsOf(result.error));
  return result.data;
}

/**
 * The request body as JSON: 400 "malformed" when it is not JSON. An empty body is `{}` when `optional`
 * (e.g. POST /replies/{id}/sign), else malformed.
 */
export async function readJson(request: Request, options: { optional?: boolean } = {}): Promise<unknown> {
  const length = Number(request.headers.get("content-length"));
  if (length > MAX_BODY_BYTES) throw new ApiError(400, "INVALID", "errors.invalid", { _: `> ${MAX_BODY_BYTES} bytes` });
  let text: string;
  try {
    text = await request.text();
  } catch {
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  }
  if (text.length > MAX_BODY_BYTES) throw new ApiError(400, "INVALID", "errors.invalid", { _: `> ${MAX_BODY_BYTES} bytes` });
  if (text.trim() === "") {
    if (options.optional) return {};
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  }
}

/** Reads and validates the JSON body. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S): Promise<z.output<S>> {
  return parseWith(schema, await readJson(request));
}

/**
 * The query string as an object: empty values are left out (`?status=&q=` means no filter), a repeated
 * key becomes an array. Validated by `schema`.
 */
export function readQuery<S extends z.ZodType>(request: Request, schema: S): z.output<S> {
  const params = new URL(request.url).searchParams;
  const query: Record<string, string | string[]> = {};
  for (const [key, value] of params) {
    if (value.trim() === "") continue;
    const existing = query[key];
    query[key] = existing === undefined ? value : Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return parseWith(schema, query);
}
