// What `npm start` writes into a production database (DATABASE_URL): no demo, the first admin from
// ADMIN_USERNAME/ADMIN_PASSWORD under the password policy, and no password in its output.
import { describe, expect, it } from "vitest";
import { verifyPassword } from "@/lib/auth/password";
import { db } from "@/lib/db";
import { bootstrapData, NO_ADMIN_MESSAGE } from "@/lib/server/bootstrap";
import { ConfigError, parseConfig } from "@/lib/server/config";
import { StartError } from "@/lib/server/start-error";

const STRONG = "青山-Kq7!vR2#pLm9";
const production = (extra: Record<string, string> = {}) =>
  parseConfig({ DATABASE_URL: process.env.DATABASE_URL, AUTH_SECRET: "a".repeat(43), DATA_DIR: "/nonexistent-data-dir", ...extra });

function capture() {
  const lines: string[] = [];
  return { lines, log: (line: string) => void lines.push(line) };
}

describe("a start on DATABASE_URL", { timeout: 60_000 }, () => {
  it("refuses to go on without ADMIN_USERNAME/ADMIN_PASSWORD while no admin exists, and creates nothing", async () => {
    const { log } = capture();
    const config = production();
    expect(config.demoSeed).toBe(false);
    const error = await bootstrapData(config, log).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(StartError);
    expect((error as StartError).message).toBe(NO_ADMIN_MESSAGE);
    expect(await db.user.count()).toBe(0);
  });

  it("refuses a weak ADMIN_PASSWORD before anything is written", async () => {
    for (const weak of ["demo1234", "1", "password1234", "woaini1314520"]) {
      expect(() => production({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: weak }), weak).toThrow(ConfigError);
      expect(() => production({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: weak })).toThrow(
        /^ADMIN_PASSWORD is refused by the password policy/,
      );
    }
    expect(await db.user.count()).toBe(0);
  });

  it("creates only the admin from the settings: no demo users, units or sessions, and prints no password", async () => {
    const { lines, log } = capture();
    const output: string[] = [];
    const original = console.log;
    console.log = (...args: unknown[]) => void output.push(args.join(" "));
    try {
      await bootstrapData(production({ ADMIN_USERNAME: "chief", ADMIN_PASSWORD: STRONG }), log);
    } finally {
      console.log = original;
    }
    const users = await db.user.findMany();
    expect(users.map((u) => [u.username, u.role])).toEqual([["chief", "ADMIN"]]);
    expect(await verifyPassword(users[0].passwordHash, STRONG)).toBe(true);
    expect(await db.unit.count()).toBe(0);
    expect(await db.session.count()).toBe(0);
    expect(await db.deputy.count()).toBe(0);
    const printed = [...lines, ...output].join("\n");
    expect(printed).not.toContain(STRONG);
    expect(printed).not.toContain("demo1234");
  });

  it("leaves an existing admin alone on later starts, with or without the settings", async () => {
    await bootstrapData(production({ ADMIN_USERNAME: "another", ADMIN_PASSWORD: "完全不同的-Passphrase-99" }), () => {});
    await bootstrapData(production(), () => {});
    expect((await db.user.findMany()).map((u) => u.username)).toEqual(["chief"]);
  });

  it("seeds the demo on DATABASE_URL only with DEMO_SEED=true said outright", () => {
    expect(production().demoSeed).toBe(false);
    expect(production({ DEMO_SEED: "false" }).demoSeed).toBe(false);
    expect(production({ DEMO_SEED: "true" }).demoSeed).toBe(true);
    expect(parseConfig({}).demoSeed).toBe(true);
  });
});
