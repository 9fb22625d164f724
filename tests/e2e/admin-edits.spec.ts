// Administration that can change things (issue 11): an administrator renames a unit and a letter it signed
// before keeps the old name while a letter signed after has the new one; an administrator links a deputy
// account to another deputy by searching names. Each test makes its own unit, people and suggestions through
// the API, so the demo's records (which other specs read) stay as they were.
import { expect, test, type APIRequestContext } from "@playwright/test";
import { apiToken, expectAccessible, signInAs } from "./helpers";

const PASSWORD = "Admin-Edits-E2E-2026";
const tag = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`.toUpperCase();

async function post<T>(request: APIRequestContext, token: string, path: string, data: unknown): Promise<T> {
  const response = await request.post(`/api/v1${path}`, { headers: { Authorization: `Bearer ${token}` }, data });
  expect(response.status(), `${path} ${await response.text()}`).toBeLessThan(300);
  return (await response.json()) as T;
}

/** A suggestion of session 14-1 led by `deputyId`, handled by the unit's clerk and signed by its leader. */
async function signedLetter(
  request: APIRequestContext,
  tokens: { office: string; clerk: string; chief: string },
  unitCode: string,
  deputyId: string,
) {
  const s = await post<{ id: string }>(request, tokens.office, "/suggestions", {
    sessionCode: "14-1",
    number: `E${tag()}`.slice(0, 20),
    title: "关于改进校园安全管理的建议",
    content: "建议完善校园安全管理制度。",
    leadDeputyId: deputyId,
  });
  await post(request, tokens.office, `/suggestions/${s.id}/assignment`, { leadUnitCode: unitCode });
  await post(request, tokens.clerk, `/suggestions/${s.id}/communications`, {
    method: "PHONE",
    occurredAt: new Date(Date.now() - 60_000).toISOString(),
    summary: "电话沟通办理思路",
  });
  const reply = await post<{ id: string }>(request, tokens.clerk, `/suggestions/${s.id}/replies`, {
    category: "A",
    text: "已采纳并落实。",
  });
  await post(request, tokens.clerk, `/replies/${reply.id}/submit`, {});
  await post(request, tokens.chief, `/replies/${reply.id}/sign`, { publishable: false });
  return `/suggestions/${s.id}/letter/${reply.id}`;
}

test.describe.configure({ timeout: 180_000 });

test("an admin renames a unit: an old signed letter keeps the old name, a new one has the new name", async ({ page, request }) => {
  const admin = await apiToken(request, "admin");
  const office = await apiToken(request, "office");
  const t = tag();
  const oldName = `省测试改名厅${t}`;
  const newName = `省测试改革厅${t}`;
  const code = `R${t}`.slice(0, 20);
  await post(request, admin, "/units", { code, name: oldName, kind: "DEPARTMENT" });
  for (const [username, role] of [
    [`clerk${t}`, "UNIT_HANDLER"],
    [`chief${t}`, "UNIT_LEADER"],
  ]) {
    await post(request, admin, "/users", { username, password: PASSWORD, name: `${role}${t}`, role, unitCode: code });
  }
  const tokens = { office, clerk: await apiToken(request, `clerk${t}`, PASSWORD), chief: await apiToken(request, `chief${t}`, PASSWORD) };
  const deputy = await post<{ id: string }>(request, office, "/deputies", { name: `改名测试代表${t}`, delegation: "长春代表团" });
  const oldLetter = await signedLetter(request, tokens, code, deputy.id);

  await signInAs(page, "admin");
  await page.goto("/admin/units");
  await page.getByText(`修改 ${oldName}（改名）`).click();
  const form = page.locator("details[open]").filter({ has: page.getByRole("button", { name: "保存修改" }) });
  await form.getByLabel("名称").fill(newName);
  await form.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("已保存")).toBeVisible();
  await expect(page.getByRole("cell", { name: new RegExp(`${newName}.*曾用名：${oldName}`) })).toBeVisible();
  await expectAccessible(page);

  const newLetter = await signedLetter(request, tokens, code, deputy.id);
  await signInAs(page, "office");
  await page.goto(oldLetter);
  await expect(page.getByTestId("letter-unit")).toHaveText(oldName);
  await page.goto(newLetter);
  await expect(page.getByTestId("letter-unit")).toHaveText(newName);

  // The audit log names the act and the unit in words, and filters to that unit's events.
  await signInAs(page, "admin");
  await page.goto(`/admin/audit?action=unit.rename`);
  const row = page.getByRole("row").filter({ hasText: `承办单位 ${newName}` });
  await expect(row.getByRole("cell", { name: "承办单位改名" })).toBeVisible();
  await row.getByRole("link", { name: "只看此记录" }).click();
  await expect(page.getByTestId("audit-record-filter")).toContainText(`承办单位 ${newName}`);
  await expect(page.getByRole("cell", { name: "新建承办单位" })).toBeVisible();
});

test("an admin links a deputy account to another deputy by searching names", async ({ page, request }) => {
  const admin = await apiToken(request, "admin");
  const t = tag();
  const first = await post<{ id: string }>(request, admin, "/deputies", { name: `甲代表${t}`, delegation: "吉林代表团" });
  const second = `乙代表${t}`;
  await post(request, admin, "/deputies", { name: second, delegation: "延边代表团" });
  const username = `dep${t}`.toLowerCase();
  await post(request, admin, "/users", { username, password: PASSWORD, name: `甲代表${t}`, role: "DEPUTY", deputyId: first.id });

  await signInAs(page, "admin");
  await page.goto(`/admin/users?q=${username}`);
  await page.getByText(`修改用户 ${username}`).click();
  // The row's edit form (the new-user form above has a picker of the same name).
  const form = page.locator("details[open]").filter({ has: page.getByRole("button", { name: "保存修改" }) });
  const picker = form.getByRole("combobox", { name: "关联代表（代表账号）" });
  await expect(picker).toHaveValue(`甲代表${t}（吉林代表团）`);
  await picker.fill(second);
  await expect(page.getByRole("option", { name: `${second}（延边代表团）` })).toBeVisible();
  await picker.press("ArrowDown");
  await picker.press("Enter");
  await expect(picker).toHaveValue(`${second}（延边代表团）`);
  await form.getByRole("button", { name: "保存修改" }).click();
  await expect(page.getByText("已保存")).toBeVisible();
  await expect(page.getByRole("row").filter({ hasText: username })).toContainText(second);
});
