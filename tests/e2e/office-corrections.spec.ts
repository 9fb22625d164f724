import { expect, test } from "@playwright/test";
import { apiToken, expectAccessible, signInAs } from "./helpers";

// The office corrects (issue 11): a suggestion registered with the wrong lead deputy and assigned to the wrong
// lead unit is put right on its page, each correction with a reason, and the timeline says what changed.
// The suggestion is this spec's own (registered and assigned through the API), so no other spec's rows move.
test.describe.configure({ mode: "serial" });

const stamp = Date.now().toString().slice(-6);

test("the office corrects a wrong lead deputy and a wrong lead unit", async ({ page, request }) => {
  test.setTimeout(180_000);
  const auth = { headers: { Authorization: `Bearer ${await apiToken(request, "office")}` } };
  const deputy = async (name: string) =>
    (await (await request.post("/api/v1/deputies", { ...auth, data: { name, delegation: "长春代表团" } })).json()) as { id: string };
  const wrong = await deputy(`错登代表${stamp}`);
  await deputy(`更正代表${stamp}`);
  const registered = await request.post("/api/v1/suggestions", {
    ...auth,
    data: {
      sessionCode: "14-1",
      number: `K${stamp}`,
      title: `关于更正测试的建议${stamp}`,
      content: "内容",
      leadDeputyId: wrong.id,
      field: "教育",
    },
  });
  expect(registered.status()).toBe(201);
  const { id } = (await registered.json()) as { id: string };
  const assigned = await request.post(`/api/v1/suggestions/${id}/assignment`, { ...auth, data: { leadUnitCode: "D02" } }); // 省教育厅
  expect(assigned.status()).toBe(201);

  await signInAs(page, "office");
  await page.goto(`/suggestions/${id}`);
  const section = page.getByRole("region", { name: "更正" });
  // The forms open on request: the page itself carries only the way to them.
  await expect(section.locator("form")).toHaveCount(0);
  await section.getByRole("link", { name: "更正建议信息或承办单位…" }).click();
  await expect(page).toHaveURL(new RegExp(`/suggestions/${id}\\?correct=1#corrections$`));
  const [factsForm, unitsForm] = [section.locator("form").nth(0), section.locator("form").nth(1)];

  // The lead deputy: search two characters of the right name, choose it with the keyboard, give the reason.
  const lead = factsForm.getByRole("combobox", { name: "领衔代表" });
  await expect(lead).toHaveValue(`错登代表${stamp}（长春代表团）`);
  await lead.fill(`更正代表${stamp}`);
  await expect(factsForm.getByRole("option", { name: `更正代表${stamp}（长春代表团）` })).toBeVisible();
  await lead.press("Enter");
  await factsForm.getByLabel("更正理由").fill("登记时领衔代表填错");
  await factsForm.getByRole("button", { name: "保存更正" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "保存更正" }).click(); // the confirmation
  await expect(factsForm.getByText("已更正，并已告知领衔代表")).toBeVisible();
  const timeline = page.getByRole("region", { name: "办理过程" });
  await expect(timeline.getByText(`领衔代表：错登代表${stamp} → 更正代表${stamp}`)).toBeVisible();
  await expect(timeline.getByText("理由：登记时领衔代表填错")).toBeVisible();
  await expect(page.getByText(`更正代表${stamp}`).first()).toBeVisible();

  // The lead unit: another unit, whose clock starts afresh; the old one's work ends.
  await unitsForm.getByLabel("主办单位").selectOption({ label: "省发改委" });
  await unitsForm.getByLabel("更正理由").fill("应由省发改委主办");
  await unitsForm.getByRole("button", { name: "保存更正" }).click();
  await page.getByRole("dialog").getByRole("button", { name: "保存更正" }).click(); // the confirmation
  await expect(unitsForm.getByText("已更正，并已告知领衔代表")).toBeVisible();
  await expect(page.getByRole("row", { name: /省发改委 主办/ })).toBeVisible();
  await expect(page.getByRole("row", { name: /省教育厅 主办 .* 已调整/ })).toBeVisible();
  await expect(timeline.getByText("主办单位：省教育厅 → 省发改委")).toBeVisible();
  await expectAccessible(page);
  await section.getByRole("link", { name: "收起更正" }).click();
  await expect(section.locator("form")).toHaveCount(0);

  // A stale form is refused: another correction saved meanwhile is not overwritten unseen.
  const stale = await request.patch(`/api/v1/suggestions/${id}`, { ...auth, data: { title: "x", reason: "x", expectedVersion: 1 } });
  expect(stale.status()).toBe(409);

  // The new lead unit has it in its work.
  await signInAs(page, "u-D01");
  await page.goto(`/suggestions/${id}`);
  await expect(page.getByRole("heading", { name: `关于更正测试的建议${stamp}` })).toBeVisible();
});
