import { writeFile } from "node:fs/promises";
import ExcelJS from "exceljs";
import { expect, test, type Page } from "@playwright/test";
import { encodeGb18030 } from "../support/gb18030";
import { expectAccessible, signInAs } from "./helpers";

// Imports that real files pass (issue 9 item 6): a 5 MB workbook and a GB18030 CSV go through the browser's
// upload and are imported; an upload over 20 MB is refused with the page's own words; the template downloads.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString().slice(-6);
const SESSION = "吉林省第十四届人民代表大会第一次会议 (14-1)";

/** Random common characters: text that compresses about as badly as real prose, so the file really is 5 MB. */
function prose(length: number, seed: number): string {
  let x = seed;
  let text = "";
  for (let i = 0; i < length; i++) {
    x = (x * 1103515245 + 12345) % 2147483648;
    text += String.fromCharCode(0x4e00 + (x % 3500));
  }
  return text;
}

async function upload(page: Page, file: string | { name: string; mimeType: string; buffer: Buffer }) {
  await page.goto("/office/import");
  await page.getByLabel("导入到会议").selectOption({ label: SESSION });
  await page.getByLabel("文件").setInputFiles(file);
  await page.getByRole("button", { name: "导入", exact: true }).click();
}

test("a 5 MB workbook imports through the browser, with official full unit names", async ({ page }) => {
  test.setTimeout(300_000);
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet("建议");
  sheet.addRow(["建议编号", "标题", "领衔代表", "代表团", "附议代表", "内容", "领域", "提出日期", "急办", "保密", "主办单位", "会办单位"]);
  const rows = 2000;
  for (let i = 0; i < rows; i++) {
    sheet.addRow([
      `X${stamp}-${i}`,
      `关于大文件导入第${i}项的建议${stamp}`,
      "王丽华",
      "长春代表团",
      "",
      prose(2000, i + 1),
      "其他",
      "2026年1月22日",
      i % 10 ? "否" : "是",
      "否",
      i % 2 ? "省文化和旅游厅" : "吉林省教育厅",
      "",
    ]);
  }
  const buffer = Buffer.from(await workbook.xlsx.writeBuffer());
  expect(buffer.length).toBeGreaterThan(5 * 1024 * 1024);

  await signInAs(page, "office");
  await upload(page, { name: "大文件.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer });
  await expect(page.getByText(`导入完成：新建 ${rows} 件，跳过已导入 0 件，交办 ${rows} 件，新建代表 0 人。`)).toBeVisible({
    timeout: 240_000,
  });
});

test("a GB18030 CSV saved by Chinese Excel imports without garbled text", async ({ page }) => {
  const title = `关于黑土地保护的建议${stamp}`;
  const csv = [
    "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,急办,保密,主办单位,会办单位",
    `G${stamp},${title},王丽华,长春代表团,,黑土地是耕地中的“大熊猫”，应当加强保护。,农业农村,2026年1月22日,否,否,省文化和旅游厅,`,
  ].join("\r\n");
  await signInAs(page, "office");
  await upload(page, { name: "国标.csv", mimeType: "text/csv", buffer: encodeGb18030(csv) });
  await expect(page.getByText("导入完成：新建 1 件，跳过已导入 0 件，交办 1 件，新建代表 0 人。")).toBeVisible();
  await page.goto(`/suggestions?session=14-1&q=${stamp}`);
  await page.getByRole("link", { name: title }).click();
  await expect(page.getByRole("region", { name: "建议内容" }).getByText("黑土地是耕地中的“大熊猫”，应当加强保护。")).toBeVisible();
  await expect(page.getByRole("row", { name: /省文旅厅 主办/ })).toBeVisible();
});

test("an upload over 20 MB is refused with the page's message, by the page and by the server", async ({ page }) => {
  test.setTimeout(120_000);
  await signInAs(page, "office");
  const big = Buffer.alloc(21 * 1024 * 1024, "a");
  // From disk: the browser reads a local file itself instead of receiving 21 MB over the protocol.
  const path = test.info().outputPath("太大.csv");
  await writeFile(path, big);
  await upload(page, path);
  await expect(page.getByRole("alert").filter({ hasText: "20 MB" })).toHaveText("文件不能超过 20 MB，未导入任何数据。请分成几个文件导入");

  const response = await page.request.post("/office/import/upload?session=14-1", {
    data: big,
    headers: { "X-File-Name": "big.csv", "Content-Type": "application/octet-stream" },
  });
  expect(response.status()).toBe(413);
  expect(await response.json()).toEqual({
    error: { code: "PAYLOAD_TOO_LARGE", message: "文件不能超过 20 MB，未导入任何数据。请分成几个文件导入" },
  });
});

test("every problem of a file is listed at once, and the template downloads with its 急办 and 保密 columns", async ({ page }) => {
  await signInAs(page, "office");
  const csv = [
    "建议编号,标题,领衔代表,代表团,内容,提出日期,急办,主办单位",
    `B${stamp},标题,王丽华,长春代表团,内容,2026年2月30日,也许,省旅游局`,
  ].join("\n");
  await page.goto("/office/import");
  await page.getByLabel("导入到会议").selectOption({ label: SESSION });
  await page.getByLabel("文件").setInputFiles({ name: "错.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
  await page.getByRole("button", { name: "预览" }).click();
  await expect(page.getByText("文件中有 3 处错误")).toBeVisible();
  await expect(page.getByRole("row", { name: /2 提出日期/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /2 急办/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /2 主办单位 找不到承办单位“省旅游局”/ })).toBeVisible();
  await expectAccessible(page);

  const [download] = await Promise.all([page.waitForEvent("download"), page.getByRole("link", { name: "下载导入模板（.xlsx）" }).click()]);
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.readFile(await download.path());
  const header = (workbook.worksheets[0].getRow(1).values as string[]).slice(1);
  expect(header).toEqual([
    "建议编号",
    "标题",
    "领衔代表",
    "代表团",
    "附议代表",
    "内容",
    "领域",
    "提出日期",
    "急办",
    "保密",
    "主办单位",
    "会办单位",
  ]);
});
