// Issue 8 findings 6 and 8 in the browser: the sign-in stays on the site whatever the callback says; a user
// changes their password (other sessions end); an administrator's reset forces a change first. Each test uses
// demo accounts no other spec signs in with, since it changes their passwords.
import { expect, test, type Browser, type Page } from "@playwright/test";
import { DEMO_PASSWORD } from "./helpers";

const NEW_PASSWORD = "Quiet-lantern-orchard-42";
// Several browsers sign in and change passwords here; on a busy machine a page may take a while to hydrate.
test.describe.configure({ timeout: 180_000 });

/** The sign-in form, once its script runs (a click before that would do nothing useful). */
async function fillSignIn(page: Page, username: string, password: string, path = "/login") {
  await page.goto(path);
  await page.waitForLoadState("networkidle");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
}

async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await fillSignIn(page, username, password);
  await expect(page).not.toHaveURL(/\/login/, { timeout: 30_000 });
}

async function inFreshBrowser(browser: Browser, work: (page: Page) => Promise<void>) {
  const context = await browser.newContext();
  try {
    await work(await context.newPage());
  } finally {
    await context.close();
  }
}

async function changePassword(page: Page, current: string, next: string) {
  await page.waitForLoadState("networkidle");
  await page.getByLabel("当前密码").fill(current);
  await page.getByLabel("新密码", { exact: true }).fill(next);
  await page.getByLabel("再次输入新密码").fill(next);
  await page.getByRole("button", { name: "修改密码" }).click();
  await expect(page.getByRole("status").filter({ hasText: "密码已修改" })).toBeVisible({ timeout: 30_000 });
}

async function expectRefused(page: Page, username: string, password: string) {
  await fillSignIn(page, username, password);
  await expect(page.getByText("用户名或密码错误")).toBeVisible({ timeout: 30_000 });
  await expect(page).toHaveURL(/\/login/);
}

test("signing in with the callback /%5Cexample.com stays on the site", async ({ page, baseURL }) => {
  await fillSignIn(page, "u-D30", DEMO_PASSWORD, "/login?callbackUrl=/%5Cexample.com");
  await expect.poll(() => new URL(page.url()).pathname, { timeout: 30_000 }).not.toBe("/login");
  expect(new URL(page.url()).origin).toBe(new URL(baseURL!).origin);
  await expect(page.getByRole("button", { name: "退出登录" })).toBeVisible({ timeout: 30_000 });
});

test("a user changes their password: the old one is refused and a session taken before the change ends", async ({ page, browser }) => {
  await signIn(page, "u-D31");
  const before = await page.context().cookies();
  await page.getByRole("link", { name: "修改密码" }).click();
  await expect(page).toHaveURL(/\/account\/password/, { timeout: 30_000 });
  await changePassword(page, DEMO_PASSWORD, NEW_PASSWORD);
  // This browser stays signed in.
  await page.goto("/suggestions");
  await expect(page).toHaveURL(/\/suggestions/);

  const stolen = await browser.newContext();
  await stolen.addCookies(before);
  const other = await stolen.newPage();
  await other.goto("/suggestions");
  await expect(other).toHaveURL(/\/login/);
  await stolen.close();

  await inFreshBrowser(browser, (fresh) => expectRefused(fresh, "u-D31", DEMO_PASSWORD));
  await inFreshBrowser(browser, (fresh) => signIn(fresh, "u-D31", NEW_PASSWORD));
});

test("an admin reset sends the user to the change form and the token endpoint refuses until it is changed", async ({
  page,
  browser,
  request,
}) => {
  const temporary = "Temporary-river-stone-77";
  await signIn(page, "admin");
  await page.goto("/admin/users?q=u-D32");
  await page.waitForLoadState("networkidle");
  const row = page.getByRole("row").filter({ has: page.getByRole("cell", { name: "u-D32", exact: true }) });
  await row.getByText("重置密码", { exact: true }).first().click();
  await row.getByLabel("临时密码").fill(temporary);
  await row.getByRole("button", { name: "重置密码" }).click();
  await expect(row.getByRole("status")).toContainText("密码已重置", { timeout: 30_000 });

  const refused = await request.post("/api/v1/auth/token", { data: { username: "u-D32", password: temporary } });
  expect(refused.status()).toBe(403);
  expect((await refused.json()).error.code).toBe("PASSWORD_CHANGE_REQUIRED");

  await inFreshBrowser(browser, async (user) => {
    await signIn(user, "u-D32", temporary);
    await expect(user).toHaveURL(/\/account\/password/);
    await expect(user.getByTestId("password-change-required")).toBeVisible();
    await user.goto("/suggestions");
    await expect(user).toHaveURL(/\/account\/password/);
    await changePassword(user, temporary, NEW_PASSWORD);
    await user.goto("/suggestions");
    await expect(user).toHaveURL(/\/suggestions/);
  });

  expect((await request.post("/api/v1/auth/token", { data: { username: "u-D32", password: temporary } })).status()).toBe(401);
  expect((await request.post("/api/v1/auth/token", { data: { username: "u-D32", password: NEW_PASSWORD } })).status()).toBe(200);
});
