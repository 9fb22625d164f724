import { expect, test, type Page } from "@playwright/test";
import { apiToken, expectAccessible, signInAs, signOut } from "./helpers";

// The whole life of one suggestion across four roles (issue 4): assignment, a co-handling opinion, a call,
// a B reply returned once and signed, a dissatisfied deputy, re-handling, an A reply, a satisfied deputy —
// and the dashboard counts it as A.
test.describe.configure({ mode: "serial" });

async function openSuggestion(page: Page, id: string) {
  await page.goto(`/suggestions/${id}`);
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

async function expectSaved(page: Page, text: string) {
  await expect(page.getByRole("status").filter({ hasText: text }).first()).toBeVisible();
}

async function recordCall(page: Page, summary: string) {
  await page.getByLabel("沟通方式").selectOption({ label: "电话" });
  await page.getByLabel("沟通时间").fill("2026-11-20T10:00");
  await page.getByLabel("沟通情况").fill(summary);
  await page.getByRole("button", { name: "保存沟通记录" }).click();
  await expectSaved(page, "已保存");
}

test("one suggestion from assignment to a satisfied deputy", async ({ page, request }) => {
  test.setTimeout(240_000);
  const office = await apiToken(request, "office");
  const auth = { headers: { Authorization: `Bearer ${office}` } };
  const pending = await (await request.get("/api/v1/suggestions?session=14-1&status=PENDING&pageSize=100", auth)).json();
  const deputyToken = await apiToken(request, "deputy");
  const mine = await (
    await request.get("/api/v1/suggestions?session=14-1&status=PENDING&pageSize=100", {
      headers: { Authorization: `Bearer ${deputyToken}` },
    })
  ).json();
  const target = (mine.items as { id: string; number: string }[])[0];
  expect(target, "the demo deputy leads a pending suggestion").toBeDefined();
  expect((pending.items as { id: string }[]).some((s) => s.id === target.id)).toBe(true);
  const statsBefore = await (await request.get("/api/v1/stats?session=14-1", auth)).json();

  // The office assigns it: 省教育厅 leads, 省发改委 co-handles.
  await signInAs(page, "office");
  await openSuggestion(page, target.id);
  await page.getByLabel("主办单位").selectOption({ label: "省教育厅" });
  await page.getByLabel("会办单位").selectOption([{ label: "省发改委" }]);
  await page.getByRole("button", { name: "交办" }).click();
  await expect(page.getByRole("row", { name: /省教育厅 主办/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /省发改委 会办/ })).toBeVisible();

  // The co-handling unit files its opinion.
  await signInAs(page, "u-D01");
  await openSuggestion(page, target.id);
  await page.getByRole("textbox", { name: "会办意见" }).fill("建议结合本部门职能，统筹安排专项资金。");
  await page.getByRole("button", { name: "提交会办意见" }).click();
  await expect(page.getByRole("region", { name: "会办意见" })).toContainText("统筹安排专项资金");

  // The lead clerk: no reply can go to review before talking to the deputy (rule 2) — then a call, a B reply.
  await signInAs(page, "edu");
  await openSuggestion(page, target.id);
  await page.getByLabel("办理结果类别").selectOption("B");
  await page.getByLabel("答复正文").fill("关于您提出的建议，我厅高度重视，已列入明年工作计划逐步解决。");
  await page.getByLabel("承诺事项 1").fill("2027年6月前出台实施方案");
  await page.getByLabel("计划完成日期 1").fill("2027-06-30");
  await page.getByRole("button", { name: "保存答复草稿" }).click();
  await expectSaved(page, "已保存");
  await page.getByRole("button", { name: "提交负责人审核签发" }).click();
  await expect(page.getByRole("alert").filter({ hasText: "沟通" }).first()).toBeVisible();
  await recordCall(page, "电话联系代表，介绍办理思路，代表表示认可。");
  await page.getByRole("button", { name: "提交负责人审核签发" }).click();
  await expect(page.getByTestId("reply-IN_REVIEW")).toBeVisible();
  await expectAccessible(page);

  // The unit leader returns it once, the clerk revises and resubmits, the leader signs.
  await signInAs(page, "edu-leader");
  await openSuggestion(page, target.id);
  await page.getByLabel("退回意见").fill("请补充资金来源。");
  await page.getByRole("button", { name: "退回修改" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "退回修改" }).click(); // the confirmation
  await expect(page.getByTestId("reply-DRAFT")).toBeVisible();
  await signInAs(page, "edu");
  await openSuggestion(page, target.id);
  await expect(page.getByText("退回意见：请补充资金来源。").first()).toBeVisible();
  await page.getByLabel("答复正文").fill("关于您提出的建议，我厅高度重视，已列入明年工作计划逐步解决，资金由省级财政统筹安排。");
  await page.getByRole("button", { name: "保存答复草稿" }).click();
  await expectSaved(page, "已保存");
  await page.getByRole("button", { name: "提交负责人审核签发" }).click();
  await expect(page.getByTestId("reply-IN_REVIEW")).toBeVisible();
  await signInAs(page, "edu-leader");
  await openSuggestion(page, target.id);
  await page.getByRole("button", { name: "签发" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "签发" }).click(); // the confirmation
  await expect(page.getByTestId("reply-SIGNED")).toBeVisible();

  // The deputy is dissatisfied.
  await signInAs(page, "deputy");
  await openSuggestion(page, target.id);
  await expect(page.getByTestId("reply-SIGNED")).toContainText("资金由省级财政统筹安排");
  await page.getByLabel("不满意").check();
  await page.getByLabel("意见和建议").fill("希望明确完成时间。");
  await page.getByRole("button", { name: "提交测评" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "提交测评" }).click(); // the confirmation
  await expect(page.getByRole("region", { name: "满意度测评" })).toContainText("不满意");
  await expect(page.getByText("重新办理").first()).toBeVisible();

  // Re-handling: a new talk with the deputy this round, then an A reply, signed.
  await signInAs(page, "edu");
  await openSuggestion(page, target.id);
  await recordCall(page, "再次当面沟通，明确今年内完成。");
  await page.getByLabel("办理结果类别").selectOption("A");
  await page.getByLabel("答复正文").fill("经再次研究，相关问题已于本月解决。");
  await page.getByRole("button", { name: "保存答复草稿" }).click();
  await expectSaved(page, "已保存");
  await page.getByRole("button", { name: "提交负责人审核签发" }).click();
  await expect(page.getByTestId("reply-IN_REVIEW")).toBeVisible();
  await signInAs(page, "edu-leader");
  await openSuggestion(page, target.id);
  await page.getByRole("button", { name: "签发" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "签发" }).click(); // the confirmation
  await expect(page.getByTestId("reply-SIGNED")).toHaveCount(2);

  await signInAs(page, "deputy");
  await openSuggestion(page, target.id);
  await page.getByLabel("满意", { exact: true }).check();
  await page.getByRole("button", { name: "提交测评" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "提交测评" }).click(); // the confirmation
  await expect(page.getByText("已办结").first()).toBeVisible();
  await signOut(page);

  // The dashboard counts it as A.
  const statsAfter = await (await request.get("/api/v1/stats?session=14-1", auth)).json();
  expect(statsAfter.categories.A.count).toBe(statsBefore.categories.A.count + 1);
  expect(statsAfter.closed).toBe(statsBefore.closed + 1);
  await signInAs(page, "office");
  await page.goto("/dashboard?session=14-1");
  await expect(page.getByTestId("category-A")).toContainText(String(statsAfter.categories.A.count));
});
