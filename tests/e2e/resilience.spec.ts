// The database goes away under the real `npm start` (the e2e server): its embedded PostgreSQL is killed and its
// port held for a while, so the supervisor's restarts fail and back off. Meanwhile a form keeps what was typed
// and says "temporarily unavailable", a page is the plain 503 page, the API answers 503 UNAVAILABLE with a
// request id, health says why. Once the port is free the supervisor's next try succeeds and the same server
// recovers by itself: the form is sent again and the deputy is created once.
import { readFileSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { apiToken, signInAs } from "./helpers";

const pgPort = Number(process.env.E2E_PG_PORT) || 54410;
const pidFile = path.resolve(".data-e2e/postgres/postmaster.pid");

/** Listens on host:port, closing every connection at once (a "database" that is never there). */
function hold(host: string): Promise<net.Server | null> {
  return new Promise((resolve) => {
    const server = net.createServer((socket) => socket.destroy());
    server.once("error", () => resolve(null));
    server.listen(pgPort, host, () => resolve(server));
  });
}

async function killAndHoldPort(): Promise<net.Server[]> {
  process.kill(Number(readFileSync(pidFile, "utf8").split("\n")[0]), "SIGKILL");
  // The supervisor waits 0.5 s before its first try; take both loopback addresses PostgreSQL listens on first.
  const deadline = Date.now() + 400;
  let v4: net.Server | null = null;
  while (!v4 && Date.now() < deadline) v4 = await hold("127.0.0.1");
  expect(v4, "the PostgreSQL port was not freed in time").not.toBeNull();
  const v6 = await hold("::1");
  return [v4!, ...(v6 ? [v6] : [])];
}

test("the database goes away and comes back: 503s meanwhile, the form keeps its text, recovery without restart", async ({
  page,
  request,
}) => {
  test.setTimeout(180_000);
  const token = await apiToken(request, "office");
  await signInAs(page, "admin");
  await page.goto("/admin/deputies");
  const name = `断线代表${Date.now() % 100000}`;
  const form = page
    .locator("form")
    .filter({ has: page.getByLabel("代表团") })
    .first();
  await form.getByLabel("姓名").fill(name);
  await form.getByLabel("代表团").fill("长春代表团");

  const held = await killAndHoldPort();
  try {
    await form.getByRole("button", { name: "新建" }).click();
    await expect(form.getByRole("alert")).toContainText("暂时无法使用");
    await expect(form.getByLabel("姓名")).toHaveValue(name);
    await expect(form.getByLabel("代表团")).toHaveValue("长春代表团");

    const api = await request.get("/api/v1/suggestions", { headers: { Authorization: `Bearer ${token}` } });
    expect(api.status()).toBe(503);
    expect(api.headers()["x-request-id"]).toBeTruthy();
    expect((await api.json()).error.code).toBe("UNAVAILABLE");
    const health = await request.get("/api/v1/health");
    expect(health.status()).toBe(503);
    expect(await health.json()).toMatchObject({ database: { status: "down" }, error: { code: "UNAVAILABLE" } });

    const other = await page.context().newPage();
    const response = await other.goto("/suggestions");
    expect(response?.status()).toBe(503);
    await expect(other.getByRole("heading", { level: 1 })).toHaveText("系统暂时无法使用");
    await other.close();
  } finally {
    for (const server of held) await new Promise((resolve) => server.close(resolve));
  }

  // The supervisor's next try (backing off up to 30 s) finds the port free; the app reconnects by itself.
  await expect.poll(async () => (await request.get("/api/v1/health")).status(), { timeout: 90_000, intervals: [1000] }).toBe(200);
  await form.getByRole("button", { name: "新建" }).click();
  await expect(form.getByRole("status")).toBeVisible();
  await page.goto(`/admin/deputies?q=${encodeURIComponent(name)}`);
  await expect(page.getByRole("cell", { name, exact: true })).toHaveCount(1);
});
