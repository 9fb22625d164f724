// public/ on the running app: robots.txt keeps every crawler out, the favicon and the app's mark load, every
// answer says noindex, and the mark is on the sign-in page and the printed reply letter.
import { expect, test, type Page } from "@playwright/test";
import { signIn } from "./helpers";

test("robots.txt disallows everything, and every answer says noindex", async ({ request }) => {
  const robots = await request.get("/robots.txt");
  expect(robots.status()).toBe(200);
  expect(robots.headers()["content-type"]).toMatch(/^text\/plain/);
  expect(await robots.text()).toMatch(/^User-agent: \*\s+Disallow: \/\s*$/);
  for (const url of ["/robots.txt", "/login", "/public", "/favicon.ico"]) {
    const response = await request.get(url);
    expect(response.headers()["x-robots-tag"], url).toBe("noindex, nofollow");
  }
});

test("the favicon and the app's mark answer 200 and are named in every page's head", async ({ page, request }) => {
  const ico = await request.get("/favicon.ico");
  expect(ico.status()).toBe(200);
  expect([...(await ico.body()).subarray(0, 4)]).toEqual([0, 0, 1, 0]);
  const svg = await request.get("/icon.svg");
  expect(svg.status()).toBe(200);
  expect(svg.headers()["content-type"]).toMatch(/^image\/svg\+xml/);
  await page.goto("/login");
  await expect(page.locator('head link[rel="icon"][href^="/favicon.ico"]')).toHaveCount(1);
  await expect(page.locator('head link[rel="icon"][href^="/icon.svg"]')).toHaveCount(1);
});

/** The mark is drawn (loaded, not a broken image) and decorative: the name beside it says what it is. */
async function expectMark(page: Page) {
  const mark = page.getByTestId("app-icon");
  await expect(mark).toBeVisible();
  await expect(mark).toHaveAttribute("alt", "");
  expect(await mark.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
}

test("the sign-in page and the reply letter show the app's mark", async ({ page }) => {
  await page.goto("/login");
  await expect(page.getByRole("heading", { name: "建议办理" })).toBeVisible();
  await expectMark(page);

  await signIn(page, "deputy");
  await page.goto("/suggestions?session=13-5");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await page.getByRole("link", { name: "打印答复函" }).first().click();
  await expect(page.getByRole("article", { name: "答复函" })).toBeVisible();
  await expectMark(page);
  await page.emulateMedia({ media: "print" });
  await expectMark(page);
});
