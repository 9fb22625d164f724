import { expect, test } from "@playwright/test";
import { apiToken, signIn, signInAs, signOut } from "./helpers";

test("the sign-in page is in Chinese, accessible, and refuses a wrong password", async ({ page }) => {
  await page.goto("/");
  await expect(page).toHaveURL(/\/login/);
  await expect(page.getByRole("heading", { name: "建议办理" })).toBeVisible();
  // axe on these pages: a11y.spec.ts, which checks every page each role reaches.
  await page.getByLabel("用户名").fill("office");
  await page.getByLabel("密码").fill("wrong-password");
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page.getByText("用户名或密码错误")).toBeVisible();
  await expect(page).toHaveURL(/\/login/);
});

test("the office sees the report's figures for 13-5 on the dashboard", async ({ page }) => {
  await signIn(page, "office");
  await expect(page).toHaveURL(/\/dashboard/);
  const main = page.locator("main");
  await page.getByLabel("会议").selectOption({ label: "吉林省第十三届人民代表大会第五次会议 (13-5)" });
  await expect(main.getByTestId("kpi-total")).toContainText("181");
  await expect(main.getByTestId("units-departments")).toContainText("46");
  await expect(main.getByTestId("units-cities")).toContainText("7");
  await expect(main.getByTestId("category-A")).toContainText("39.2%");
  await expect(main.getByTestId("category-B")).toContainText("51.4%");
  await expect(main.getByTestId("category-C")).toContainText("7.2%");
  await expect(main.getByTestId("category-D")).toContainText("2.2%");
});

for (const [username, landing, navText] of [
  ["admin", /\/dashboard/, "工作台"],
  ["leader", /\/dashboard/, "工作台"],
  ["edu", /\/(inbox|suggestions)/, "建议列表"],
  ["edu-leader", /\/(inbox|suggestions)/, "建议列表"],
  ["deputy", /\/(my|suggestions)/, "我的建议"],
] as const) {
  test(`${username} signs in and lands on their own work`, async ({ page }) => {
    await signIn(page, username);
    await expect(page).toHaveURL(landing);
    await expect(page.getByRole("navigation", { name: "主导航" }).getByRole("link", { name: navText })).toBeVisible();
    await signOut(page);
  });
}

test("a unit clerk's list holds only their unit's suggestions and the detail page opens", async ({ page }) => {
  await signInAs(page, "edu");
  await page.goto("/suggestions");
  const rows = page.getByRole("row");
  await expect(rows.nth(1)).toBeVisible();
  await rows.nth(1).getByRole("link").first().click();
  await expect(page).toHaveURL(/\/suggestions\/[^/]+$/);
  await expect(page.getByText("省教育厅").first()).toBeVisible();
});

test("a deputy cannot open another deputy's suggestion", async ({ page, request }) => {
  const officeToken = await apiToken(request, "office");
  const deputyToken = await apiToken(request, "deputy");
  const auth = (token: string) => ({ headers: { Authorization: `Bearer ${token}` } });
  const all = await (await request.get("/api/v1/suggestions?session=14-1&pageSize=100", auth(officeToken))).json();
  const mine = await (await request.get("/api/v1/suggestions?session=14-1&pageSize=100", auth(deputyToken))).json();
  const mineIds = new Set((mine.items as { id: string }[]).map((s) => s.id));
  expect(mineIds.size).toBeGreaterThan(0);
  const other = (all.items as { id: string }[]).find((s) => !mineIds.has(s.id));
  expect(other).toBeDefined();

  expect((await request.get(`/api/v1/suggestions/${other!.id}`, auth(deputyToken))).status()).toBe(404);
  await signInAs(page, "deputy");
  const response = await page.goto(`/suggestions/${other!.id}`);
  expect(response?.status()).toBe(404);
  await expect(page.getByRole("heading", { name: "页面不存在" })).toBeVisible();
  await page.goto(`/suggestions/${[...mineIds][0]}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
});

test("English can be chosen and the choice sticks", async ({ page }) => {
  await signIn(page, "office");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await page.reload();
  await expect(page.getByRole("button", { name: "Sign out" })).toBeVisible();
  await page.getByRole("button", { name: "中文" }).click();
  await expect(page.getByRole("link", { name: "工作台" })).toBeVisible();
});
