import { describe, expect, it } from "vitest";
import { ConfigError, parseConfig, setting } from "@/lib/server/config";

const SECRET = "s".repeat(40);
const STRONG = "Kq7!vR2#pLm9xW";
const DB = "postgresql://app:pw@db.internal:5432/jianyi";

function problems(env: Record<string, string | undefined>): string[] {
  try {
    parseConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).problems;
  }
  return [];
}

describe("the settings schema", () => {
  it("gives the embedded demo with nothing set", () => {
    const config = parseConfig({});
    expect(config).toMatchObject({
      PORT: 3000,
      EMBEDDED_PG_PORT: 54329,
      DB_POOL_SIZE: 10,
      JOBS_WORKER: true,
      embedded: true,
      demoSeed: true,
      https: false,
    });
    expect(config.DATA_DIR).toMatch(/\.data$/);
  });

  it("treats empty variables as unset", () => {
    expect(parseConfig({ DATABASE_URL: "", PORT: " ", DEMO_SEED: "" })).toMatchObject({ embedded: true, PORT: 3000, demoSeed: true });
  });

  it.each([
    [{ PORT: "abc" }, 'PORT must be a port number from 1 to 65535 (got "abc")'],
    [{ PORT: "70000" }, 'PORT must be a port number from 1 to 65535 (got "70000")'],
    [{ EMBEDDED_PG_PORT: "5.5" }, 'EMBEDDED_PG_PORT must be a port number from 1 to 65535 (got "5.5")'],
    [{ DB_POOL_SIZE: "0" }, 'DB_POOL_SIZE must be a whole number from 1 to 1000 (got "0")'],
    [{ DB_POOL_SIZE: "many" }, 'DB_POOL_SIZE must be a whole number from 1 to 1000 (got "many")'],
    [{ JOBS_WORKER: "off" }, 'JOBS_WORKER must be true or false (got "off")'],
    [{ CLIENT_IP_HEADER: "X Real IP" }, 'CLIENT_IP_HEADER must be a header name such as x-forwarded-for or x-real-ip (got "X Real IP")'],
    [{ DEMO_SEED: "yes" }, 'DEMO_SEED must be true or false (got "yes")'],
    [
      { PUBLIC_URL: "jianyi.example.gov.cn" },
      'PUBLIC_URL must be the address users open, like https://jianyi.example.gov.cn (no path) (got "jianyi.example.gov.cn")',
    ],
    [
      { PUBLIC_URL: "https://example.gov.cn/app" },
      'PUBLIC_URL must be the address users open, like https://jianyi.example.gov.cn (no path) (got "https://example.gov.cn/app")',
    ],
    [
      { ADMIN_USERNAME: "chief admin", ADMIN_PASSWORD: STRONG },
      'ADMIN_USERNAME may contain only letters, digits and . _ @ - (got "chief admin")',
    ],
    [{ AUTH_SECRET: "short" }, "AUTH_SECRET must be at least 32 characters (e.g. the output of `openssl rand -base64 32`)"],
    [{ DATABASE_URL: "mysql://u:p@h/db", AUTH_SECRET: SECRET }, "DATABASE_URL must be a postgresql://user:password@host:port/database URL"],
    [{ PORT: "54329" }, "EMBEDDED_PG_PORT must differ from PORT"],
  ])("%j is refused with one line naming the variable", (env, message) => {
    expect(problems(env)).toEqual([message]);
  });

  it("never echoes a value that may hold a password", () => {
    const [line] = problems({ DATABASE_URL: "mysql://user:hunter2secret@h/db", AUTH_SECRET: SECRET });
    expect(line).not.toContain("hunter2secret");
  });

  it("requires AUTH_SECRET with DATABASE_URL", () => {
    expect(problems({ DATABASE_URL: DB })).toEqual([
      "AUTH_SECRET is required with DATABASE_URL, the same on every instance (e.g. the output of `openssl rand -base64 32`)",
    ]);
    expect(parseConfig({ DATABASE_URL: DB, AUTH_SECRET: SECRET })).toMatchObject({ embedded: false, AUTH_SECRET: SECRET });
  });

  it("seeds the demo with DATABASE_URL only when DEMO_SEED=true is said outright", () => {
    expect(parseConfig({ DATABASE_URL: DB, AUTH_SECRET: SECRET }).demoSeed).toBe(false);
    expect(parseConfig({ DATABASE_URL: DB, AUTH_SECRET: SECRET, DEMO_SEED: "TRUE" }).demoSeed).toBe(true);
    expect(parseConfig({ DEMO_SEED: "false" }).demoSeed).toBe(false);
  });

  it("puts ADMIN_PASSWORD through the password policy and never echoes it", () => {
    expect(problems({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: "demo1234" })).toEqual([
      "ADMIN_PASSWORD is refused by the password policy: This is the demo password, known to everyone; choose another",
    ]);
    expect(problems({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: "x" })).toEqual([
      "ADMIN_PASSWORD is refused by the password policy: The password must have at least 12 characters",
    ]);
    expect(problems({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: "woaini1314520" })[0]).toMatch(/^ADMIN_PASSWORD is refused .*most common/);
    expect(problems({ ADMIN_USERNAME: "chiefofficer", ADMIN_PASSWORD: "chiefofficer2024" })[0]).toMatch(/^ADMIN_PASSWORD .*username/);
    expect(problems({ ADMIN_PASSWORD: STRONG })).toEqual(["ADMIN_USERNAME is required with ADMIN_PASSWORD"]);
    expect(problems({ ADMIN_USERNAME: "chief" })).toEqual(["ADMIN_PASSWORD is required with ADMIN_USERNAME"]);
    expect(parseConfig({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: STRONG }).ADMIN_PASSWORD).toBe(STRONG);
  });

  it("lists every wrong value, one line each", () => {
    expect(problems({ PORT: "x", JOBS_WORKER: "1", DB_POOL_SIZE: "-1" })).toHaveLength(3);
  });

  it("turns on HTTPS (Secure cookies, HSTS) for an https PUBLIC_URL only", () => {
    expect(parseConfig({ PUBLIC_URL: "https://jianyi.example.gov.cn/" })).toMatchObject({
      https: true,
      PUBLIC_URL: "https://jianyi.example.gov.cn",
    });
    expect(parseConfig({ PUBLIC_URL: "http://10.0.0.5:3000" }).https).toBe(false);
  });

  it("reads one setting alone", () => {
    expect(setting("DB_POOL_SIZE", { DB_POOL_SIZE: "25", PORT: "wrong" })).toBe(25);
    expect(setting("JOBS_WORKER", { JOBS_WORKER: "false" })).toBe(false);
    expect(() => setting("DB_POOL_SIZE", { DB_POOL_SIZE: "lots" })).toThrow(
      'DB_POOL_SIZE must be a whole number from 1 to 1000 (got "lots")',
    );
  });
});
