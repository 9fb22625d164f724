// Every request gets a request id (kept from a load balancer's x-request-id when harmless), passed on to the
// app and sent back in the answer, so a user's report matches the JSON log line of an error.
// While the database is down (lib/server/db-state.ts), page requests are answered with the plain
// "temporarily unavailable" page and HTTP 503 — a page cannot set its own status in Next. API routes answer
// their own 503 JSON; server actions (POST) answer their form with the message and keep what was typed.
import { NextResponse, type NextRequest } from "next/server";
import { LOCALE_COOKIE, toLocale } from "@/lib/i18n/config";
import { databaseState } from "@/lib/server/db-state";
import { REQUEST_ID_HEADER, requestIdOf } from "@/lib/server/log";
import { unavailablePage } from "@/lib/server/unavailable-page";

export function proxy(request: NextRequest) {
  const requestId = requestIdOf(request);
  const isPage = (request.method === "GET" || request.method === "HEAD") && !request.nextUrl.pathname.startsWith("/api/");
  if (isPage && databaseState().down) {
    return unavailablePage(toLocale(request.cookies.get(LOCALE_COOKIE)?.value), requestId);
  }
  const headers = new Headers(request.headers);
  headers.set(REQUEST_ID_HEADER, requestId);
  const response = NextResponse.next({ request: { headers } });
  response.headers.set(REQUEST_ID_HEADER, requestId);
  return response;
}

export const config = {
  // Not for static files (they need neither an id nor the database; public/ is served as it is, also while the
  // database is down). Not for the API and the import upload
  // either: with a proxy Next buffers every request body and silently truncates it past
  // `proxyClientMaxBodySize`, which would cut a 20 MB upload short; those route handlers read their bodies as
  // capped streams and set their own request ids (lib/api/handler.ts).
  matcher: ["/((?!api/|office/import/upload|attachments/upload|_next/static|_next/image|favicon.ico|icon.svg|robots.txt).*)"],
};
