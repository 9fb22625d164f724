import { expect, test, type Page } from "@playwright/test";
import { apiToken, expectAccessible, signIn, signInAs } from "./helpers";

// Key suggestions led by provincial leaders (领导领办, issue 11 item 3): the office assigns a suggestion in
// handling to the leader, its lead unit reports progress, and the leader finds it with the report in "my key
// suggestions", on the suggestion and on the dashboard.
test.describe.configure({ mode: "serial" });

/** Units other specs act as; the demo seed's key suggestions are the first by number, so this takes the last. */
const AVOID_UNITS = ["D01", "D02", "D30", "D31", "D32"];

interface Item {
  id: string;
  number: string;
  title: string;
  key: boolean;
  leadUnit: { code: string; name: string } | null;
}

const keyRegion = (page: Page) => page.getByRole("region", { name: "领导领办" });

test("the office assigns a key suggestion to the leader, the unit reports, the leader sees it", async ({ page, request }) => {
  test.setTimeout(240_000);
  const office = await apiToken(request, "office");
  const list = await request.get("/api/v1/suggestions?session=14-1&status=IN_PROGRESS&pageSize=100", {
    headers: { Authorization: `Bearer ${office}` },
  });
  const items = ((await list.json()) as { items: Item[] }).items.filter(
    (s) => !s.key && s.leadUnit && !AVOID_UNITS.includes(s.leadUnit.code),
  );
  const target = items.sort((a, b) => a.number.localeCompare(b.number)).at(-1)!;
  expect(target, "a suggestion in handling that is not key").toBeDefined();
  const stamp = Date.now().toString().slice(-6);
  const report = `已召开专题会议研究办理方案（${stamp}）。`;

  // The office assigns it to the leader, with a note.
  await signInAs(page, "office");
  await page.goto(`/suggestions/${target.id}`);
  await expect(keyRegion(page)).toContainText("尚未列为领导领办的重点建议");
  await keyRegion(page).getByLabel("领办领导").selectOption({ label: "省政府领导" });
  await keyRegion(page).getByLabel("说明").fill("涉及全省重点工作，由省政府领导领办。");
  await keyRegion(page).getByRole("button", { name: "交由该领导领办" }).click();
  await expect(keyRegion(page).getByTestId("key-leader")).toHaveText("领办领导：省政府领导");
  await expect(page.getByRole("region", { name: "办理过程" })).toContainText("列为重点建议，交由省政府领导领办：省政府领导");
  await expectAccessible(page);

  // The lead unit's clerk reports progress to the leader.
  await page.context().clearCookies();
  await signIn(page, `u-${target.leadUnit!.code}`);
  await page.goto(`/suggestions/${target.id}`);
  await keyRegion(page).getByLabel("汇报内容").fill(report);
  await keyRegion(page).getByRole("button", { name: "提交汇报" }).click();
  await expect(keyRegion(page).getByTestId("key-reports")).toContainText(report);
  await expect(keyRegion(page).getByTestId("key-reports")).toContainText(target.leadUnit!.name);

  // The leader finds it in "my key suggestions" with the latest report, and on the suggestion itself.
  await signInAs(page, "leader");
  await page.goto("/dashboard");
  await page.getByRole("link", { name: "领导领办", exact: true }).click();
  await expect(page.getByRole("heading", { level: 1 })).toHaveText("我领办的重点建议");
  const row = page.getByRole("row", { name: new RegExp(target.number) });
  await expect(row).toContainText(target.title);
  await expect(row.getByTestId("latest-report")).toContainText(report);
  await expectAccessible(page);
  await row.getByRole("link", { name: target.title }).click();
  await expect(keyRegion(page).getByTestId("key-reports")).toContainText(report);

  // The dashboard's key-suggestion section counts it under the leader.
  await page.goto("/dashboard?session=14-1");
  const section = page.getByRole("region", { name: "领导领办的重点建议" });
  await expect(section.getByRole("row", { name: /省政府领导/ })).toBeVisible();
  await expect(section.getByTestId("key-summary")).toContainText("件");
});
