// WCAG 2.1 AA across the app: every page each role can reach is checked with axe (no serious or critical
// violation), and keyboard-only use is checked where it matters — the skip link, Tab reaching the main
// controls with a visible focus, and forms submitted with Enter or Space (ActionForm, the template picker,
// the GET filter forms, sign-in). Suggestion ids in the needed states come from the API on the 14-1 demo.
import { expect, test, type APIRequestContext, type Locator, type Page } from "@playwright/test";
import { apiToken, expectAccessible, signInAs } from "./helpers";
import { tabWalk } from "./support/tab-walk";

type Item = { id: string; number: string; title: string; status: string; leadUnit: { code: string } | null; coUnits: { code: string }[] };
type Detail = {
  id: string;
  leadDeputy: { name: string };
  replies: { id: string; state: string; unit: { code: string } }[];
  opinions: { unit?: { code: string } }[];
};

async function api<T>(request: APIRequestContext, token: string, path: string): Promise<T> {
  const response = await request.get(path, { headers: { Authorization: `Bearer ${token}` } });
  expect(response.status(), path).toBe(200);
  return (await response.json()) as T;
}

async function list(request: APIRequestContext, token: string, status: string): Promise<Item[]> {
  return (await api<{ items: Item[] }>(request, token, `/api/v1/suggestions?session=14-1&status=${status}&pageSize=100`)).items;
}

/** Opens a page (2xx) and runs axe on it. */
async function visit(page: Page, path: string) {
  const response = await page.goto(path);
  expect(response?.status(), path).toBeLessThan(400);
  await expectAccessible(page);
}

/** Opens every <details> (version comparisons, the trend's table, audit changes) and runs axe again. */
async function expectAccessibleOpened(page: Page) {
  const opened = await page.evaluate(() => {
    const all = [...document.querySelectorAll("details")];
    all.forEach((d) => {
      d.open = true;
    });
    return all.length;
  });
  if (opened > 0) await expectAccessible(page);
}

/** Text boxes and selects are told by their border: at least 3:1 against what is behind them (WCAG 1.4.11). */
async function expectControlBorders(page: Page) {
  const weak = await page.evaluate(() => {
    const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const luminance = ([r, g, b]: number[]) => {
      const f = (v: number) => ((v /= 255) <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4);
      return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
    };
    const backdrop = (el: Element | null): number[] => {
      for (let node = el; node; node = node.parentElement) {
        const c = rgb(getComputedStyle(node).backgroundColor);
        if (c.length === 3 || (c.length === 4 && c[3] > 0)) return c.slice(0, 3);
      }
      return [255, 255, 255];
    };
    const out: string[] = [];
    document
      .querySelectorAll("input:not([type=checkbox]):not([type=radio]):not([type=file]):not([type=hidden]), select, textarea")
      .forEach((el) => {
        const style = getComputedStyle(el);
        if (style.display === "none" || style.visibility === "hidden" || parseFloat(style.borderTopWidth) === 0) return;
        const a = luminance(rgb(style.borderTopColor));
        const b = luminance(backdrop(el.parentElement));
        const ratio = (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
        if (ratio < 3) out.push(`${(el as HTMLInputElement).name || el.id}: ${ratio.toFixed(2)}`);
      });
    return out;
  });
  expect(weak).toEqual([]);
}

/** The element has keyboard focus and the focus is visible (an outline or a ring). */
async function expectFocusVisible(target: Locator) {
  const focus = await target.evaluate((el) => {
    const style = getComputedStyle(el);
    return {
      focused: el === document.activeElement,
      visible: el.matches(":focus-visible"),
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) > 0,
      ring: style.boxShadow !== "none",
    };
  });
  expect(focus.focused, "focused").toBe(true);
  expect(focus.visible, ":focus-visible").toBe(true);
  expect(focus.outline || focus.ring, "a visible focus indicator").toBe(true);
}

/** Presses Tab until the target has focus (fails after `limit` presses), then checks the focus is visible. */
async function tabTo(page: Page, target: Locator, limit = 120) {
  const stops = await tabWalk(page, limit, target);
  if (!stops.at(-1)?.target) throw new Error(`Tab did not reach ${target.toString()}`);
  return expectFocusVisible(target);
}

/**
 * Tabs through the whole page: every stop is on screen and shows a focus indicator; Tab never gets stuck.
 * Starts from where the focus is: call it on a page just loaded (reload one that was used).
 */
async function expectEveryFocusVisible(page: Page, limit = 250) {
  const problems: string[] = [];
  let previous = "";
  let stuck = 0;
  for (const stop of await tabWalk(page, limit)) {
    if (!stop) break; // past the last stop
    if (!stop.ring || !stop.onScreen) problems.push(`${stop.name} ring=${stop.ring} onScreen=${stop.onScreen}`);
    stuck = stop.key === previous ? stuck + 1 : 0;
    expect(stuck, `Tab is stuck on ${stop.name}`).toBeLessThan(8); // a date-time field: six parts and its calendar button
    previous = stop.key;
  }
  expect(problems).toEqual([]);
}

/** The first Tab on a page just loaded lands on the visible skip link; following it moves focus into <main>. */
async function expectSkipLink(page: Page, name: string) {
  await page.keyboard.press("Tab");
  const skip = page.getByRole("link", { name });
  await expectFocusVisible(skip);
  const box = await skip.boundingBox();
  expect(box && box.width > 10 && box.height > 10, "the skip link is visible when focused").toBe(true);
  await page.keyboard.press("Enter");
  await page.keyboard.press("Tab");
  expect(await page.evaluate(() => !!document.querySelector("main")?.contains(document.activeElement))).toBe(true);
}

// Next prefetches each link as it scrolls into view, a render on the server apiece (a Tab walk through the
// dashboard asks for ~110): none of it changes what the page shows, and refusing it in the browser made
// pages under axe 19% quicker and walks 15% (measured side by side). Navigation fetches what it needs.
test.beforeEach(async ({ page }) => {
  await page.route(/[?&]_rsc=/, (route) => (route.request().headers()["next-router-prefetch"] ? route.abort() : route.fallback()));
});

test("sign-in: accessible, and keyboard-only sign-in with Enter", async ({ page }) => {
  await visit(page, "/login");
  await page.keyboard.press("Tab");
  await tabTo(page, page.getByLabel("用户名"));
  await page.keyboard.type("office");
  await page.keyboard.press("Tab");
  await expectFocusVisible(page.getByLabel("密码"));
  await page.keyboard.type("wrong-password");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("alert").filter({ hasText: "用户名或密码错误" })).toBeVisible();
  await expectAccessible(page);
  await page.getByLabel("密码").fill("demo1234");
  await page.getByLabel("密码").press("Enter");
  await expect(page).toHaveURL(/\/dashboard/);
});

// The office's pages in three tests, so that they run side by side (the spec is fully parallel).
test("office: dashboard and reports, their filters by keyboard", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "office");
  await visit(page, "/dashboard");
  await expectAccessibleOpened(page);
  await expectControlBorders(page);
  await expectSkipLink(page, "跳到主要内容");
  await page.reload(); // the skip link moved the focus; <details> closed again
  await expectEveryFocusVisible(page, 150);
  await visit(page, "/dashboard?session=13-5&unitKind=DEPARTMENT&unit=D02&sort=-lead");
  await expect(page.getByTestId("active-filters")).toContainText("省教育厅");

  // The dashboard's filters by keyboard: Tab to the unit filter, Tab on to the button, Space submits.
  await page.goto("/dashboard?session=13-5");
  await tabTo(page, page.getByLabel("承办单位", { exact: true }));
  await page.keyboard.press("ArrowDown");
  await expect(page).toHaveURL(/session=13-5$/); // choosing with the keyboard does not navigate by itself
  await tabTo(page, page.getByRole("button", { name: "筛选", exact: true }));
  await page.keyboard.press("Space");
  await expect(page).toHaveURL(/unit=/);
  // The session select: arrowing through it does not reload the page; Enter applies the choice.
  await page.goto("/dashboard?session=13-5");
  await tabTo(page, page.getByLabel("会议"));
  await page.keyboard.press("ArrowUp");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/session=13-5$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/session=14-1/);

  await visit(page, "/reports?session=13-5");
  await tabTo(page, page.getByRole("button", { name: "打印 / 存为 PDF" }));
  await visit(page, "/reports?session=14-1&unitKind=CITY");
});

test("office: lists, a pending suggestion's assignment panel, an open one's supervision panel", async ({ page, request }) => {
  test.setTimeout(240_000);
  const token = await apiToken(request, "office");
  const pending = (await list(request, token, "PENDING"))[0];
  expect(pending, "a pending suggestion in 14-1").toBeDefined();
  const inProgress = (await list(request, token, "IN_PROGRESS"))[0];
  await signInAs(page, "office");
  await visit(page, "/suggestions");
  await visit(page, "/suggestions?session=14-1&status=IN_PROGRESS&field=教育&sort=-submittedAt");
  // The list's GET form submits with Enter in the search box.
  await page.goto("/suggestions?session=14-1");
  await tabTo(page, page.getByLabel("搜索（编号、标题、内容）"));
  await page.keyboard.type(pending.number);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(new RegExp(`q=${pending.number}`));
  await expect(page.getByRole("link", { name: pending.title })).toBeVisible();
  await expectAccessible(page);

  // A pending suggestion shows the assignment panel; its controls are reached by Tab.
  await visit(page, `/suggestions/${pending.id}`);
  await expect(page.getByLabel("主办单位")).toBeVisible();
  await tabTo(page, page.getByLabel("主办单位"));
  // The co-handling units, a multiple select: Shift+arrows extend the choice, Ctrl+arrows move, Ctrl+Space adds.
  const co = page.getByLabel("会办单位");
  await tabTo(page, co);
  await expect(co).toHaveAccessibleDescription(/Ctrl\+空格/);
  const chosen = () => co.evaluate((el) => (el as HTMLSelectElement).selectedOptions.length);
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("Shift+ArrowDown");
  expect(await chosen()).toBe(2);
  await page.keyboard.press("Control+ArrowDown");
  await page.keyboard.press("Control+Space");
  expect(await chosen()).toBe(3);
  await tabTo(page, page.getByRole("button", { name: "交办", exact: true }));
  if (inProgress) {
    await visit(page, `/suggestions/${inProgress.id}`);
    await expect(page.getByLabel("督办单位")).toBeVisible();
  }
});

test("office: supervision, assignment, import, registration, notifications, the public page, the API docs", async ({ page }) => {
  test.setTimeout(240_000);
  await signInAs(page, "office");
  await visit(page, "/supervision?session=14-1");
  await visit(page, "/office/assign?session=14-1");
  await tabTo(page, page.getByRole("button", { name: "交办所选建议" }));
  await visit(page, "/office/import");
  await tabTo(page, page.getByLabel("文件"));
  await tabTo(page, page.getByRole("button", { name: "导入", exact: true }));
  await visit(page, "/office/new");
  await expectControlBorders(page);
  await expectEveryFocusVisible(page);
  await visit(page, "/office/new?title=教育");
  await visit(page, "/notifications");
  await visit(page, "/public");
  await visit(page, "/public?session=13-5&q=关于");
  await visit(page, "/api/v1/docs");
});

test("leader: dashboard, report, list, a suggestion with the instruction panel, supervision", async ({ page, request }) => {
  const token = await apiToken(request, "leader");
  const item = (await list(request, token, "IN_PROGRESS"))[0];
  await signInAs(page, "leader");
  await visit(page, "/dashboard?session=14-1");
  await visit(page, "/reports?session=14-1");
  await visit(page, "/suggestions?session=14-1");
  await visit(page, "/key-suggestions");
  await visit(page, `/suggestions/${item.id}`);
  await tabTo(page, page.getByLabel("批示内容"));
  await visit(page, "/supervision?session=14-1");
  // The session switch: arrowing through the sessions does not reload the page; Enter does.
  await tabTo(page, page.getByLabel("会议"));
  await page.keyboard.press("ArrowDown");
  await page.waitForTimeout(300);
  await expect(page).toHaveURL(/session=14-1$/);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/session=(?!14-1)/);
  await visit(page, "/notifications");
});

test("admin: users, units, sessions, deputies, tokens, audit", async ({ page }) => {
  test.setTimeout(300_000); // every record list has its edit forms (issue 11)
  await signInAs(page, "admin");
  for (const path of [
    "/admin/users",
    "/admin/users?q=edu",
    "/admin/units",
    "/admin/sessions",
    "/admin/calendar?year=2026",
    "/admin/deputies",
    "/admin/deputies?q=长春",
    "/admin/tokens",
    "/admin/audit",
    "/admin/audit?entity=Suggestion",
  ]) {
    await visit(page, path);
  }
  await page.goto("/admin/audit");
  await expectAccessibleOpened(page);
  await page.reload(); // <details> closed again
  await expectEveryFocusVisible(page, 40);
  await visit(page, "/dashboard");
  await visit(page, "/suggestions?session=14-1&status=CLOSED");

  // ActionForm by keyboard: fill the token form and submit it with Enter in a field.
  await page.goto("/admin/tokens");
  await tabTo(page, page.getByLabel("用户名"));
  await page.keyboard.type("office");
  await page.keyboard.press("Tab");
  await page.keyboard.type("a11y-keyboard");
  await page.keyboard.press("Enter");
  await expect(page.getByRole("status").first()).toBeVisible();
  await expectAccessible(page);
});

test("unit clerk (edu): inbox tabs and views, list, supervision, notifications, a co-handled suggestion", async ({ page, request }) => {
  test.setTimeout(240_000);
  const token = await apiToken(request, "edu");
  const co = (await list(request, token, "IN_PROGRESS")).find((s) => s.leadUnit?.code !== "D02");
  await signInAs(page, "edu");
  for (const tab of ["LEAD", "CO"]) {
    for (const view of ["overdue", "dueSoon", "open", "all"]) await visit(page, `/inbox?tab=${tab}&view=${view}`);
  }
  await page.goto("/inbox");
  await expectSkipLink(page, "跳到主要内容");
  await tabTo(page, page.getByRole("main").getByRole("link", { name: /会办/ }).first()); // not the nav's 待提会办意见
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/tab=CO/);
  await visit(page, "/suggestions?session=14-1");
  await visit(page, "/supervision?session=14-1");
  await visit(page, "/notifications");
  if (co) await visit(page, `/suggestions/${co.id}`);
});

test("unit clerk (edu): a lead suggestion with communication and reply editor", async ({ page, request }) => {
  test.setTimeout(240_000);
  const token = await apiToken(request, "edu");
  const open = (await list(request, token, "IN_PROGRESS")).filter((s) => s.leadUnit?.code === "D02");
  let target: Item | undefined;
  for (const s of open) {
    const detail = await api<Detail>(request, token, `/api/v1/suggestions/${s.id}`);
    if (!detail.replies.some((r) => r.unit.code === "D02" && r.state !== "SIGNED")) {
      target = s;
      break;
    }
  }
  expect(target, "an IN_PROGRESS suggestion led by 省教育厅 without a reply in hand").toBeDefined();

  await signInAs(page, "edu");
  await visit(page, `/suggestions/${target!.id}`);
  await expect(page.getByLabel("答复正文")).toBeVisible();
  await expect(page.getByLabel("沟通方式")).toBeVisible();
  await expectControlBorders(page);
  await expectEveryFocusVisible(page);

  // The template picker by keyboard: arrowing through the templates changes nothing until it is applied.
  const text = page.getByLabel("答复正文");
  await tabTo(page, page.getByLabel("答复模板"));
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await expect(text).toHaveValue("");
  await expectFocusVisible(page.getByLabel("答复模板"));
  await tabTo(page, page.getByRole("button", { name: "套用模板" }));
  await page.keyboard.press("Enter");
  await expect(text).not.toHaveValue("");
  await expect(page.getByLabel("办理结果类别")).toHaveValue("B");
  await expectFocusVisible(text);
  await expectAccessible(page);

  // The communication form (ActionForm) filled and submitted with the keyboard only.
  const method = page.getByLabel("沟通方式");
  await method.focus();
  await expectFocusVisible(method);
  await page.keyboard.press("ArrowDown"); // 电话
  await page.keyboard.press("Tab");
  await expectFocusVisible(page.getByLabel("沟通时间"));
  const when = page.getByLabel("沟通时间");
  await when.fill("2099-01-01T10:00"); // in the future: the server refuses it
  await tabTo(page, page.getByLabel("沟通情况"), 8); // the date and time segments are tab stops of their own
  await page.keyboard.type("电话联系代表，说明办理安排。");
  await page.keyboard.press("Tab");
  const save = page.getByRole("button", { name: "保存沟通记录" });
  await expectFocusVisible(save);
  await page.keyboard.press("Space");
  // Refused: the message is an alert, the field is marked invalid and described by the error, the focus stays.
  await expect(page.getByRole("alert").filter({ hasText: /./ }).first()).toBeVisible();
  await expect(when).toHaveAttribute("aria-invalid", "true");
  await expect(when).toHaveAccessibleDescription(/沟通时间/);
  await expectFocusVisible(save);
  await expectAccessible(page);
  await when.fill("2026-11-20T10:00");
  await tabTo(page, save, 12);
  await page.keyboard.press("Space");
  await expect(when).not.toHaveAttribute("aria-invalid", "true");
  await expect(page.getByRole("status").filter({ hasText: "已保存" }).first()).toBeVisible();
  await expect(page.getByRole("region", { name: "沟通记录" })).toContainText("说明办理安排");
  await expectAccessible(page);

  // Two saved drafts make a version comparison; its disclosure opens with Enter and passes axe.
  const saveDraft = page.getByRole("button", { name: "保存答复草稿" });
  await page.getByLabel("办理结果类别").selectOption("A");
  await text.fill("经研究，相关问题已经解决。");
  await tabTo(page, saveDraft, 30);
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reply-DRAFT")).toContainText("相关问题已经解决");
  await text.fill("经研究，相关问题已经解决，并已建立长效机制。");
  await saveDraft.focus();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("reply-DRAFT")).toContainText("长效机制");
  const versions = page.getByTestId("reply-DRAFT").getByText("历史版本");
  await versions.focus();
  await expectFocusVisible(versions);
  await page.keyboard.press("Enter");
  const compare = page.getByTestId("reply-DRAFT").getByRole("group", { name: "与上一版比较" });
  await expect(compare).toBeVisible();
  // The change inside the paragraph is marked by itself, and read out with words around it (issue 14 item 5).
  await expect(compare.locator("ins")).toHaveText("（插入：，并已建立长效机制）");
  await expect(compare.locator("del")).toHaveCount(0);
  await expect(compare.locator('[data-diff="added"]')).toContainText("新增");
  await expectAccessible(page);
});

test("unit leader (edu-leader): a reply in review shows the review panel", async ({ page, request }) => {
  const token = await apiToken(request, "edu-leader");
  let target: string | undefined;
  for (const status of ["IN_PROGRESS", "REHANDLING"]) {
    for (const s of (await list(request, token, status)).filter((i) => i.leadUnit?.code === "D02")) {
      const detail = await api<Detail>(request, token, `/api/v1/suggestions/${s.id}`);
      if (detail.replies.some((r) => r.unit.code === "D02" && r.state === "IN_REVIEW")) {
        target = s.id;
        break;
      }
    }
    if (target) break;
  }
  expect(target, "a 省教育厅 reply in review").toBeDefined();
  await signInAs(page, "edu-leader");
  await visit(page, "/inbox");
  await visit(page, `/suggestions/${target}`);
  await expect(page.getByRole("button", { name: "签发" })).toBeVisible();
  await expectAccessibleOpened(page);
  await page.reload(); // <details> closed again
  await expectEveryFocusVisible(page);
  const publishable = page.getByLabel(/答复摘要可以公开/);
  if (await publishable.count()) {
    await tabTo(page, publishable);
    await page.keyboard.press("Space");
    await expect(publishable).not.toBeChecked();
    await page.keyboard.press("Space");
    await expect(publishable).toBeChecked();
  }
  await tabTo(page, page.getByRole("button", { name: "签发" }));
  await tabTo(page, page.getByLabel("退回意见"));
  await tabTo(page, page.getByRole("button", { name: "退回修改" }));
});

test("deputy: my suggestions, a replied one with the feedback form (keyboard), the reply letter", async ({ page, request }) => {
  const token = await apiToken(request, "deputy");
  const replied = await list(request, token, "REPLIED");
  let target: { id: string; replyId: string } | undefined;
  for (const s of replied) {
    const detail = await api<Detail>(request, token, `/api/v1/suggestions/${s.id}`);
    const signed = detail.replies.find((r) => r.state === "SIGNED");
    if (signed && detail.leadDeputy.name === "王丽华") {
      target = { id: s.id, replyId: signed.id };
      break;
    }
  }
  expect(target, "a replied suggestion of the demo deputy").toBeDefined();

  await signInAs(page, "deputy");
  await visit(page, "/suggestions");
  await expectSkipLink(page, "跳到主要内容");
  await visit(page, "/suggestions?session=14-1&status=REPLIED");
  await visit(page, "/notifications");
  // Not found (another deputy's suggestion looks the same): one main landmark, no duplicate ids.
  expect((await page.goto("/suggestions/no-such-suggestion"))?.status()).toBe(404);
  await expect(page.getByRole("main")).toHaveCount(1);
  await expectAccessible(page);
  await visit(page, `/suggestions/${target!.id}/letter/${target!.replyId}`);
  await tabTo(page, page.getByRole("button", { name: "打印 / 存为 PDF" }));

  await visit(page, `/suggestions/${target!.id}`);
  // The rating by keyboard: Tab into the radio group, arrows choose, Tab to the comment, Enter on the button.
  await tabTo(page, page.getByLabel("满意", { exact: true }));
  await page.keyboard.press("Space");
  await expect(page.getByLabel("满意", { exact: true })).toBeChecked();
  await page.keyboard.press("ArrowRight");
  await expect(page.getByLabel("基本满意")).toBeChecked();
  await page.keyboard.press("Tab");
  await expectFocusVisible(page.getByLabel("意见和建议"));
  await page.keyboard.type("答复及时，感谢。");
  await page.keyboard.press("Tab");
  await expectFocusVisible(page.getByRole("button", { name: "提交测评" }));
  await page.keyboard.press("Enter");
  // The confirmation takes the focus (on 取消); Tab to its 提交测评 and Enter.
  const dialog = page.getByRole("dialog", { name: "提交测评" });
  await expectFocusVisible(dialog.getByRole("button", { name: "取消" }));
  await page.keyboard.press("Tab");
  await expectFocusVisible(dialog.getByRole("button", { name: "提交测评" }));
  await page.keyboard.press("Enter");
  await expect(page.getByRole("region", { name: "满意度测评" })).toContainText("基本满意");
  await expectAccessible(page);
});

test("English: the dashboard, lists and a suggestion page", async ({ page, request }) => {
  const token = await apiToken(request, "office");
  const pending = (await list(request, token, "PENDING"))[0];
  const replied = (await list(request, token, "REPLIED"))[0];
  await signInAs(page, "office");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.getByRole("link", { name: "Dashboard" })).toBeVisible();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/dashboard?session=13-5");
  await expectSkipLink(page, "Skip to main content");
  await visit(page, "/suggestions?session=14-1");
  await visit(page, `/suggestions/${pending.id}`);
  if (replied) await visit(page, `/suggestions/${replied.id}`);
  await visit(page, "/supervision?session=14-1");
  await visit(page, "/public");
  await page.goto("/dashboard");
  await page.getByRole("button", { name: "Sign out" }).click();
  await expect(page).toHaveURL(/\/login/);
  await visit(page, "/login");
  await expect(page.getByLabel("Username")).toBeVisible();
});

test("English: a unit clerk's suggestion with its forms", async ({ page, request }) => {
  const token = await apiToken(request, "edu");
  const open = (await list(request, token, "IN_PROGRESS")).find((s) => s.leadUnit?.code === "D02");
  expect(open).toBeDefined();
  await signInAs(page, "edu");
  await page.goto("/inbox");
  await page.getByRole("button", { name: "English" }).click();
  await expect(page.locator("html")).toHaveAttribute("lang", "en");
  await visit(page, "/inbox");
  await visit(page, `/suggestions/${open!.id}`);
  // The record is Chinese on the English page, and marked so.
  await expect(page.getByRole("heading", { level: 1 })).toHaveAttribute("lang", "zh-CN");
  await expectAccessibleOpened(page);
});

test("a 320 px wide screen: pages reflow without scrolling sideways (WCAG 1.4.10) and stay accessible", async ({ page, request }) => {
  test.setTimeout(120_000);
  const token = await apiToken(request, "office");
  const item = (await list(request, token, "IN_PROGRESS"))[0];
  await page.setViewportSize({ width: 320, height: 700 });
  await visit(page, "/public?session=13-5");
  await signInAs(page, "office");
  for (const path of [
    "/dashboard?session=13-5",
    "/dashboard?session=14-1&unit=D02",
    "/reports?session=13-5",
    "/suggestions?session=14-1",
    `/suggestions/${item.id}`,
    "/supervision?session=14-1",
    "/key-suggestions",
    "/office/assign?session=14-1",
    "/office/import",
    "/office/new",
  ]) {
    await visit(page, path);
    const { scrollWidth, clientWidth } = await page.evaluate(() => ({
      scrollWidth: document.documentElement.scrollWidth,
      clientWidth: document.documentElement.clientWidth,
    }));
    expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(clientWidth);
  }
});
