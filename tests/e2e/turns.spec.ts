// Issue 12 against the built server (scripts/serve.mjs): page views take turns, RENDER_CONCURRENCY (8) at a
// time, first come first served. Every one is answered whole; the health check and the browser's static files
// do not wait behind them; a client that leaves while waiting gives its turn away. The health check reports
// the instance's limit and counts, which is how this test sees the queue.
import http from "node:http";
import { expect, test, type Page } from "@playwright/test";
import { signInAs } from "./helpers";

const port = Number(process.env.E2E_PORT) || 3100;
const LIMIT = 8;

interface Requests {
  limit: number;
  inside: number;
  waiting: number;
}

async function requestsNow(page: Page): Promise<Requests> {
  const health = await page.context().request.get("/api/v1/health");
  expect(health.status()).toBe(200);
  return ((await health.json()) as { requests: Requests }).requests;
}

/** A GET on its own connection, which `leave()` closes before the answer came. */
function view(path: string, cookie: string) {
  const agent = new http.Agent({ keepAlive: false });
  let request: http.ClientRequest | undefined;
  const answer = new Promise<{ status: number; body: string }>((resolve, reject) => {
    request = http.get({ host: "127.0.0.1", port, path, agent, headers: { cookie } }, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (d: string) => (body += d));
      response.on("end", () => resolve({ status: response.statusCode ?? 0, body }));
    });
    request.on("error", reject);
  });
  return { answer, leave: () => request?.destroy() };
}

test("60 page views at once: 8 at a time, every one whole; health and static files do not wait; leavers give their turn", async ({
  page,
}) => {
  test.setTimeout(120_000);
  await signInAs(page, "office");
  const cookie = (await page.context().cookies()).map((c) => `${c.name}=${c.value}`).join("; ");
  await page.goto("/dashboard");
  const script = await page.locator("script[src*='/_next/static/']").first().getAttribute("src");
  expect(await requestsNow(page)).toEqual({ limit: LIMIT, inside: 0, waiting: 0 });

  const views = Array.from({ length: 60 }, () => view("/dashboard", cookie));
  const [stayers, leavers] = [views.slice(0, 40), views.slice(40)];
  leavers.forEach((v) => v.answer.catch(() => undefined));
  await expect.poll(async () => (await requestsNow(page)).waiting, { timeout: 20_000, intervals: [10] }).toBeGreaterThanOrEqual(40);

  // The last 20 leave while waiting: the queue loses them at once, not one by one as their turn would come
  // (a few turns pass between the two readings; 20 do not).
  const before = await requestsNow(page);
  expect(before.inside).toBe(LIMIT);
  for (const v of leavers) v.leave();
  await new Promise((resolve) => setTimeout(resolve, 50));
  const after = await requestsNow(page);
  expect(after.waiting, JSON.stringify({ before, after })).toBeLessThanOrEqual(before.waiting - 15);

  // A static file is served at once, while page views still wait.
  const file = await page.context().request.get(script!);
  expect(file.status()).toBe(200);
  expect((await requestsNow(page)).waiting).toBeGreaterThan(0);

  for (const { answer } of stayers) {
    const { status, body } = await answer;
    expect(status).toBe(200);
    expect(body).toContain('data-testid="summary"');
    expect(body).toContain("</html>");
  }
  await expect.poll(async () => requestsNow(page)).toEqual({ limit: LIMIT, inside: 0, waiting: 0 });
});
