// Issue 8 finding 6: after sign-in only same-origin paths. And the client address behind the throttle.
import { describe, expect, it } from "vitest";
import { safeRedirectPath, safeRedirectUrl } from "@/lib/auth/redirect";
import { clientAddress } from "@/lib/auth/client-address";

const ORIGIN = "https://jianyi.example.gov.cn";

describe("safeRedirectPath", () => {
  it.each([
    "/\\example.com",
    "/\\/example.com",
    "//example.com",
    "///example.com",
    "/%5Cexample.com".replace("%5C", "\\"),
    "\\\\example.com",
    "/\t/example.com",
    "/\n/example.com",
    " //example.com",
    "https://example.com",
    "https:example.com",
    "http://example.com/path",
    "javascript:alert(1)",
    "JaVaScRiPt:alert(1)",
    "data:text/html,<script>alert(1)</script>",
    "//jianyi.example.gov.cn@example.com",
    "https://jianyi.example.gov.cn@example.com/",
    "https://user:pw@jianyi.example.gov.cn/inbox",
    "/.//example.com",
    "/./\\example.com",
    "/..//example.com",
    "example.com",
    "",
    "   ",
    "x".repeat(3000),
  ])("refuses %j", (candidate) => {
    expect(safeRedirectPath(candidate, ORIGIN)).toBe("/");
    expect(safeRedirectPath(candidate)).toBe("/");
  });

  it.each([
    ["/", "/"],
    ["/inbox", "/inbox"],
    ["/suggestions?status=PENDING&page=2", "/suggestions?status=PENDING&page=2"],
    ["/suggestions/abc#replies", "/suggestions/abc#replies"],
    ["/%5Cexample.com", "/%5Cexample.com"],
    ["/a/../inbox", "/inbox"],
    ["/建议", "/%E5%BB%BA%E8%AE%AE"],
  ])("keeps the same-site path %j", (candidate, expected) => {
    expect(safeRedirectPath(candidate, ORIGIN)).toBe(expected);
  });

  it("accepts an absolute URL of the site's own origin only", () => {
    expect(safeRedirectPath(`${ORIGIN}/inbox?x=1`, ORIGIN)).toBe("/inbox?x=1");
    expect(safeRedirectPath("https://jianyi.example.gov.cn.evil.com/inbox", ORIGIN)).toBe("/");
    expect(safeRedirectPath("http://jianyi.example.gov.cn/inbox", ORIGIN)).toBe("/");
  });

  it("refuses anything that is not a string", () => {
    for (const value of [undefined, null, 42, ["/inbox"], { href: "/inbox" }]) expect(safeRedirectPath(value, ORIGIN)).toBe("/");
  });
});

describe("next-auth's redirect callback", () => {
  it("keeps same-origin URLs and sends everything else to the site's root", () => {
    expect(safeRedirectUrl("/inbox", ORIGIN)).toBe(`${ORIGIN}/inbox`);
    expect(safeRedirectUrl(`${ORIGIN}/login`, ORIGIN)).toBe(`${ORIGIN}/login`);
    expect(safeRedirectUrl("/\\example.com", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeRedirectUrl("https://example.com/", ORIGIN)).toBe(`${ORIGIN}/`);
    expect(safeRedirectUrl("//example.com", ORIGIN)).toBe(`${ORIGIN}/`);
  });
});

describe("clientAddress", () => {
  const headers = (h: Record<string, string>) => new Headers(h);

  it("takes the right-most X-Forwarded-For entry: the one next start or the nearest proxy wrote", () => {
    expect(clientAddress(headers({ "x-forwarded-for": "1.2.3.4" }), {})).toBe("1.2.3.4");
    expect(clientAddress(headers({ "x-forwarded-for": "6.6.6.6, 10.0.0.7" }), {})).toBe("10.0.0.7");
    expect(clientAddress(headers({ "x-forwarded-for": "::ffff:127.0.0.1" }), {})).toBe("127.0.0.1");
    expect(clientAddress(headers({}), {})).toBe("unknown");
    expect(clientAddress(headers({ "x-forwarded-for": "<script>" }), {})).toBe("unknown");
  });

  it("reads the header CLIENT_IP_HEADER names, from a Headers object or next-auth's plain object", () => {
    const env = { CLIENT_IP_HEADER: "X-Real-IP" };
    expect(clientAddress(headers({ "x-real-ip": "203.0.113.9", "x-forwarded-for": "6.6.6.6" }), env)).toBe("203.0.113.9");
    expect(clientAddress({ "x-real-ip": "203.0.113.9" }, env)).toBe("203.0.113.9");
    expect(clientAddress({ "x-forwarded-for": "6.6.6.6, 2001:DB8::1" }, {})).toBe("2001:db8::1");
  });
});
