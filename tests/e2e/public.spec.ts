import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./helpers";

test("published reply summaries are open to everyone and searchable", async ({ page }) => {
  await page.goto("/public?session=13-5");
  await expect(page.getByRole("heading", { name: "代表建议答复公开" })).toBeVisible();
  const items = page.getByRole("listitem");
  await expect(items.first()).toBeVisible();
  const title = (await items.first().getByRole("heading").textContent())!.trim();
  const [, number] = /^(\S+)\s/.exec(title)!;
  await page.getByLabel("搜索（编号或标题）").fill(number);
  await page.getByRole("button", { name: "筛选" }).click();
  await expect(page.getByRole("listitem")).toHaveCount(1);
  await expect(page.getByRole("listitem").first()).toContainText(title);
  await expectAccessible(page);
});

test("a signed reply prints as a letter with the category mark at the top right", async ({ page }) => {
  await signInAs(page, "deputy");
  await page.goto("/suggestions?session=13-5");
  await page.getByRole("row").nth(1).getByRole("link").first().click();
  await page.getByRole("link", { name: "打印答复函" }).first().click();
  const mark = page.getByTestId("category-mark");
  await expect(mark).toHaveText(/^[ABCD]$/);
  const box = (await mark.boundingBox())!;
  const width = page.viewportSize()!.width;
  expect(box.x).toBeGreaterThan(width / 2);
  await expect(page.getByText(/代表：$/).first()).toBeVisible();
  await expectAccessible(page);
});
