import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { setting } from "@/lib/server/config";
import { clientAddress } from "./client-address";
import { ThrottledError, verifyCredentials } from "./credentials";
import { safeRedirectUrl } from "./redirect";
import type { Actor } from "./user";

const credentialsSchema = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

/** What authorize hands the jwt callback: the session version is kept in the JWT (lib/auth/current.ts). */
interface SignedInUser {
  id: string;
  name: string;
  sessionVersion: number;
}

/** The sign-in form reads a refusal as "<message key>" or "errors.throttled:<seconds>" (a thrown Error's text). */
export const throttledSignal = (seconds: number) => `errors.throttled:${seconds}`;

export const authOptions: NextAuthOptions = {
  // Read per request (getters): `next build` loads this module without the start's settings.
  get secret() {
    return setting("AUTH_SECRET") ?? setting("NEXTAUTH_SECRET");
  },
  // next-auth assigns `secret ??= NEXTAUTH_SECRET ?? AUTH_SECRET` when it finds none: the getter already says so.
  set secret(_fallback) {},
  // PUBLIC_URL https://…: `__Secure-` cookies, sent only over HTTPS.
  get useSecureCookies() {
    return setting("PUBLIC_URL")?.startsWith("https:") ?? false;
  },
  session: { strategy: "jwt", maxAge: SESSION_MAX_AGE_SECONDS },
  pages: { signIn: "/login" },
  providers: [
    CredentialsProvider({
      name: "credentials",
      credentials: { username: { type: "text" }, password: { type: "password" } },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new Error("errors.badCredentials");
        const address = clientAddress(request?.headers);
        try {
          const signedIn = await verifyCredentials(parsed.data.username, parsed.data.password, address, "form");
          const user: SignedInUser = { id: signedIn.id, name: signedIn.name, sessionVersion: signedIn.sessionVersion };
          return user;
        } catch (error) {
          // The message key reaches the sign-in form, which translates it.
          if (error instanceof ThrottledError) throw new Error(throttledSignal(error.retryAfterSeconds));
          if (error instanceof DomainError) throw new Error(error.messageKey);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) {
        token.sub = user.id;
        token.sv = (user as Partial<SignedInUser>).sessionVersion ?? 0;
      }
      return token;
    },
    async session({ session, token }) {
      Object.assign(session, { userId: token.sub, sv: typeof token.sv === "number" ? token.sv : 0 });
      return session;
    },
    // next-auth's own default lets "/\example.com" through as a path; only same-origin paths leave here.
    async redirect({ url, baseUrl }) {
      return safeRedirectUrl(url, baseUrl);
    },
  },
};

export type { Actor };
