// Configuration by environment (SPEC §9), every setting parsed in this one schema. `npm start` parses it all
// first and stops with one line per wrong value; the app's modules read single settings through `setting`.
// This is the one module that reads process.env (tests/unit/config-reads.test.ts keeps it so, with its
// allow-list of the few framework and child-process reads elsewhere).
import path from "node:path";
import { z } from "zod";
import { passwordProblem } from "@/lib/auth/password-policy";
import { translatorFor } from "@/lib/i18n/catalogue";

// An empty variable counts as unset (`DATABASE_URL=` in a shell or a compose file means "none").
const unset = (value: unknown) => (typeof value === "string" && value.trim() === "" ? undefined : value);
const optional = <T extends z.ZodType>(schema: T) => z.preprocess(unset, schema.optional());

// A whole number from min to max, one message for every way a value can miss ("must be a port number from 1 to …").
const wholeNumber = (min: number, max: number, fallback: number, what = "a whole number") => {
  const message = `must be ${what} from ${min} to ${max}`;
  return z.preprocess(unset, z.coerce.number({ error: message }).int(message).min(min, message).max(max, message).default(fallback));
};
const port = (fallback: number) => wholeNumber(1, 65535, fallback, "a port number");

const flag = (fallback?: boolean) =>
  z
    .preprocess(
      (value) => (typeof unset(value) === "string" ? String(value).trim().toLowerCase() : undefined),
      z.enum(["true", "false"], { error: "must be true or false" }).optional(),
    )
    .transform((value) => (value === undefined ? fallback : value === "true"));

const english = translatorFor("en");

function parseUrl(value: string): URL | null {
  try {
    return new URL(value);
  } catch {
    return null;
  }
}

export const settingsSchema = z.object({
  PORT: port(3000),
  DATABASE_URL: optional(
    z
      .string()
      .refine(
        (value) => /^postgres(ql)?:$/.test(parseUrl(value)?.protocol ?? ""),
        "must be a postgresql://user:password@host:port/database URL",
      ),
  ),
  DATA_DIR: z.preprocess(unset, z.string().default(".data")).transform((value) => path.resolve(value)),
  EMBEDDED_PG_PORT: port(54329),
  ADMIN_USERNAME: optional(
    z
      .string()
      .trim()
      .max(60, "must be at most 60 characters")
      .regex(/^[\w.@-]+$/, "may contain only letters, digits and . _ @ -"),
  ),
  ADMIN_PASSWORD: optional(z.string()),
  DEMO_SEED: flag(),
  AUTH_SECRET: optional(z.string().min(32, "must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)")),
  DB_POOL_SIZE: wholeNumber(1, 1000, 10),
  // How many page views, API reads and exports one instance renders at once; the others wait their turn, first
  // come first served (scripts/serve.mjs, lib/server/admission-gate.mjs). 0: no limit, as plain `next start`.
  RENDER_CONCURRENCY: wholeNumber(0, 1000, 8),
  // false behind a pooler that cannot keep named statements (PgBouncer in transaction mode before 1.21), or to
  // rule out a prepared statement's generic plan when a query turns slow (lib/db-statements.ts).
  DB_PREPARED_STATEMENTS: flag(true),
  JOBS_WORKER: flag(true),
  // false only for throwaway databases (the e2e servers): the embedded PostgreSQL then skips disk flushes.
  EMBEDDED_PG_DURABLE: flag(true),
  // next-auth's own name for AUTH_SECRET, honoured only when AUTH_SECRET is unset (npm start sets both for Next).
  NEXTAUTH_SECRET: optional(z.string()),
  // Any value: the migration engine's log lines on stderr (lib/migrations/schema-engine.ts), for debugging.
  MIGRATE_DEBUG: optional(z.string()),
  // The header that carries the client's address (lib/auth/client-address.ts reads it per request).
  CLIENT_IP_HEADER: optional(
    z
      .string()
      .trim()
      .toLowerCase()
      .regex(/^[a-z0-9-]{1,64}$/, "must be a header name such as x-forwarded-for or x-real-ip"),
  ),
  // The CJK font the archived letter's PDF is set in: a .ttf/.otf path, or a collection (.ttc) as
  // "path#PostScriptName". Unset: the first of the usual system fonts found (lib/letter/font.ts).
  LETTER_FONT: optional(z.string().trim().min(1)),
  // The largest attachment accepted, in megabytes (lib/attachments/): a bigger upload is refused with 413.
  ATTACHMENT_MAX_MB: wholeNumber(1, 1024, 20, "a whole number of megabytes"),
  PUBLIC_URL: optional(
    z
      .string()
      .refine((value) => {
        const url = parseUrl(value);
        return !!url && /^https?:$/.test(url.protocol) && url.pathname === "/" && !url.search && !url.hash;
      }, "must be the address users open, like https://jianyi.example.gov.cn (no path)")
      .transform((value) => new URL(value).origin),
  ),
  // E-mail notices (lib/notifications/outbox/email.ts): SMTP_URL, or SMTP_HOST with the rest; unset: no e-mail.
  SMTP_URL: optional(z.string().refine((value) => /^smtps?:$/.test(parseUrl(value)?.protocol ?? ""), "must be an smtp:// or smtps:// URL")),
  SMTP_HOST: optional(z.string().trim().min(1)),
  SMTP_PORT: port(587),
  SMTP_USER: optional(z.string()),
  SMTP_PASSWORD: optional(z.string()),
  SMTP_FROM: optional(z.email("must be an e-mail address such as jianyi@example.gov.cn")),
  // Webhook notices (an SMS or 政务微信 gateway): JSON POSTs to WEBHOOK_URL signed with WEBHOOK_SECRET.
  WEBHOOK_URL: optional(
    z.string().refine((value) => /^https?:$/.test(parseUrl(value)?.protocol ?? ""), "must be an http:// or https:// URL"),
  ),
  WEBHOOK_SECRET: optional(z.string().min(16, "must be at least 16 characters")),
});

export type Settings = z.infer<typeof settingsSchema>;
export type Config = Settings & {
  /** No DATABASE_URL: the embedded PostgreSQL under DATA_DIR. */
  embedded: boolean;
  /** Demo data on an empty database: the embedded default, or DEMO_SEED=true said outright. */
  demoSeed: boolean;
  /** Served over HTTPS (PUBLIC_URL https://…): Secure cookies and HSTS. */
  https: boolean;
};

// The rules between settings: checked after every single value is well-formed.
const configSchema = settingsSchema
  .superRefine((s, ctx) => {
    const problem = (pathName: keyof Settings, message: string) => ctx.addIssue({ code: "custom", path: [pathName], message });
    if (s.DATABASE_URL && !s.AUTH_SECRET) {
      problem("AUTH_SECRET", "is required with DATABASE_URL, the same on every instance (e.g. the output of `openssl rand -base64 32`)");
    }
    if (s.ADMIN_PASSWORD !== undefined && !s.ADMIN_USERNAME) problem("ADMIN_USERNAME", "is required with ADMIN_PASSWORD");
    if (s.ADMIN_USERNAME && s.ADMIN_PASSWORD === undefined) problem("ADMIN_PASSWORD", "is required with ADMIN_USERNAME");
    if (s.ADMIN_PASSWORD !== undefined) {
      const key = passwordProblem(s.ADMIN_PASSWORD, { username: s.ADMIN_USERNAME });
      if (key) problem("ADMIN_PASSWORD", `is refused by the password policy: ${english(key)}`);
    }
    if ((s.SMTP_URL || s.SMTP_HOST) && !s.SMTP_FROM) problem("SMTP_FROM", "is required with SMTP_URL or SMTP_HOST");
    if (s.WEBHOOK_URL && !s.WEBHOOK_SECRET) problem("WEBHOOK_SECRET", "is required with WEBHOOK_URL");
    if (!s.DATABASE_URL && s.PORT === s.EMBEDDED_PG_PORT) problem("EMBEDDED_PG_PORT", "must differ from PORT");
  })
  .transform((s): Config => ({
    ...s,
    embedded: !s.DATABASE_URL,
    demoSeed: s.DATABASE_URL ? s.DEMO_SEED === true : s.DEMO_SEED !== false,
    https: s.PUBLIC_URL?.startsWith("https:") ?? false,
  }));

/** A wrong setting: `message` is one line per problem, each naming the variable. */
export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(problems.join("\n"));
    this.name = "ConfigError";
  }
}

// Values that may hold a password are never echoed.
const secret = new Set(["DATABASE_URL", "ADMIN_PASSWORD", "AUTH_SECRET", "SMTP_URL", "SMTP_PASSWORD", "WEBHOOK_SECRET"]);

function describe(error: z.ZodError, env: Record<string, string | undefined>): string[] {
  return error.issues.map((issue) => {
    const name = String(issue.path[0] ?? "configuration");
    const value = env[name];
    const shown = value !== undefined && value.trim() !== "" && !secret.has(name) ? ` (got "${value}")` : "";
    return `${name} ${issue.message}${shown}`;
  });
}

export type Env = Record<string, string | undefined>;

/**
 * PUBLIC_URL says https, read as next.config.js reads it (that file cannot import this one), so the build's
 * HSTS header and the build fingerprint (lib/server/build-fingerprint.ts) always agree.
 */
export function publicUrlIsHttps(env: Env = process.env): boolean {
  return /^https:\/\//i.test((env.PUBLIC_URL ?? "").trim());
}

export function parseConfig(env: Env = process.env): Config {
  const result = configSchema.safeParse(env);
  if (!result.success) throw new ConfigError(describe(result.error, env));
  return result.data;
}

/** One setting, parsed alone, so a module never fails for a setting it does not use. */
export function setting<K extends keyof Settings>(name: K, env: Env = process.env): Settings[K] {
  const result = settingsSchema.shape[name].safeParse(env[name]);
  if (!result.success) throw new ConfigError(describe(new z.ZodError(result.error.issues.map((i) => ({ ...i, path: [name] }))), env));
  return result.data as Settings[K];
}
