// The proxy: a request id on every answer (a harmless incoming one is kept), and while the database is
// down the plain "temporarily unavailable" page with HTTP 503 for pages — not for the API or server actions.
import { NextRequest } from "next/server";
import { afterEach, describe, expect, it } from "vitest";
import { proxy } from "@/proxy";
import { markDatabaseDown, markDatabaseUp } from "@/lib/server/db-state";

const request = (path: string, init: { method?: string; headers?: Record<string, string> } = {}) =>
  new NextRequest(`http://localhost${path}`, init);
const neverAnswers = () => new Promise(() => {});

afterEach(() => markDatabaseUp());

describe("proxy", () => {
  it("gives every answer a request id, keeping a harmless one from a load balancer", () => {
    const fresh = proxy(request("/suggestions"));
    expect(fresh.status).toBe(200);
    expect(fresh.headers.get("x-request-id")).toMatch(/^[0-9a-f-]{36}$/);
    expect(proxy(request("/suggestions", { headers: { "x-request-id": "lb-1234567890" } })).headers.get("x-request-id")).toBe(
      "lb-1234567890",
    );
    expect(proxy(request("/suggestions", { headers: { "x-request-id": "<script>" } })).headers.get("x-request-id")).not.toBe("<script>");
  });

  it("answers pages with a plain 503 page in the user's language while the database is down", async () => {
    markDatabaseDown("test", neverAnswers);
    const page = proxy(request("/suggestions"));
    expect(page.status).toBe(503);
    expect(page.headers.get("content-type")).toMatch(/text\/html/);
    expect(page.headers.get("retry-after")).toBe("5");
    expect(page.headers.get("x-request-id")).toBeTruthy();
    const html = await page.text();
    expect(html).toContain('<html lang="zh-CN">');
    expect(html).toContain("系统暂时无法使用");
    const english = await proxy(request("/", { headers: { cookie: "locale=en" } })).text();
    expect(english).toContain("Temporarily unavailable");
    // The API answers its own JSON 503; a server action (POST) answers its form, which keeps what was typed.
    expect(proxy(request("/api/v1/suggestions")).status).toBe(200);
    expect(proxy(request("/suggestions/1", { method: "POST" })).status).toBe(200);
    markDatabaseUp();
    expect(proxy(request("/suggestions")).status).toBe(200);
  });
});
