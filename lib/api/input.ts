// Reading a request's JSON body and query string, validated by zod schemas (lib/validation/api.ts).
// Malformed JSON and invalid values are 400s with the offending fields, messages in Chinese; bodies are
// read with a byte cap (413 beyond it).
import type { z } from "zod";
import { BODY_LIMITS, readBytes } from "./body";
import { depthOf, unstorableFields, Untrusted } from "@/lib/validation/parse";
import { ApiError, fieldsOf } from "./errors";

/** Validates `data` with `schema`; 400 with fields when it does not fit. */
export function parseWith<S extends z.ZodType>(schema: S, data: unknown): z.output<S> {
  const unstorable = unstorableFields(data);
  if (Object.keys(unstorable).length) throw new ApiError(400, "INVALID", "errors.invalid", unstorable);
  const result = schema.safeParse(data);
  if (!result.success) throw new ApiError(400, "INVALID", "errors.invalid", fieldsOf(result.error));
  return result.data;
}

/**
 * The request body as JSON: 400 "malformed" when it is not JSON (or not UTF-8), 413 beyond `limit` bytes
 * (lib/api/body.ts; one record's worth by default). An empty body is `{}` when `optional`
 * (e.g. POST /replies/{id}/sign), else malformed.
 */
export async function readJson(request: Request, options: { optional?: boolean; limit?: number } = {}): Promise<unknown> {
  const bytes = await readBytes(request, options.limit ?? BODY_LIMITS.default);
  let text: string;
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  }
  if (text.trim() === "") {
    if (options.optional) return {};
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  }
  let value: unknown;
  try {
    value = JSON.parse(text) as unknown;
  } catch {
    throw new ApiError(400, "INVALID", "errors.malformedJson");
  }
  // No request nests deeper than a few levels; a hostile one nested 100,000 deep would overflow the
  // recursive walks after this (zod, the Date normalizing) — a 500 — so it stops here.
  if (depthOf(value) > MAX_DEPTH) throw new ApiError(400, "INVALID", "errors.invalid");
  return value;
}

const MAX_DEPTH = 32;

/** The JSON body for a workflow function, which validates it after its authorization check. */
export async function readUntrusted(request: Request, options: { optional?: boolean; limit?: number } = {}): Promise<Untrusted> {
  return new Untrusted(await readJson(request, options));
}

/** Reads and validates the JSON body. */
export async function readBody<S extends z.ZodType>(request: Request, schema: S, options: { limit?: number } = {}): Promise<z.output<S>> {
  return parseWith(schema, await readJson(request, options));
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
