// next-auth's sign-in, sign-out and session endpoints. next-auth reads a POST body whole, so the body is
// first read here with a small cap (a sign-in form is a few hundred bytes): beyond it 413, and next-auth
// gets a fresh request carrying only the bytes already read.
import NextAuth from "next-auth";
import { NextRequest } from "next/server";
import { BODY_LIMITS, readBytes } from "@/lib/api/body";
import { toErrorResponse } from "@/lib/api/errors";
import { authOptions } from "@/lib/auth/options";

type Context = { params: Promise<{ nextauth: string[] }> };
const handler = NextAuth(authOptions) as (request: NextRequest, context: Context) => Promise<Response>;

async function POST(request: NextRequest, context: Context): Promise<Response> {
  let body: Uint8Array<ArrayBuffer>;
  try {
    body = await readBytes(request, BODY_LIMITS.auth);
  } catch (error) {
    return toErrorResponse(error);
  }
  const headers = new Headers(request.headers);
  headers.delete("content-length"); // the new body sets its own
  const copy = new NextRequest(request.url, { method: "POST", headers, body: body.byteLength ? body : null });
  return handler(copy, context);
}

export { handler as GET, POST };
