// Issue 12: the app's statements are prepared once per pool connection (lib/db-statements.ts) and then only
// bound and executed; a failing statement leaves the connection and the statement usable.
import { describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { statementNames } from "@/lib/db-statements";
import { Prisma } from "@/lib/generated/prisma/client";

describe("prepared statements", () => {
  it("are prepared once per connection and reused with other values", async () => {
    const prepared = await db.$transaction(async (tx) => {
      await tx.user.findFirst({ where: { username: "nobody-one" }, select: { id: true } });
      await tx.user.findFirst({ where: { username: "nobody-two" }, select: { id: true } });
      return tx.$queryRaw<{ statement: string; calls: bigint }[]>`
        SELECT statement, generic_plans + custom_plans AS calls FROM pg_prepared_statements
        WHERE statement LIKE '%"username" = $1%' AND statement NOT LIKE '%pg_prepared_statements%'`;
    });
    expect(prepared).toHaveLength(1);
    expect(Number(prepared[0]!.calls)).toBe(2);
  });

  it("survive a statement that fails: the same statement works next time, on the same connection", async () => {
    const username = `prepared-${Date.now()}`;
    const create = (tx: Prisma.TransactionClient, name: string) =>
      tx.user.create({ data: { username: name, name, role: "OFFICE", passwordHash: "x" }, select: { id: true } });
    await db.user.create({ data: { username, name: username, role: "OFFICE", passwordHash: "x" } });
    const error = await db.$transaction((tx) => create(tx, username)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(Prisma.PrismaClientKnownRequestError);
    expect((error as Prisma.PrismaClientKnownRequestError).code).toBe("P2002");
    const created = await db.$transaction((tx) => create(tx, `${username}-b`));
    expect(created.id).toBeTruthy();
  });

  it("are named by their text, up to a limit of distinct texts; later texts run unnamed", () => {
    const full: number[] = [];
    const nameOf = statementNames((limit) => full.push(limit), 2);
    const first = nameOf({ sql: "SELECT 1" });
    expect(first).toMatch(/^s_/);
    expect(nameOf({ sql: "SELECT 1" })).toBe(first);
    expect(full).toEqual([]);
    expect(nameOf({ sql: "SELECT 2" })).not.toBe(first);
    expect(nameOf({ sql: "SELECT 3" })).toBe("");
    expect(nameOf({ sql: "SELECT 4" })).toBe("");
    expect(nameOf({ sql: "SELECT 1" })).toBe(first);
    expect(full).toEqual([2]); // said once, when the limit was reached
  });
});
