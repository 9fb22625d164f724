// The leadership dashboard on the demo data (SPEC §8): the report's figures for 13-5, a unit filter, the
// handling table downloaded as .xlsx (parsed back and compared with the screen), and the printed report.
import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
import { signIn, signInAs } from "./helpers";

const SESSION_13_5 = "吉林省第十三届人民代表大会第五次会议 (13-5)";

test("a leader reads 13-5, filters to one unit, downloads the handling table and prints the report", async ({ page }, testInfo) => {
  await signIn(page, "leader");
  await expect(page).toHaveURL(/\/dashboard/);
  const main = page.locator("main");
  await page.getByLabel("会议").selectOption({ label: SESSION_13_5 });
  await expect(page).toHaveURL(/session=13-5/);

  await expect(main.getByTestId("kpi-total")).toContainText("181");
  await expect(main.getByTestId("units-departments")).toContainText("46");
  await expect(main.getByTestId("units-cities")).toContainText("7");
  for (const [category, percent] of [
    ["A", "39.2%"],
    ["B", "51.4%"],
    ["C", "7.2%"],
    ["D", "2.2%"],
  ]) {
    await expect(main.getByTestId(`category-${category}`)).toContainText(percent);
  }
  const summary = main.getByTestId("summary");
  await expect(summary).toContainText("共收到代表建议181件，分别交由46个部门(单位)和7个市(州)政府承办，目前已全部办结。");
  await expect(summary).toContainText(
    "得到解决或基本解决的占39.2%；正在解决或已列入计划逐步解决的占51.4%；因条件限制需待条件成熟后解决的占7.2%；作为工作参考的占2.2%。",
  );
  await expect(main.getByTestId("outcome-chart")).toHaveAttribute("aria-label", /A类 71 件，占 39\.2%/);
  // The charts are drawn in the browser once the page is hydrated (components/ui/after-hydration.tsx).
  for (const chart of ["outcome-chart", "timing-chart", "trend-chart"]) {
    await expect(main.getByTestId(chart).locator("svg.recharts-surface").first()).toBeVisible();
  }
  await expect(main.getByTestId("unit-table").locator("tbody tr")).toHaveCount(53);
  await expect(main.getByTestId("kpi-total")).toHaveAttribute("title", /不含已撤回/);
  // axe on the dashboard and the report: a11y.spec.ts, which checks every page each role reaches.

  // Sorting the handling table is a URL the server answers.
  await main.getByTestId("unit-table").getByRole("link", { name: "主办", exact: true }).click();
  await expect(page).toHaveURL(/sort=-lead/);
  await expect(main.getByTestId("unit-table").locator("th[aria-sort=descending]")).toContainText("主办");

  // Filter to one unit.
  await page.getByLabel("承办单位", { exact: true }).selectOption({ label: "省教育厅" });
  await page.getByRole("button", { name: "筛选", exact: true }).click();
  await expect(page).toHaveURL(/unit=D02/);
  await expect(main.getByTestId("active-filters")).toContainText("省教育厅");
  const total = Number((await main.getByTestId("kpi-total").locator("p").nth(1).innerText()).trim());
  expect(total).toBeGreaterThan(0);
  expect(total).toBeLessThan(181);
  const dashboardShot = testInfo.outputPath("dashboard-one-unit.png");
  await page.screenshot({ path: dashboardShot, fullPage: true });
  await testInfo.attach("dashboard-one-unit.png", { path: dashboardShot, contentType: "image/png" });
  const eduRow = main.getByTestId("unit-row-D02");
  const eduLead = Number((await eduRow.locator("td").nth(1).innerText()).trim());
  expect(eduLead).toBeGreaterThan(0);

  // The handling table as .xlsx: the same rows and numbers as the screen.
  const downloading = page.waitForEvent("download");
  await main.getByTestId("export-unit-table").click();
  const download = await downloading;
  expect(download.suggestedFilename()).toBe("办理情况表-13-5.xlsx");
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile((await download.path())!);
  const sheet = workbook.worksheets[0];
  expect(sheet.getRow(1).getCell(2).value).toBe("承办单位");
  const rows: ExcelJS.CellValue[][] = [];
  sheet.eachRow((row, n) => n > 1 && rows.push((row.values as ExcelJS.CellValue[]).slice(1)));
  await expect(main.getByTestId("unit-table").locator("tbody tr")).toHaveCount(rows.length);
  const edu = rows.find((r) => r[0] === "D02")!;
  expect(edu[1]).toBe("省教育厅");
  expect(edu[3]).toBe(eduLead);
  await expect(main.getByText("已下载 办理情况表-13-5.xlsx")).toBeVisible();

  // The printable report for the same filters.
  await main.getByTestId("report-link").click();
  await expect(page).toHaveURL(/\/reports\?.*unit=D02/);
  await expect(page.getByRole("heading", { level: 1 })).toContainText("吉林省第十三届人民代表大会第五次会议");
  await expect(page.getByTestId("summary")).toContainText(`共收到代表建议${total}件`);
  await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeVisible();
  await expect(page.getByTestId("unit-table")).toBeVisible();
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeHidden();
  // Kept in the test's output folder (test-results/…) as well as attached to the report.
  const screenshot = testInfo.outputPath("report-printed.png");
  await page.screenshot({ path: screenshot, fullPage: true });
  await testInfo.attach("report-printed.png", { path: screenshot, contentType: "image/png" });
  const pdf = testInfo.outputPath("report.pdf");
  await page.pdf({ path: pdf, format: "A4", landscape: true, printBackground: true });
  await testInfo.attach("report.pdf", { path: pdf, contentType: "application/pdf" });
});

test("the dashboard and the exports are not there for a unit user", async ({ page }) => {
  await signInAs(page, "edu");
  expect((await page.goto("/dashboard"))?.status()).toBe(404);
  expect((await page.goto("/reports"))?.status()).toBe(404);
  expect((await page.request.get("/export/unit-table?session=13-5")).status()).toBe(404);
  const own = await page.request.get("/export/suggestions?session=14-1");
  expect(own.status()).toBe(200);
  expect(own.headers()["content-type"]).toContain("spreadsheetml");
});
