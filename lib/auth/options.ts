import type { NextAuthOptions } from "next-auth";
import CredentialsProvider from "next-auth/providers/credentials";
import { z } from "zod";
import { DomainError } from "@/lib/errors";
import { setting } from "@/lib/server/config";
import { verifyCredentials } from "./credentials";
import type { Actor } from "./user";

const credentialsSchema = z.object({ username: z.string().trim().min(1).max(100), password: z.string().min(1).max(200) });

export const SESSION_MAX_AGE_SECONDS = 8 * 60 * 60; // one working day

export const authOptions: NextAuthOptions = {
  // Read per request (getters): `next build` loads this module without the start's settings.
  get secret() {
    return setting("AUTH_SECRET") ?? process.env.NEXTAUTH_SECRET;
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
        const forwarded = request?.headers?.["x-forwarded-for"];
        const ip = typeof forwarded === "string" ? forwarded.split(",")[0].trim() : null;
        try {
          const actor = await verifyCredentials(parsed.data.username, parsed.data.password, ip);
          return { id: actor.id, name: actor.name };
        } catch (error) {
          // The message key reaches the sign-in form, which translates it.
          if (error instanceof DomainError) throw new Error(error.messageKey);
          throw error;
        }
      },
    }),
  ],
  callbacks: {
    async jwt({ token, user }) {
      if (user) token.sub = user.id;
      return token;
    },
    async session({ session, token }) {
      (session as { userId?: string }).userId = token.sub;
      return session;
    },
  },
};

export type { Actor };
