// The reply letter as printed: each formula once, the date in words, 文号, contact, 抄送 with the co units,
// one letter per co-signing deputy, and the printed A4 page attached to the test output.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, expectAccessible, signInAs } from "./helpers";

type Detail = {
  id: string;
  leadDeputy: { id: string; name: string };
  coSigners: { deputy: { id: string; name: string } }[];
  assignments: { role: string; state: string; unit: { name: string } }[];
  replies: { id: string; state: string; commitments: unknown[] }[];
};

async function api<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

/** A demo suggestion with a signed reply, an active co-handling unit and a co-signing deputy. */
async function findLetter(request: APIRequestContext) {
  const token = await apiToken(request, "office");
  for (const status of ["REPLIED", "CLOSED"]) {
    const { items } = await api<{ items: { id: string }[] }>(
      request,
      token,
      `/api/v1/suggestions?session=14-1&status=${status}&pageSize=100`,
    );
    for (const item of items) {
      const d = await api<Detail>(request, token, `/api/v1/suggestions/${item.id}`);
      const reply = d.replies.find((r) => r.state === "SIGNED");
      const co = d.assignments.filter((a) => a.role === "CO" && a.state === "ACTIVE").map((a) => a.unit.name);
      if (reply && co.length && d.coSigners.length) return { detail: d, replyId: reply.id, co };
    }
  }
  throw new Error("no demo letter with co units and co-signers");
}

const count = (text: string, pattern: RegExp) => text.match(new RegExp(pattern.source, "g"))?.length ?? 0;

test.describe.configure({ timeout: 180_000 });

test("a signed letter prints each formula once, with 文号, the date in words, contact and 抄送", async ({ page, request }, testInfo) => {
  const { detail, replyId, co } = await findLetter(request);
  await signInAs(page, "office");
  await page.goto(`/suggestions/${detail.id}/letter/${replyId}`);
  const letter = page.getByRole("article", { name: "答复函" });
  await expect(letter).toBeVisible();
  const text = await letter.innerText();

  expect(count(text, /代表：/)).toBe(1);
  await expect(page.getByTestId("salutation")).toHaveText(`${detail.leadDeputy.name}代表：`);
  expect(count(text, /收悉/)).toBe(1);
  expect(count(text, /现答复如下/)).toBe(1);
  expect(count(text, /感谢您/)).toBe(1);

  await expect(page.getByTestId("letter-date")).toHaveText(/^\d{4}年([1-9]|1[0-2])月([1-9]|[12]\d|3[01])日$/);
  expect(text).not.toMatch(/\d{4}-\d{2}-\d{2}/);
  await expect(page.getByTestId("doc-number")).toHaveText(/^\S+建字〔\d{4}〕[1-9]\d*号$/);

  const contact = page.getByTestId("letter-contact");
  await expect(contact).toContainText(/签发人：\S+（电话：0431-\d{7}）/);
  await expect(contact).toContainText(/联系人：\S+\s+联系电话：0431-\d{7}/);

  const cc = (await page.getByTestId("letter-cc").innerText()).trim();
  expect(cc).toMatch(/^抄送：.+。$/);
  for (const unit of co) expect(cc).toContain(unit);
  expect(cc).toContain("省人大常委会代表工作委员会");
  await expectAccessible(page);

  // Printed: an A4 PDF and a picture of the printed first page, attached to the test's output.
  await page.emulateMedia({ media: "print" });
  await expect(page.getByRole("button", { name: "打印 / 存为 PDF" })).toBeHidden();
  // The category mark stays at the top right of the printed page.
  const mark = (await page.getByTestId("category-mark").boundingBox())!;
  const sheet = (await letter.boundingBox())!;
  expect(mark.y).toBeGreaterThanOrEqual(sheet.y);
  expect(mark.x + mark.width).toBeGreaterThan(sheet.x + sheet.width * 0.8);
  const png = testInfo.outputPath("letter.png");
  await page.screenshot({ path: png, fullPage: true });
  await testInfo.attach("letter.png", { path: png, contentType: "image/png" });
  const pdfPath = testInfo.outputPath("letter.pdf");
  const pdf = await page.pdf({ path: pdfPath, preferCSSPageSize: true, printBackground: true });
  expect(pdf.subarray(0, 4).toString()).toBe("%PDF");
  await testInfo.attach("letter.pdf", { path: pdfPath, contentType: "application/pdf" });
  // A4 at 72 dpi: 595 × 842 points.
  const box = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString("latin1"));
  expect(box, "the PDF's page size").not.toBeNull();
  expect([Math.round(Number(box![1])), Math.round(Number(box![2]))]).toEqual([595, 842]);
});

test("each co-signing deputy gets the same reply addressed to them", async ({ page, request }) => {
  const { detail, replyId } = await findLetter(request);
  await signInAs(page, "office");
  await page.goto(`/suggestions/${detail.id}/letter/${replyId}`);
  const before = await page.getByRole("article", { name: "答复函" }).innerText();
  const nav = page.getByRole("navigation", { name: "答复函分别致各位代表" });
  await expect(nav.getByRole("link")).toHaveCount(1 + detail.coSigners.length);
  await expect(nav.getByRole("link", { name: `致${detail.leadDeputy.name}代表` })).toHaveAttribute("aria-current", "page");

  const other = detail.coSigners[0].deputy;
  await nav.getByRole("link", { name: `致${other.name}代表` }).click();
  await expect(page).toHaveURL(new RegExp(`deputy=${other.id}`));
  await expect(page.getByTestId("salutation")).toHaveText(`${other.name}代表：`);
  const after = await page.getByRole("article", { name: "答复函" }).innerText();
  expect(count(after, /代表：/)).toBe(1);
  // The same letter otherwise: same 文号, same body.
  expect(after.replace(`${other.name}代表：`, "")).toBe(before.replace(`${detail.leadDeputy.name}代表：`, ""));
  await expectAccessible(page);
});
