// Where a sign-in may send the user afterwards: a path on this site and nothing else. The candidate is parsed
// with URL against the site's origin, as a browser would, so "/\example.com", "/\t/example.com" and
// "https:example.com" are seen for what they are; the answer is rebuilt from the parsed path, never the
// raw text, and a path that would itself read as protocol-relative ("//…") is refused.
const PLACEHOLDER_ORIGIN = "http://site.invalid";

export function safeRedirectPath(candidate: unknown, origin: string = PLACEHOLDER_ORIGIN, fallback = "/"): string {
  if (typeof candidate !== "string" || candidate.length === 0 || candidate.length > 2000) return fallback;
  let base: URL;
  let target: URL;
  try {
    base = new URL(origin);
    target = new URL(candidate, base);
  } catch {
    return fallback;
  }
  if (target.origin !== base.origin || target.username || target.password) return fallback;
  // Only relative paths ("/…") or absolute URLs of this very origin were asked for.
  const relative = candidate.startsWith("/") && !/^\/[\\/]/.test(candidate);
  if (!relative && !candidate.toLowerCase().startsWith(`${base.origin.toLowerCase()}/`)) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  if (!path.startsWith("/") || path.startsWith("//") || path.startsWith("/\\")) return fallback;
  return path;
}

/** next-auth's `redirect` callback: same-origin URLs only, everything else to the site's root. */
export function safeRedirectUrl(url: string, baseUrl: string): string {
  let origin: string;
  try {
    origin = new URL(baseUrl).origin;
  } catch {
    return "/";
  }
  return `${origin}${safeRedirectPath(url, origin)}`;
}
