import { expect, test, type Page } from "@playwright/test";
import { apiToken, signInAs } from "./helpers";

// What users type is what is kept (issue 9): every form with a date or a select is filled, saved, saved again
// and reopened, and shows exactly what was typed. The browser is in China; the server runs in UTC
// (the main lane of playwright.config.ts) and in America/Los_Angeles (its la lane).
test.use({ timezoneId: "Asia/Shanghai" });
test.describe.configure({ mode: "serial" });

/** "YYYY-MM-DD" of today in China, `days` later (test arithmetic only: the app has its own module). */
const chinaDay = (days = 0) => new Date(Date.now() + 8 * 3_600_000 + days * 86_400_000).toISOString().slice(0, 10);

/** Clicks a form's button (and, for an irreversible act, the confirmation's) and waits for its server action to answer. */
async function submit(page: Page, name: string, options: { confirm?: boolean } = {}) {
  const answered = page.waitForResponse((r) => r.request().method() === "POST" && r.url().includes("/suggestions/"));
  await page.getByRole("button", { name, exact: true }).click();
  if (options.confirm) await page.getByRole("dialog").getByRole("button", { name, exact: true }).click();
  await answered;
}

async function reopen(page: Page) {
  await page.reload();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function expectReplyForm(page: Page, category: string, commitments: [string, string][]) {
  await expect(page.getByLabel("办理结果类别")).toHaveValue(category);
  for (const [i, [text, date]] of commitments.entries()) {
    await expect(page.getByLabel(`承诺事项 ${i + 1}`, { exact: true })).toHaveValue(text);
    await expect(page.getByLabel(`计划完成日期 ${i + 1}`, { exact: true })).toHaveValue(date);
  }
}

test("every form with a date or a select keeps what was typed, after saving twice and reopening", async ({ page, request }) => {
  test.setTimeout(240_000);
  const auth = { headers: { Authorization: `Bearer ${await apiToken(request, "office")}` } };
  const pending = (await (await request.get("/api/v1/suggestions?session=14-1&status=PENDING&pageSize=100", auth)).json()).items as {
    id: string;
    number: string;
  }[];
  const deputyAuth = { headers: { Authorization: `Bearer ${await apiToken(request, "deputy")}` } };
  const deputysFirst = (await (await request.get("/api/v1/suggestions?session=14-1&status=PENDING&pageSize=100", deputyAuth)).json())
    .items[0]?.id;
  // Not the ones the other specs take (the office's first, the demo deputy's first).
  const target = pending.filter((s, i) => i > 0 && s.id !== deputysFirst).at(-1)!;
  expect(target, "a pending suggestion in 14-1").toBeDefined();
  const url = `/suggestions/${target.id}`;

  // The office assigns (selects) and issues a supervision notice with a deadline (select + date).
  await signInAs(page, "office");
  await page.goto(url);
  await page.getByLabel("主办单位").selectOption({ label: "省教育厅" });
  await page.getByLabel("会办单位").selectOption([{ label: "省发改委" }]);
  await submit(page, "交办");
  await reopen(page);
  await expect(page.getByRole("row", { name: /省教育厅 主办/ })).toContainText(chinaDay(90));
  await expect(page.getByRole("row", { name: /省发改委 会办/ })).toContainText(chinaDay(30));
  const deadline = chinaDay(45);
  await page.getByLabel("督办单位").selectOption({ label: "省教育厅" });
  await page.getByLabel("督办事由").fill("请抓紧办理并按时答复。");
  await page.getByLabel("办理时限").fill(deadline);
  await submit(page, "发出督办通知");
  await reopen(page);
  await expect(page.getByText(`请抓紧办理并按时答复。（时限 ${deadline}）`).first()).toBeVisible();

  // The lead clerk: a communication just after midnight (China), a D draft, then a B draft with commitments.
  await signInAs(page, "edu");
  await page.goto(url);
  const talkedOn = chinaDay(-1);
  await page.getByLabel("沟通方式").selectOption({ label: "微信" });
  await page.getByLabel("沟通时间").fill(`${talkedOn}T00:30`);
  await page.getByLabel("沟通情况").fill("微信联系代表，了解具体诉求。");
  await submit(page, "保存沟通记录");
  await reopen(page);
  await expect(page.getByText(`${talkedOn} 00:30 · 省教育厅 · 微信：`).first()).toBeVisible();

  await page.getByLabel("办理结果类别").selectOption("D");
  await page.getByLabel("答复正文").fill("您的建议作为我厅今后工作的参考。");
  await submit(page, "保存答复草稿");
  await expectReplyForm(page, "D", []);
  await submit(page, "保存答复草稿");
  await expectReplyForm(page, "D", []);
  await reopen(page);
  await expectReplyForm(page, "D", []);

  const commitments: [string, string][] = [
    ["年底前出台实施方案", "2027-12-31"],
    ["次年初启动试点", "2028-01-01"],
  ];
  await page.getByLabel("办理结果类别").selectOption("B");
  for (const [i, [text, date]] of commitments.entries()) {
    await page.getByLabel(`承诺事项 ${i + 1}`, { exact: true }).fill(text);
    await page.getByLabel(`计划完成日期 ${i + 1}`, { exact: true }).fill(date);
  }
  await submit(page, "保存答复草稿");
  await expectReplyForm(page, "B", commitments);
  await submit(page, "保存答复草稿");
  await expectReplyForm(page, "B", commitments);
  await reopen(page);
  await expectReplyForm(page, "B", commitments);

  // An extension request (two dates), approved by the office (a select).
  const extendTo = chinaDay(120);
  const told = chinaDay(0);
  await page.getByLabel("延期理由").fill("需要协调多个部门。");
  await page.getByLabel("申请延至").fill(extendTo);
  await page.getByLabel("已告知代表的答复日期").fill(told);
  await submit(page, "提交延期申请");
  await reopen(page);
  await expect(page.getByText(`申请延期至 ${extendTo}（已告知代表答复日期 ${told}）`).first()).toBeVisible();
  await signInAs(page, "office");
  await page.goto(url);
  await page.getByLabel("审批意见").selectOption({ label: "同意" });
  await submit(page, "提交审批", { confirm: true });
  await reopen(page);
  await expect(page.getByRole("row", { name: /省教育厅 主办/ })).toContainText(extendTo);

  // The co unit's inbox shows its own deadline (30 days), not the lead's; then it gives its opinion.
  await signInAs(page, "u-D01");
  await page.goto(`/inbox?tab=CO&view=all&q=${target.number}`);
  const coRow = page.getByTestId("inbox-row").filter({ has: page.locator(`a[href="${url}"]`) });
  await expect(coRow.getByTestId("inbox-due")).toHaveText(chinaDay(30));
  await expect(coRow.getByTestId("inbox-work")).toHaveText("待提交会办意见");
  await page.goto(url);
  await page.getByRole("textbox", { name: "会办意见" }).fill("同意主办单位意见。");
  await submit(page, "提交会办意见");

  // Submitted and signed: the signed reply shows the planned dates as typed.
  await signInAs(page, "edu");
  await page.goto(`/inbox?tab=LEAD&view=all&q=${target.number}`);
  const leadRow = page.getByTestId("inbox-row").filter({ has: page.locator(`a[href="${url}"]`) });
  await expect(leadRow.getByTestId("inbox-work")).toHaveText("草稿");
  await expect(leadRow.getByTestId("inbox-due")).toHaveText(extendTo);
  await page.goto(url);
  await submit(page, "提交负责人审核签发");
  await signInAs(page, "edu-leader");
  await page.goto(url);
  await submit(page, "签发", { confirm: true });
  await expect(page.getByTestId("reply-SIGNED")).toBeVisible();

  // Follow-up on a commitment (its planned date as typed) and a reclassification (a select).
  await signInAs(page, "edu");
  await page.goto(url);
  for (const [text, date] of commitments) await expect(page.getByTestId("reply-SIGNED")).toContainText(`${text}（计划 ${date}）`);
  await page.getByLabel(`${commitments[0][0]}（计划 ${commitments[0][1]}）`).check();
  await page.getByLabel("落实进展").fill("实施方案已起草。");
  await submit(page, "保存落实进展");
  await reopen(page);
  await expect(page.getByText(`省教育厅 · ${commitments[0][0]}：实施方案已起草。`).first()).toBeVisible();
  await page.getByLabel("调整为").selectOption("A");
  await page.getByLabel("依据").fill("问题已全部解决。");
  await submit(page, "调整类别");
  await reopen(page);
  await expect(page.getByText("办理结果由 B 类调整为 A 类").first()).toBeVisible();
  await page.goto(`/inbox?tab=LEAD&view=all&q=${target.number}`);
  await expect(leadRow.getByTestId("inbox-work")).toHaveText("已签发");
});
