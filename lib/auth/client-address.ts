// The client's address, for sign-in throttling and the audit of sign-ins. Route handlers see no socket in
// Next 16, only headers, so the setting CLIENT_IP_HEADER names the header that carries it:
// - `x-forwarded-for` (the default): its RIGHT-MOST entry. Next's server itself fills this header with the
//   socket's address when the request has none (next/dist/server/base-server.js: `x-forwarded-for ??=
//   socket.remoteAddress`), and a proxy that appends (nginx `$proxy_add_x_forwarded_for`) puts the address
//   it saw last. Entries to its left are whatever the client claimed, so they are never used.
// - `x-real-ip` or any other header a proxy overwrites: its whole value.
// Without a proxy a client may send its own X-Forwarded-For, which Next keeps: production runs behind a
// proxy that sets the header (README, security section).
import { setting, type Env } from "@/lib/server/config";

export const UNKNOWN_ADDRESS = "unknown";

const DEFAULT_HEADER = "x-forwarded-for";

/** The configured header (`npm start` refuses a malformed one: lib/server/config.ts); here a malformed one falls back to the default. */
export function clientAddressHeader(env?: Env): string {
  try {
    return setting("CLIENT_IP_HEADER", env) ?? DEFAULT_HEADER;
  } catch {
    return DEFAULT_HEADER;
  }
}

/** Lower-cased, IPv4-mapped IPv6 unwrapped, capped: the same client always gets the same key. */
function normalize(raw: string): string {
  const value = raw
    .trim()
    .replace(/^\[|\](:\d+)?$/g, "")
    .toLowerCase();
  const unmapped = value.startsWith("::ffff:") && value.includes(".") ? value.slice(7) : value;
  return /^[0-9a-f:.]{2,45}$/.test(unmapped) ? unmapped : UNKNOWN_ADDRESS;
}

type HeaderRecord = Record<string, string | string[] | undefined>;
/** A Fetch `Headers` (route handlers, next/headers) or the plain object next-auth hands `authorize`. */
type HeaderSource = Pick<Headers, "get"> | HeaderRecord | undefined | null;

const isHeaders = (h: Pick<Headers, "get"> | HeaderRecord): h is Pick<Headers, "get"> => typeof h.get === "function";

function read(headers: HeaderSource, name: string): string | null {
  if (!headers) return null;
  if (isHeaders(headers)) return headers.get(name);
  const value = headers[name] ?? headers[Object.keys(headers).find((k) => k.toLowerCase() === name) ?? ""];
  return Array.isArray(value) ? value.join(",") : (value ?? null);
}

export function clientAddress(headers: HeaderSource, env?: Env): string {
  const name = clientAddressHeader(env);
  const value = read(headers, name);
  if (!value) return UNKNOWN_ADDRESS;
  const entries = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  const chosen = name === "x-forwarded-for" ? entries.at(-1) : entries[0];
  return chosen ? normalize(chosen) : UNKNOWN_ADDRESS;
}
