import "server-only";
// After its owner changes a password the session version goes up, which ends every session — this one too.
// The browser that made the change gets its session cookie re-issued with the new version, so only the
// OTHER sessions end. The cookie keeps the name next-auth gave it (with or without "__Secure-").
import { cookies } from "next/headers";
import { decode, encode } from "next-auth/jwt";
import { authOptions, SESSION_MAX_AGE_SECONDS } from "./options";

const NAMES = ["__Secure-next-auth.session-token", "next-auth.session-token"];

export async function reissueSessionCookie(sessionVersion: number): Promise<void> {
  const jar = await cookies();
  const name = NAMES.find((n) => jar.has(n));
  const secret = authOptions.secret;
  if (!name || !secret) return;
  const token = await decode({ token: jar.get(name)?.value, secret });
  if (!token) return;
  const value = await encode({ token: { ...token, sv: sessionVersion }, secret, maxAge: SESSION_MAX_AGE_SECONDS });
  jar.set(name, value, {
    httpOnly: true,
    sameSite: "lax",
    path: "/",
    secure: name.startsWith("__Secure-"),
    maxAge: SESSION_MAX_AGE_SECONDS,
  });
}
