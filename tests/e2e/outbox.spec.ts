import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./helpers";

// Notice channels (issue 14 item 1): a user sets an e-mail address and, per kind of notice, the channels,
// by keyboard-reachable, labelled checkboxes; the choice is kept. The administrator's page of outgoing
// messages is reachable from the admin section.
test.describe.configure({ mode: "serial" });

test("a unit clerk sets an e-mail address and turns channels off and on; the choice is kept", async ({ page }) => {
  await signInAs(page, "edu");
  await page.goto("/notifications");
  await page.getByRole("link", { name: "设置通知方式（电子邮件、短信网关）" }).click();
  await expect(page.getByRole("heading", { level: 1, name: "通知方式" })).toBeVisible();
  await expectAccessible(page);

  await page.getByLabel("电子邮件地址").fill("edu-clerk@example.gov.cn");
  const supervisionMail = page.getByRole("checkbox", { name: "督办通知 · 电子邮件" });
  const overdueGateway = page.getByRole("checkbox", { name: "逾期提醒 · 短信网关" });
  await expect(supervisionMail).toBeChecked(); // e-mail is on by default
  await expect(overdueGateway).not.toBeChecked(); // the gateway is off by default
  await supervisionMail.uncheck();
  await overdueGateway.focus();
  await page.keyboard.press("Space");
  await page.getByRole("button", { name: "保存通知方式" }).click();
  await expect(page.getByText("通知方式已保存。")).toBeVisible();

  await page.reload();
  await expect(page.getByLabel("电子邮件地址")).toHaveValue("edu-clerk@example.gov.cn");
  await expect(page.getByRole("checkbox", { name: "督办通知 · 电子邮件" })).not.toBeChecked();
  await expect(page.getByRole("checkbox", { name: "逾期提醒 · 短信网关" })).toBeChecked();
  await expect(page.getByRole("checkbox", { name: "交办 · 电子邮件", exact: true })).toBeChecked();
});

test("a malformed address is refused with a message, and nothing is saved", async ({ page }) => {
  await signInAs(page, "edu");
  await page.goto("/account/notices");
  await page.getByLabel("电子邮件地址").fill("not-an-address");
  // The browser's own check would stop the form first; the server's is what is tested.
  await page
    .locator("form")
    .first()
    .evaluate((f) => f.setAttribute("novalidate", ""));
  await page.getByRole("button", { name: "保存通知方式" }).click();
  await expect(page.getByRole("alert").first()).toBeVisible();
  await page.reload();
  await expect(page.getByLabel("电子邮件地址")).toHaveValue("edu-clerk@example.gov.cn");
});

test("the administrator finds the outgoing messages page in the admin section", async ({ page }) => {
  await signInAs(page, "admin");
  await page.goto("/admin/users");
  await page.getByRole("link", { name: "外发消息" }).click();
  await expect(page).toHaveURL(/\/admin\/outbox$/);
  await expect(page.getByText("没有失败或等待发送的消息。")).toBeVisible();
  await expectAccessible(page);
});

test("the header counts the unread notifications, and one marked read is one fewer", async ({ page }) => {
  await signInAs(page, "edu-leader");
  await page.goto("/notifications");
  const badge = page.getByTestId("notifications-link");
  const unread = async () => Number(/（(\d+) 条未读）/.exec((await badge.textContent()) ?? "")?.[1]);
  const before = await unread();
  const buttons = page.getByRole("button", { name: /^标为已读：/ });
  expect(before).toBeGreaterThan(0);
  expect(await buttons.count()).toBe(Math.min(before, 30)); // one button per unread notice on the first page of 30
  await buttons.first().click();
  await expect(badge).toHaveText(`消息（${before - 1} 条未读）`);
  await page.goto("/inbox"); // another page's header reads the same count
  await expect(badge).toHaveText(`消息（${before - 1} 条未读）`);
});
