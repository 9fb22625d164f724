// Two instances on one DATABASE_URL with one AUTH_SECRET accept each other's sign-ins (each has its own
// DATA_DIR, as behind a load balancer); PUBLIC_URL=https://… gives Secure `__Secure-`/`__Host-` cookies and HSTS.
import { mkdtemp, readdir, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import os from "node:os";
import path from "node:path";
import type { NextConfig } from "next";
import type { NextAuthOptions } from "next-auth";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { authOptions } from "@/lib/auth/options";
import { hashPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { resolveAuthSecret } from "@/lib/server/auth-secret";
import { parseConfig } from "@/lib/server/config";

// next-auth's core handler (what its route handler calls once Next has read the request), not in its exports.
type Internal = { status?: number; body?: unknown; cookies?: unknown[] };
const require = createRequire(import.meta.url);
const { AuthHandler } = require(path.join(path.dirname(require.resolve("next-auth")), "core/index.js")) as {
  AuthHandler: (params: { req: Request; options: NextAuthOptions }) => Promise<Internal>;
};

const PASSWORD = "Kq7!vR2#pLm9xW-会话";
const SHARED = "c".repeat(44);
const original = { AUTH_SECRET: process.env.AUTH_SECRET, PUBLIC_URL: process.env.PUBLIC_URL };
const dirs: string[] = [];

beforeAll(async () => {
  await db.user.create({ data: { username: "office-a", passwordHash: await hashPassword(PASSWORD), name: "办公厅甲", role: "OFFICE" } });
});
afterEach(() => {
  process.env.AUTH_SECRET = original.AUTH_SECRET;
  if (original.PUBLIC_URL === undefined) delete process.env.PUBLIC_URL;
  else process.env.PUBLIC_URL = original.PUBLIC_URL;
});
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

/** One app instance as `npm start` would make it: its own DATA_DIR, the settings, the secret it resolves. */
async function instance(env: Record<string, string>) {
  const dataDir = await mkdtemp(path.join(os.tmpdir(), "jianyi-instance-"));
  dirs.push(dataDir);
  const config = parseConfig({ DATABASE_URL: process.env.DATABASE_URL, DATA_DIR: dataDir, ...env });
  const secret = await resolveAuthSecret(config);
  // The Next server of that instance sees the secret through its environment (scripts/start.ts).
  const handle = (request: Request) => {
    process.env.AUTH_SECRET = secret;
    return AuthHandler({ req: request, options: authOptions });
  };
  return { dataDir, handle };
}

type Handle = Awaited<ReturnType<typeof instance>>["handle"];
type Cookie = { name: string; value: string; options: { secure?: boolean } };
const cookieHeader = (cookies: Cookie[]) => cookies.map((c) => `${c.name}=${c.value}`).join("; ");

async function signIn(handle: Handle, base = "http://localhost:3000") {
  const csrf = await handle(new Request(`${base}/api/auth/csrf`));
  const csrfCookies = (csrf.cookies ?? []) as Cookie[];
  const { csrfToken } = csrf.body as { csrfToken: string };
  const response = await handle(
    new Request(`${base}/api/auth/callback/credentials`, {
      method: "POST",
      headers: { "content-type": "application/json", cookie: cookieHeader(csrfCookies) },
      body: JSON.stringify({ csrfToken, username: "office-a", password: PASSWORD, json: "true" }),
    }),
  );
  return { csrfCookies, cookies: (response.cookies ?? []) as Cookie[] };
}

async function sessionOf(handle: Handle, cookies: Cookie[]) {
  const response = await handle(new Request("http://localhost:3000/api/auth/session", { headers: { cookie: cookieHeader(cookies) } }));
  return response.body as { userId?: string };
}

describe("instances sharing AUTH_SECRET", () => {
  it("accept each other's sign-ins and keep no secret of their own", async () => {
    const a = await instance({ AUTH_SECRET: SHARED });
    const b = await instance({ AUTH_SECRET: SHARED });
    const { cookies } = await signIn(a.handle);
    const session = cookies.find((c) => c.name === "next-auth.session-token");
    expect(session?.value).toBeTruthy();
    const user = await db.user.findUniqueOrThrow({ where: { username: "office-a" } });
    expect((await sessionOf(b.handle, cookies)).userId).toBe(user.id);
    expect(await readdir(a.dataDir)).toEqual([]);
    expect(await readdir(b.dataDir)).toEqual([]);
  });

  it("would not, each with a secret generated in its own DATA_DIR (why DATABASE_URL requires AUTH_SECRET)", async () => {
    const a = await instance({ DATABASE_URL: "", AUTH_SECRET: "" });
    const b = await instance({ DATABASE_URL: "", AUTH_SECRET: "" });
    const { cookies } = await signIn(a.handle);
    expect((await sessionOf(a.handle, cookies)).userId).toBeTruthy();
    expect((await sessionOf(b.handle, cookies)).userId).toBeUndefined();
  });
});

describe("PUBLIC_URL=https://…", () => {
  it("makes the session and CSRF cookies Secure with the __Secure-/__Host- prefixes", async () => {
    process.env.PUBLIC_URL = "https://jianyi.example.gov.cn";
    const a = await instance({ AUTH_SECRET: SHARED, PUBLIC_URL: "https://jianyi.example.gov.cn" });
    const { csrfCookies, cookies } = await signIn(a.handle, "https://jianyi.example.gov.cn");
    expect(csrfCookies.map((c) => [c.name, c.options.secure])).toContainEqual(["__Host-next-auth.csrf-token", true]);
    expect(cookies.map((c) => [c.name, c.options.secure])).toContainEqual(["__Secure-next-auth.session-token", true]);
  });

  it("is plain without it", async () => {
    delete process.env.PUBLIC_URL;
    const a = await instance({ AUTH_SECRET: SHARED });
    const { cookies } = await signIn(a.handle);
    expect(cookies.map((c) => [c.name, c.options.secure])).toContainEqual(["next-auth.session-token", false]);
  });

  it("adds Strict-Transport-Security to every response's headers", async () => {
    // next.config.js is plain JavaScript: typed here by what Next reads from it.
    const configPath: string = "../../next.config.js";
    const { default: nextConfig } = (await import(configPath)) as { default: NextConfig };
    const headersNow = async () => (await nextConfig.headers!())[0].headers.map((h) => h.key);
    delete process.env.PUBLIC_URL;
    expect(await headersNow()).not.toContain("Strict-Transport-Security");
    process.env.PUBLIC_URL = "https://jianyi.example.gov.cn";
    expect(await headersNow()).toContain("Strict-Transport-Security");
  });
});
