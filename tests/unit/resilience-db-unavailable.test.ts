// Which errors mean "the database is away" (503, "temporarily unavailable") — the shapes Prisma 7 on
// @prisma/adapter-pg and pg actually produced when the postmaster was killed — and what a form hears then.
import { describe, expect, it } from "vitest";
import { failure } from "@/lib/actions/result";
import { DomainError } from "@/lib/errors";
import { translatorFor } from "@/lib/i18n/catalogue";
import { markDatabaseUp } from "@/lib/server/db-state";
import { isDatabaseUnavailable } from "@/lib/server/db-unavailable";

const prismaError = (code: string, message: string, cause?: object) =>
  Object.assign(new Error(message), {
    name: "PrismaClientKnownRequestError",
    code,
    meta: cause ? { driverAdapterError: { name: "DriverAdapterError", cause } } : {},
  });

describe("isDatabaseUnavailable", () => {
  it.each([
    ["P1001 can't reach", prismaError("P1001", "Can't reach database server at 127.0.0.1:5432", { kind: "DatabaseNotReachable" })],
    ["raw query, adapter cause", prismaError("P2010", "Raw query failed. Code: `N/A`.", { kind: "DatabaseNotReachable" })],
    [
      "starting up (57P03)",
      prismaError("P2039", "Database error. Code: `57P03`. Message: `the database system is not yet accepting connections`"),
    ],
    ["connection closed", prismaError("P2010", "x", { kind: "ConnectionClosed" })],
    ["pool timeout", prismaError("P2024", "Timed out fetching a new connection from the connection pool")],
    ["pg mid-query", new Error("Connection terminated unexpectedly")],
    ["pg dead client", new Error("Client has encountered a connection error and is not queryable")],
    ["refused socket", Object.assign(new Error("connect ECONNREFUSED 127.0.0.1:5432"), { code: "ECONNREFUSED" })],
    ["admin shutdown", Object.assign(new Error("terminating connection due to administrator command"), { code: "57P01" })],
    ["wrapped", new Error("outer", { cause: Object.assign(new Error("inner"), { code: "ECONNRESET" }) })],
  ])("%s: yes", (_name, error) => expect(isDatabaseUnavailable(error)).toBe(true));

  it.each([
    ["unique violation", prismaError("P2002", "Unique constraint failed", { kind: "UniqueConstraintViolation" })],
    ["a domain error", new DomainError("CONFLICT", "errors.stale")],
    ["a bug", new TypeError("Cannot read properties of undefined")],
    ["not an error", "boom"],
  ])("%s: no", (_name, error) => expect(isDatabaseUnavailable(error)).toBe(false));
});

describe("a server action failing because the database is away", () => {
  it("answers the form a translated 'temporarily unavailable' message (the form keeps its values)", () => {
    const error = new Error("Connection terminated unexpectedly");
    expect(failure(error, translatorFor("zh-CN"))).toEqual({ ok: false, message: expect.stringContaining("暂时无法使用") });
    expect(failure(error, translatorFor("en")).message).toMatch(/Temporarily unavailable/);
    expect(failure(new TypeError("bug"), translatorFor("en")).message).toBe(translatorFor("en")("errors.internal"));
    markDatabaseUp();
  });
});
