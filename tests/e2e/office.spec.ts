import { expect, test } from "@playwright/test";
import { expectAccessible, signInAs } from "./helpers";

// The general office's year (issue 3): import with a correction, batch assignment, the unit's new work,
// a reassignment request approved, and supervision of an overdue suggestion.
test.describe.configure({ mode: "serial" });

const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,主办单位,会办单位";
const stamp = Date.now().toString().slice(-6);
const titleA = `关于农村饮水安全巩固提升的建议${stamp}`;
const titleB = `关于城市公交优先发展的建议${stamp}`;
const goodFile = [
  header,
  `E${stamp}1,${titleA},王丽华,长春代表团,,内容一,农业农村,2026-11-01,,`,
  `E${stamp}2,${titleB},新代表${stamp},白城代表团,,内容二,交通,2026-11-02,,`,
].join("\n");
const badFile = goodFile.replace(",农业农村,2026-11-01,", ",农业农村,2026-13-01,");

test("the office imports, corrects, assigns; the unit sees the work; reassignment; supervision", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "office");

  // A file with an error: nothing is imported and the bad cell is named by row and column.
  await page.goto("/office/import");
  await page.getByLabel("导入到会议").selectOption({ label: "吉林省第十四届人民代表大会第一次会议 (14-1)" });
  await page.getByLabel("文件").setInputFiles({ name: "建议.csv", mimeType: "text/csv", buffer: Buffer.from(`\uFEFF${badFile}`) });
  await page.getByLabel("名单中没有的代表按姓名和代表团新建").check();
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("未导入任何数据")).toBeVisible();
  await expect(page.getByRole("row", { name: /2 提出日期 日期应写作/ })).toBeVisible();
  await expectAccessible(page);

  // The corrected file imports; importing it again creates nothing.
  await page.getByLabel("文件").setInputFiles({ name: "建议.csv", mimeType: "text/csv", buffer: Buffer.from(goodFile) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("导入完成：新建 2 件，跳过已导入 0 件，交办 0 件，新建代表 1 人。")).toBeVisible();
  await page.getByLabel("文件").setInputFiles({ name: "建议.csv", mimeType: "text/csv", buffer: Buffer.from(goodFile) });
  await page.getByRole("button", { name: "导入", exact: true }).click();
  await expect(page.getByText("导入完成：新建 0 件，跳过已导入 2 件")).toBeVisible();

  // Batch assignment to a lead unit and a co-handling unit.
  await page.goto(`/office/assign?session=14-1&q=${stamp}`);
  await page.getByLabel(new RegExp(titleA)).check();
  await page.getByLabel(new RegExp(titleB)).check();
  await page.getByLabel("主办单位").selectOption("D02"); // 省教育厅
  await page.getByLabel("会办单位").selectOption(["D01"]); // 省发改委
  await page.getByRole("button", { name: "交办所选建议" }).click();
  await expect(page.getByText("待交办建议 0 件")).toBeVisible();

  // The unit clerk sees the new work with its deadline (90 days from today).
  await signInAs(page, "edu");
  await page.goto(`/inbox?tab=LEAD&view=open&q=${stamp}`);
  const due = new Date(Date.now() + 90 * 86_400_000 + 8 * 3_600_000).toISOString().slice(0, 10);
  await expect(page.getByRole("row", { name: new RegExp(titleA) })).toContainText(due);
  // axe on the inbox and supervision pages: a11y.spec.ts (every page each role reaches).

  // The lead unit asks for reassignment within 7 working days.
  await page.getByRole("link", { name: titleA }).click();
  await page.getByLabel("理由", { exact: true }).fill("该事项属于水利部门职责范围。");
  await page.getByRole("button", { name: "提交调整申请" }).click();
  await expect(page.getByText("申请已提交")).toBeVisible();
  const url = page.url();

  // The office approves it with a new lead unit, whose clock starts afresh.
  await signInAs(page, "office");
  await page.goto(url);
  await page.getByLabel("审批意见").selectOption({ label: "同意" });
  await page.getByLabel("新的主办单位").selectOption({ label: "省水利厅" });
  await page.getByRole("button", { name: "提交审批" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "提交审批" }).click(); // the confirmation
  await expect(page.getByRole("row", { name: /省水利厅 主办/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /省教育厅 主办 .* 已调整/ })).toBeVisible();

  // An overdue suggestion is on the supervision page; the office sends a notice; the unit sees it.
  await page.goto("/supervision?session=14-1");
  const overdueRow = page.getByTestId("overdue-table").getByRole("row").filter({ hasText: "省教育厅" }).first();
  await expect(overdueRow).toBeVisible();
  await overdueRow.getByRole("link").click();
  await page.getByLabel("督办单位").selectOption({ label: "省教育厅" });
  await page.getByLabel("督办事由").fill(`请于一周内报送办理情况${stamp}`);
  await page.getByRole("button", { name: "发出督办通知" }).click();
  await expect(page.getByRole("region", { name: "督办" })).toContainText(`请于一周内报送办理情况${stamp}`);

  await signInAs(page, "edu");
  await page.goto("/supervision?session=14-1");
  await expect(page.getByTestId("notices")).toContainText(`请于一周内报送办理情况${stamp}`);
});
