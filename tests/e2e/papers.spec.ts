// Issue 14 items 2 and 3 in the browser: the demo's signed letter is the archived copy and downloads as a
// PDF; the office attaches a scanned original on the suggestion page, and it is listed and downloadable.
import { expect, test } from "@playwright/test";
import { apiToken, signInAs } from "./helpers";

test.describe.configure({ timeout: 180_000 });

async function signedLetter(request: import("@playwright/test").APIRequestContext) {
  const token = await apiToken(request, "office");
  const headers = { Authorization: `Bearer ${token}` };
  const list = await request.get("/api/v1/suggestions?session=14-1&status=REPLIED&pageSize=20", { headers });
  for (const item of ((await list.json()) as { items: { id: string }[] }).items) {
    const detail = (await (await request.get(`/api/v1/suggestions/${item.id}`, { headers })).json()) as {
      replies: { id: string; state: string }[];
    };
    const reply = detail.replies.find((r) => r.state === "SIGNED");
    if (reply) return { id: item.id, replyId: reply.id };
  }
  throw new Error("no demo suggestion with a signed reply");
}

test("the signed letter is the archived copy, and its PDF downloads", async ({ page, request }) => {
  const { id, replyId } = await signedLetter(request);
  await signInAs(page, "office");
  await page.goto(`/suggestions/${id}/letter/${replyId}`);
  await expect(page.getByTestId("letter-archive-note")).toContainText("存档");
  const download = page.waitForEvent("download");
  await page.getByRole("link", { name: "下载答复函 PDF" }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/\.pdf$/);
});

test("the office attaches a scanned original, which is listed and downloads", async ({ page, request }) => {
  const { id } = await signedLetter(request);
  await signInAs(page, "office");
  await page.goto(`/suggestions/${id}`);
  const panel = page.getByRole("region", { name: "附件" });
  await panel.getByLabel("附加到").selectOption({ label: "建议原件（第 1 条）" });
  await panel.getByLabel("选择文件").setInputFiles({
    name: "原件扫描.pdf",
    mimeType: "application/pdf",
    buffer: Buffer.from("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n"),
  });
  await panel.getByRole("button", { name: "上传附件" }).click();
  await expect(panel.getByRole("status")).toHaveText("附件已上传");
  const link = panel.getByRole("link", { name: "原件扫描.pdf" });
  await expect(link).toBeVisible();
  const response = await page.request.get((await link.getAttribute("href")) ?? "");
  expect(response.status()).toBe(200);
  expect(response.headers()["content-type"]).toBe("application/pdf");
});
