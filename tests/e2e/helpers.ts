import { readFile } from "node:fs/promises";
import path from "node:path";
import AxeBuilder from "@axe-core/playwright";
import { expect, test, type APIRequestContext, type Cookie, type Page } from "@playwright/test";
import type { Account } from "./support/servers";

export const DEMO_PASSWORD = "demo1234";

export async function signIn(page: Page, username: string, password = DEMO_PASSWORD) {
  await page.goto("/login");
  await page.getByLabel("用户名").fill(username);
  await page.getByLabel("密码").fill(password);
  await page.getByRole("button", { name: "登录" }).click();
  await expect(page).not.toHaveURL(/\/login/);
}

/**
 * Acts as a demo account from here on, without loading a page: the session signed in once for this run
 * (tests/e2e/support/sign-in.setup.ts) replaces the page's own, as signing out and in again would. Use
 * signIn where the sign-in itself, or the page it lands on, is what is tested.
 */
export async function signInAs(page: Page, account: Account) {
  const dir = test.info().project.metadata.authDir as string;
  const state = JSON.parse(await readFile(path.join(dir, `${account}.json`), "utf8")) as { cookies: Cookie[] };
  await page.context().clearCookies({ name: /^(__Secure-|__Host-)?next-auth\./ });
  await page.context().addCookies(state.cookies);
}

export async function signOut(page: Page) {
  await page.getByRole("button", { name: "退出登录" }).click();
  await expect(page).toHaveURL(/\/login/);
}

/**
 * axe must find no serious or critical violation (WCAG 2.1 AA rules). The same rules on the same page, run
 * the cheap way (measured: a quarter of the time): `axe.run` in the page itself (legacy mode; the default
 * runs per frame and finishes in a blank page of its own, and the app has no iframes), and full details for
 * violations only (passing nodes' selectors were computed and sent over for nothing).
 */
export async function expectAccessible(page: Page) {
  const results = await new AxeBuilder({ page })
    .withTags(["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"])
    .options({ resultTypes: ["violations"] })
    .setLegacyMode()
    .analyze();
  const bad = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
  expect(bad.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
}

export async function apiToken(request: APIRequestContext, username: string, password = DEMO_PASSWORD) {
  const response = await request.post("/api/v1/auth/token", { data: { username, password } });
  expect(response.status()).toBe(200);
  return ((await response.json()) as { token: string }).token;
}
