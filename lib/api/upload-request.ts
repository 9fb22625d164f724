// What every upload route (the import's, the plan's, attachments') reads off the request before its body.

/** The file's name from the X-File-Name header (URI-encoded by the page); null when absent or malformed. */
export function decodeName(raw: string | null): string | null {
  try {
    return raw === null ? null : decodeURIComponent(raw);
  } catch {
    return null;
  }
}

/** A browser sends Origin on a POST; one from another site is refused (the custom header already forces a preflight). */
export function sameOrigin(request: Request): boolean {
  const origin = request.headers.get("origin");
  if (!origin) return true;
  const host = request.headers.get("x-forwarded-host") ?? request.headers.get("host");
  try {
    return new URL(origin).host === host;
  } catch {
    return false;
  }
}
