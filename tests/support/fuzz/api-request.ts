// Turns one fuzz input into a Request for a route handler, called directly as Next would call it.
import type { FuzzWorld } from "./world";

/** A route's one path parameter is `{id}` or `{name}` (a worklist): the context names both. */
type Handler = (request: Request, context?: { params: Promise<{ id: string; name: string }> }) => Promise<Response>;
export interface Route {
  key: string;
  handler: Handler | (() => Promise<Response>);
  /** The token names that may call it (drawn more often, so inputs get past the role check). */
  callers?: string[];
  /** What `{id}` names: ids of a kind, or (units, sessions, deputies) the codes and ids of FuzzWorld.codes. */
  ids?: "suggestions" | "replies" | "users" | "units" | "sessions" | "deputies";
  /** The valid values of the path's parameter when it names no record (e.g. `{name}` of a worklist). */
  values?: string[];
}
export interface FuzzInput {
  as: string;
  id: string;
  body: unknown;
  query: unknown;
}

const BASE = "http://localhost/api/v1";

/** A query string from a (broken) query object: arrays repeat the key, other values are stringified. */
function queryString(query: unknown): string {
  if (query === undefined) return "";
  if (!query || typeof query !== "object" || Array.isArray(query)) return `?${encodeURIComponent(String(JSON.stringify(query)))}=1`;
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, typeof v === "string" ? v : (JSON.stringify(v) ?? ""));
  }
  return `?${params.toString()}`;
}

function bodyOf(body: unknown): BodyInit | undefined {
  if (body === undefined) return undefined;
  if (typeof body === "string" || body instanceof Uint8Array) return body as BodyInit;
  return JSON.stringify(body);
}

export async function fuzzRequest(route: Route, fw: FuzzWorld, input: FuzzInput): Promise<{ status: number; body: unknown }> {
  const [method, path] = route.key.split(" ");
  const headers: Record<string, string> = { "Content-Type": "application/json" };
  if (input.as === "garbage") headers.Authorization = "Bearer AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA";
  else if (input.as !== "none") headers.Authorization = `Bearer ${fw.tokens[input.as]}`;
  // The path's one parameter ({id}, or {name} of a worklist) takes the input's id.
  const hasParam = /\{\w+\}/.test(path);
  const url = `${BASE}${path.replace(/\{\w+\}/, encodeURIComponent(input.id.toWellFormed()))}${queryString(input.query)}`;
  const request = new Request(url, { method, headers, body: method === "GET" ? undefined : bodyOf(input.body) });
  const response = await (route.handler as Handler)(
    request,
    hasParam ? { params: Promise.resolve({ id: input.id, name: input.id }) } : undefined,
  );
  const text = await response.text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // A non-JSON answer fails the error-shape check with its text shown.
  }
  return { status: response.status, body };
}
