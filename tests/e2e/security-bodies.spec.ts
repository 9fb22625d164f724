// Issue 8 item 5 against the built server: an unauthenticated client streaming 300 MB chunked (no
// Content-Length) is answered 413 at the cap, long before it has sent the body, and the server stays up.
import http from "node:http";
import { expect, test } from "@playwright/test";
import { apiToken, signInAs } from "./helpers";

const port = Number(process.env.E2E_PORT) || 3100;
const TOTAL = 300 * 1024 * 1024;

interface Outcome {
  status: number;
  body: string;
  sent: number;
  ms: number;
}

/** A raw chunked POST that keeps writing until the answer arrives (or 300 MB are sent). */
function hugePost(path: string, headers: Record<string, string> = {}): Promise<Outcome> {
  const chunk = Buffer.alloc(64 * 1024, 0x20);
  const started = Date.now();
  let sent = 0;
  return new Promise((resolve, reject) => {
    const request = http.request({
      host: "127.0.0.1",
      port,
      path,
      method: "POST",
      headers: { "Content-Type": "application/json", "Transfer-Encoding": "chunked", ...headers },
    });
    request.on("response", (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (d: string) => (body += d));
      response.on("end", () => {
        resolve({ status: response.statusCode ?? 0, body, sent, ms: Date.now() - started });
        request.destroy(); // stop sending: the server has answered
      });
    });
    request.on("error", reject);
    const pump = () => {
      while (sent < TOTAL && !request.destroyed) {
        sent += chunk.length;
        if (!request.write(chunk)) return void request.once("drain", pump);
      }
      if (!request.destroyed) request.end();
    };
    pump();
  });
}

test("a 300 MB chunked POST to the token endpoint is refused at the cap and the server stays responsive", async ({ request }) => {
  test.setTimeout(60_000);
  // Three at once: the finding was that a few such requests would exhaust the server.
  const outcomes = await Promise.all([
    hugePost("/api/v1/auth/token"),
    hugePost("/api/v1/auth/token"),
    hugePost("/api/auth/callback/credentials"),
  ]);
  for (const outcome of outcomes) {
    expect(outcome.status).toBe(413);
    expect(JSON.parse(outcome.body)).toMatchObject({ error: { code: "PAYLOAD_TOO_LARGE" } });
    expect(outcome.ms).toBeLessThan(15_000);
    // Answered while the client was still sending: the server read the cap, not the body.
    expect(outcome.sent).toBeLessThan(100 * 1024 * 1024);
  }
  // A body that claims more than the cap is refused before it is read.
  const declared = await request.post("/api/v1/auth/token", {
    headers: { "Content-Type": "application/json" },
    data: "x".repeat(70 * 1024),
  });
  expect(declared.status()).toBe(413);

  const health = await request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  expect(await apiToken(request, "office")).toBeTruthy(); // an honest sign-in still works
});

test("a form over the server actions' 1 MB limit says so in Chinese and keeps the page", async ({ page, request }) => {
  const token = await apiToken(request, "edu");
  const list = await (
    await request.get("/api/v1/suggestions?status=IN_PROGRESS&pageSize=1", { headers: { Authorization: `Bearer ${token}` } })
  ).json();
  const target = (list.items as { id: string }[])[0];
  expect(target, "the demo's 省教育厅 handles a suggestion in progress").toBeDefined();
  await signInAs(page, "edu");
  await page.goto(`/suggestions/${target.id}`);
  await page.getByLabel("沟通时间").fill("2026-11-20T10:00");
  const summary = page.getByLabel("沟通情况");
  await summary.fill("沟".repeat(400_000)); // 1.2 MB of UTF-8
  await page.getByRole("button", { name: "保存沟通记录" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "提交的内容过大" })).toBeVisible();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible(); // still the suggestion, not the error page
  await expect(summary).toHaveValue(/^沟+$/);
});
