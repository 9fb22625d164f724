// The authorization matrix: every page (a plain GET, and a client-side navigation whose headers say the
// signed-in layouts are already on screen, so only the page itself can refuse), every /api/v1 route and every
// export, for an anonymous visitor, the six roles, another unit's clerk and another deputy. Each cell states the
// expected answer; no answer may carry a record of someone else's, and a refused page none of its own records.
// A page.tsx or route.ts missing from these tables fails the first test: add its row when you add it.
import { test, expect, type APIRequestContext } from "@playwright/test";
import {
  apiToken,
  deputyCode,
  discover,
  foreignTo,
  metadataPrefetch,
  outcome,
  readable,
  routeFiles,
  signIn,
  softNavigation,
  visible,
  xlsxText,
  WHO,
  type Fixture,
  type SignedIn,
  type Who,
} from "./authz-support";

type Expect = (who: Who, f: Fixture) => string;
type Url = string | ((f: Fixture) => string);
/** marks: strings of the page's own records — absent when refused, present when allowed (which proves they can be seen). */
interface PageRow {
  file: string;
  url: Url;
  expect: Expect;
  marks?: (string | RegExp)[] | ((f: Fixture) => string[]);
}
interface ApiRow {
  file: string;
  method: "GET" | "POST" | "PATCH";
  url: Url;
  expect: (who: Who, f: Fixture) => number;
  body?: unknown;
}
interface CookieRow {
  file: string;
  url: Url;
  expect: Expect;
  xlsx?: boolean;
  shows?: (who: Who, f: Fixture) => string[];
  post?: boolean;
}

const ADMIN: Who[] = ["admin"];
const OFFICE: Who[] = ["admin", "office"];
const STATS: Who[] = ["admin", "office", "leader"];
const UNITS: Who[] = ["edu", "eduLeader", "otherUnit"];
const SUPERVISION: Who[] = [...STATS, ...UNITS];
const EVERYONE_SIGNED_IN: Who[] = WHO.filter((w) => w !== "anon");

/** A page for `roles`; the sign-in page for a visitor; a 404 for every other role. */
const only =
  (roles: Who[], allowed = "page"): Expect =>
  (who) =>
    who === "anon" ? "login" : roles.includes(who) ? allowed : "404";
/** A page of one suggestion: for whoever may see that suggestion. */
const seeing =
  (pick: (f: Fixture) => Fixture["edu"]): Expect =>
  (who, f) =>
    who === "anon" ? "login" : visible(who, pick(f), f) ? "page" : "404";
/** A link to a suggestion: a list refused must show none. */
const SUGGESTION_LINK = /\/suggestions\/c[a-z0-9]{20,}/;
const HOME: Record<SignedIn, string> = {
  admin: "/dashboard",
  office: "/dashboard",
  leader: "/dashboard",
  edu: "/inbox",
  eduLeader: "/inbox",
  otherUnit: "/inbox",
  deputy: "/suggestions",
  otherDeputy: "/suggestions",
};

const PAGES: PageRow[] = [
  { file: "app/(app)/page.tsx", url: "/", expect: (who) => (who === "anon" ? "login" : `redirect:${HOME[who]}`) },
  { file: "app/(app)/account/password/page.tsx", url: "/account/password", expect: only(EVERYONE_SIGNED_IN) },
  { file: "app/(app)/account/notices/page.tsx", url: "/account/notices", expect: only(EVERYONE_SIGNED_IN), marks: ["每日待办汇总"] },
  { file: "app/(app)/admin/page.tsx", url: "/admin", expect: only(ADMIN, "redirect:/admin/users") },
  // Filtered to the workflow's events: every sign-in is audited too, and the tests before this one sign in often.
  { file: "app/(app)/admin/audit/page.tsx", url: "/admin/audit?action=suggestion.", expect: only(ADMIN), marks: [/第 \S+ 号建议《/] },
  { file: "app/(app)/admin/calendar/page.tsx", url: "/admin/calendar?year=2026", expect: only(ADMIN), marks: ["春节"] },
  { file: "app/(app)/admin/deputies/page.tsx", url: "/admin/deputies", expect: only(ADMIN), marks: [/DB\d{4}/] },
  { file: "app/(app)/admin/outbox/page.tsx", url: "/admin/outbox", expect: only(ADMIN), marks: ["没有失败或等待发送的消息"] },
  {
    file: "app/(app)/admin/sessions/page.tsx",
    url: "/admin/sessions",
    expect: only(ADMIN),
    marks: ["吉林省第十三届人民代表大会第五次会议"],
  },
  { file: "app/(app)/admin/tokens/page.tsx", url: "/admin/tokens", expect: only(ADMIN), marks: ["office（"] },
  { file: "app/(app)/admin/units/page.tsx", url: "/admin/units", expect: only(ADMIN), marks: ["省发改委"] },
  { file: "app/(app)/admin/users/page.tsx", url: "/admin/users", expect: only(ADMIN), marks: [/u-[CD]\d\d/] },
  { file: "app/(app)/dashboard/page.tsx", url: "/dashboard?session=14-1", expect: only(STATS), marks: ["省发改委"] },
  { file: "app/(app)/reports/page.tsx", url: "/reports?session=14-1", expect: only(STATS), marks: ["省发改委"] },
  { file: "app/(app)/inbox/page.tsx", url: "/inbox?view=all", expect: only(UNITS), marks: [SUGGESTION_LINK] },
  { file: "app/(app)/notifications/page.tsx", url: "/notifications", expect: only(EVERYONE_SIGNED_IN) },
  { file: "app/(app)/office/assign/page.tsx", url: "/office/assign", expect: only(OFFICE), marks: ["省发改委"] },
  { file: "app/(app)/office/import/page.tsx", url: "/office/import", expect: only(OFFICE), marks: [".xlsx"] },
  { file: "app/(app)/office/plan/page.tsx", url: "/office/plan", expect: only(OFFICE), marks: [".xlsx"] },
  {
    file: "app/(app)/office/new/page.tsx",
    url: "/office/new",
    expect: only(OFFICE),
    marks: ["吉林省第十四届人民代表大会第一次会议 (14-1)"],
  }, // deputies are searched, not listed
  { file: "app/(app)/suggestions/page.tsx", url: "/suggestions", expect: only(EVERYONE_SIGNED_IN), marks: [SUGGESTION_LINK] },
  {
    file: "app/(app)/suggestions/[id]/page.tsx",
    url: (f) => `/suggestions/${f.edu.id}`,
    expect: seeing((f) => f.edu),
    marks: (f) => [f.edu.title],
  },
  {
    file: "app/(app)/suggestions/[id]/page.tsx",
    url: (f) => `/suggestions/${f.other.id}`,
    expect: seeing((f) => f.other),
    marks: (f) => [f.other.title],
  },
  {
    file: "app/(app)/suggestions/[id]/letter/[replyId]/page.tsx",
    url: (f) => `/suggestions/${f.letter.id}/letter/${f.letter.signedReply!.id}`,
    expect: seeing((f) => f.letter),
    marks: (f) => [f.letter.signedReply!.text],
  },
  { file: "app/(app)/supervision/page.tsx", url: "/supervision", expect: only(SUPERVISION) },
  { file: "app/(app)/key-suggestions/page.tsx", url: "/key-suggestions", expect: only(STATS), marks: [SUGGESTION_LINK] },
  // Worklists (issue 11): each list for its own role, a 404 for every other; a deputy's led list is never empty.
  { file: "app/(app)/work/[list]/page.tsx", url: "/work/toSign", expect: only(["eduLeader"]) },
  { file: "app/(app)/work/[list]/page.tsx", url: "/work/opinionsDue", expect: only(["edu", "otherUnit"]) },
  { file: "app/(app)/work/[list]/page.tsx", url: "/work/requests", expect: only(OFFICE) },
  { file: "app/(app)/work/[list]/page.tsx", url: "/work/led", expect: only(["deputy", "otherDeputy"]), marks: [SUGGESTION_LINK] },
  { file: "app/(auth)/login/page.tsx", url: "/login", expect: (who) => (who === "anon" ? "page" : "redirect:/") },
  { file: "app/public/page.tsx", url: "/public", expect: () => "page" },
];

/** 401 without a token; 403 for a role the route refuses outright; else `ok`, or 404 for a suggestion the caller may not see. */
const api = (roles: Who[] | "all", ok: number, record?: (f: Fixture) => Fixture["edu"]) => (who: Who, f: Fixture) =>
  who === "anon" ? 401 : roles !== "all" && !roles.includes(who) ? 403 : record && !visible(who, record(f), f) ? 404 : ok;
const UNIT_ROLES: Who[] = ["edu", "eduLeader", "otherUnit"];
const DEPUTIES: Who[] = ["deputy", "otherDeputy"];

// Writes are sent with an empty or refused body: the allowed callers get past authorization to validation or
// the workflow's rules (400/422), so the matrix changes no data.
const APIS: ApiRow[] = [
  { file: "app/api/v1/health/route.ts", method: "GET", url: "/api/v1/health", expect: () => 200 },
  { file: "app/api/v1/docs/route.ts", method: "GET", url: "/api/v1/docs", expect: () => 200 },
  { file: "app/api/v1/openapi.json/route.ts", method: "GET", url: "/api/v1/openapi.json", expect: () => 200 },
  { file: "app/api/v1/auth/token/route.ts", method: "POST", url: "/api/v1/auth/token", body: {}, expect: () => 400 },
  { file: "app/api/v1/deputies/route.ts", method: "POST", url: "/api/v1/deputies", body: {}, expect: api(OFFICE, 400) },
  { file: "app/api/v1/sessions/route.ts", method: "POST", url: "/api/v1/sessions", body: {}, expect: api(ADMIN, 400) },
  { file: "app/api/v1/units/route.ts", method: "POST", url: "/api/v1/units", body: {}, expect: api(ADMIN, 400) },
  { file: "app/api/v1/users/route.ts", method: "POST", url: "/api/v1/users", body: {}, expect: api(ADMIN, 400) },
  { file: "app/api/v1/units/route.ts", method: "GET", url: "/api/v1/units?q=省", expect: api(OFFICE, 200) },
  { file: "app/api/v1/deputies/route.ts", method: "GET", url: "/api/v1/deputies?q=代表", expect: api(OFFICE, 200) },
  // Edits of a record that does not exist: the allowed callers get past authorization to the 404; nothing changes.
  { file: "app/api/v1/users/[id]/route.ts", method: "PATCH", url: "/api/v1/users/nope", body: {}, expect: api(ADMIN, 404) },
  { file: "app/api/v1/units/[id]/route.ts", method: "PATCH", url: "/api/v1/units/nope", body: {}, expect: api(ADMIN, 404) },
  { file: "app/api/v1/sessions/[id]/route.ts", method: "PATCH", url: "/api/v1/sessions/nope", body: {}, expect: api(ADMIN, 404) },
  { file: "app/api/v1/deputies/[id]/route.ts", method: "PATCH", url: "/api/v1/deputies/nope", body: {}, expect: api(OFFICE, 404) },
  { file: "app/api/v1/worklists/route.ts", method: "GET", url: "/api/v1/worklists", expect: api("all", 200) },
  {
    file: "app/api/v1/worklists/[name]/route.ts",
    method: "GET",
    url: "/api/v1/worklists/toSign",
    expect: (who) => (who === "anon" ? 401 : who === "eduLeader" ? 200 : 404),
  },
  { file: "app/api/v1/changes/route.ts", method: "GET", url: "/api/v1/changes?limit=20", expect: api(STATS, 200) },
  { file: "app/api/v1/stats/route.ts", method: "GET", url: "/api/v1/stats?session=14-1", expect: api(STATS, 200) },
  { file: "app/api/v1/key-suggestions/route.ts", method: "GET", url: "/api/v1/key-suggestions", expect: api(STATS, 200) },
  {
    file: "app/api/v1/suggestions/[id]/key/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/key`,
    body: {},
    expect: api(OFFICE, 400),
  },
  {
    file: "app/api/v1/suggestions/[id]/progress-reports/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/progress-reports`,
    body: {},
    expect: api(UNIT_ROLES, 400, (f) => f.edu),
  },
  { file: "app/api/v1/suggestions/route.ts", method: "GET", url: "/api/v1/suggestions?pageSize=100", expect: api("all", 200) },
  { file: "app/api/v1/suggestions/route.ts", method: "POST", url: "/api/v1/suggestions", body: {}, expect: api(OFFICE, 400) },
  {
    file: "app/api/v1/suggestions/[id]/route.ts",
    method: "GET",
    url: (f) => `/api/v1/suggestions/${f.edu.id}`,
    expect: api("all", 200, (f) => f.edu),
  },
  {
    file: "app/api/v1/suggestions/[id]/route.ts",
    method: "GET",
    url: (f) => `/api/v1/suggestions/${f.other.id}`,
    expect: api("all", 200, (f) => f.other),
  },
  {
    file: "app/api/v1/suggestions/[id]/standing/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/standing`,
    body: {},
    expect: api(OFFICE, 400),
  },
  {
    file: "app/api/v1/suggestions/merges/[id]/undo/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/merges/${f.edu.id}/undo`,
    body: {},
    expect: api(OFFICE, 400),
  },
  {
    file: "app/api/v1/suggestions/merges/[id]/extend/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/merges/${f.edu.id}/extend`,
    body: {},
    expect: api(OFFICE, 400),
  },
  { file: "app/api/v1/plans/route.ts", method: "POST", url: "/api/v1/plans", body: {}, expect: api(OFFICE, 400) },
  {
    file: "app/api/v1/suggestions/[id]/assignment/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/assignment`,
    body: {},
    expect: api(OFFICE, 400),
  },
  {
    file: "app/api/v1/suggestions/[id]/route.ts",
    method: "PATCH",
    url: (f) => `/api/v1/suggestions/${f.edu.id}`,
    body: {},
    expect: api(OFFICE, 400),
  },
  {
    file: "app/api/v1/suggestions/[id]/units/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/units`,
    body: {},
    expect: api(OFFICE, 400),
  },
  {
    file: "app/api/v1/suggestions/[id]/communications/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/communications`,
    body: {},
    expect: api(UNIT_ROLES, 400, (f) => f.edu),
  },
  {
    file: "app/api/v1/suggestions/[id]/opinions/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/opinions`,
    body: {},
    expect: (who, f) => api(UNIT_ROLES, 403, (g) => g.edu)(who, f),
  },
  {
    file: "app/api/v1/suggestions/[id]/replies/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/replies`,
    body: {},
    expect: api(UNIT_ROLES, 400, (f) => f.edu),
  },
  {
    file: "app/api/v1/suggestions/[id]/feedback/route.ts",
    method: "POST",
    url: (f) => `/api/v1/suggestions/${f.edu.id}/feedback`,
    body: {},
    expect: (who, f) => {
      // Only the lead deputy rates; a co-signer sees the suggestion but may not (403).
      const code = api(DEPUTIES, 400, (g) => g.edu)(who, f);
      return code === 400 && f.edu.deputies[0] !== deputyCode(who, f) ? 403 : code;
    },
  },
  {
    file: "app/api/v1/replies/[id]/submit/route.ts",
    method: "POST",
    url: (f) => `/api/v1/replies/${f.letter.signedReply!.id}/submit`,
    expect: api(UNIT_ROLES, 422, (f) => f.letter),
  },
  {
    file: "app/api/v1/replies/[id]/sign/route.ts",
    method: "POST",
    url: (f) => `/api/v1/replies/${f.letter.signedReply!.id}/sign`,
    expect: api(["eduLeader"], 422, (f) => f.letter),
  },
];

/** Signed in with the session cookie, as a browser downloads: the exports and next-auth's own route. */
const COOKIE_ROUTES: CookieRow[] = [
  { file: "app/export/outcome/route.ts", url: "/export/outcome?session=14-1", expect: only(STATS), xlsx: true },
  { file: "app/export/unit-table/route.ts", url: "/export/unit-table?session=14-1", expect: only(STATS), xlsx: true },
  ...(["edu", "other"] as const).map((key): CookieRow => ({
    file: "app/export/suggestions/route.ts",
    url: (f) => `/export/suggestions?session=${f[key].session}`,
    expect: only(EVERYONE_SIGNED_IN),
    xlsx: true,
    // Whoever may see the record finds it in the file, so its absence from the others' files means something.
    shows: (who, f) => (visible(who, f[key], f) ? [f[key].title] : []),
  })),
  { file: "app/api/auth/[...nextauth]/route.ts", url: "/api/auth/session", expect: () => "page" },
  { file: "app/(app)/office/import/template/route.ts", url: "/office/import/template", expect: only(OFFICE), xlsx: true },
  // An empty upload: the office gets past authorization to validation (400); nothing is imported.
  {
    file: "app/(app)/office/import/upload/route.ts",
    url: "/office/import/upload?session=14-1",
    post: true,
    expect: (who) => (who === "anon" ? "status 401" : OFFICE.includes(who) ? "status 400" : "status 403"),
  },
  {
    file: "app/(app)/office/plan/upload/route.ts",
    url: "/office/plan/upload?session=14-1",
    post: true,
    expect: (who) => (who === "anon" ? "status 401" : OFFICE.includes(who) ? "status 400" : "status 403"),
  },
  // The archived letter's PDF: whoever may see the letter page; a visitor is asked to sign in (401).
  {
    file: "app/(app)/suggestions/[id]/letter/[replyId]/pdf/route.ts",
    url: (f) => `/suggestions/${f.letter.id}/letter/${f.letter.signedReply!.id}/pdf`,
    expect: (who, f) => (who === "anon" ? "status 401" : visible(who, f.letter, f) ? "page" : "404"),
  },
  // No file of that id: 404 to everyone signed in (the scope checks are in tests/integration/attachments.test.ts).
  {
    file: "app/(app)/attachments/[id]/route.ts",
    url: "/attachments/no-such-file",
    expect: (who) => (who === "anon" ? "status 401" : "404"),
  },
  // An empty upload to a suggestion: the office gets past authorization to validation (400: no file name).
  {
    file: "app/(app)/attachments/upload/route.ts",
    url: (f) => `/attachments/upload?owner=SUGGESTION&id=${f.edu.id}`,
    post: true,
    expect: (who, f) =>
      who === "anon" ? "status 401" : !visible(who, f.edu, f) ? "404" : OFFICE.includes(who) ? "status 400" : "status 403",
  },
];

let f: Fixture;
const cookies = new Map<Who, APIRequestContext>();
const tokens = new Map<Who, string>();
const resolve = (url: Url) => (typeof url === "string" ? url : url(f));

test.beforeAll(async ({ playwright }, info) => {
  test.setTimeout(120_000);
  const baseURL = info.project.use.baseURL;
  const anon = await playwright.request.newContext({ baseURL });
  cookies.set("anon", anon);
  f = await discover(anon, await apiToken(anon, "office"));
  for (const who of WHO.filter((w): w is SignedIn => w !== "anon")) {
    const context = await playwright.request.newContext({ baseURL });
    await signIn(context, f.usernames[who]);
    cookies.set(who, context);
    tokens.set(who, await apiToken(anon, f.usernames[who]));
  }
});

test.afterAll(async () => {
  for (const context of cookies.values()) await context.dispose();
});

/** Someone else's record in an answer, or (when refused) one of the page's own records. */
function leaks(who: Who, text: string, marks: (string | RegExp)[] = [], url = ""): string[] {
  // An id the caller put in the URL comes back in the page's route state; that is not a record.
  const found = foreignTo(who, f).filter((s) => text.includes(s) && !url.includes(s));
  return [...found, ...marks.filter((m) => (typeof m === "string" ? text.includes(m) : m.test(text))).map(String)];
}

test("every page and route handler on disk is in the matrix, and every row's file exists", () => {
  const listed = new Set([...PAGES, ...APIS, ...COOKIE_ROUTES].map((row) => row.file));
  const onDisk = routeFiles();
  expect(
    onDisk.filter((file) => !listed.has(file)),
    "pages/routes missing from authz-matrix.spec.ts",
  ).toEqual([]);
  expect(
    [...listed].filter((file) => !onDisk.includes(file)),
    "rows for files that no longer exist",
  ).toEqual([]);
});

for (const [i, row] of PAGES.entries()) {
  test(`page ${i + 1}: ${row.file} ${typeof row.url === "string" ? row.url : ""}`, async () => {
    const problems: string[] = [];
    const marks = typeof row.marks === "function" ? row.marks(f) : (row.marks ?? []);
    for (const who of WHO) {
      // The metadata prefetch matters where generateMetadata reads a record: the pages of one suggestion.
      for (const variant of ["plain", "soft navigation", ...(row.file.includes("[") ? ["metadata prefetch" as const] : [])] as const) {
        const url = resolve(row.url);
        const request =
          variant === "plain"
            ? { url, headers: {} }
            : variant === "soft navigation"
              ? await softNavigation(row.file, url)
              : await metadataPrefetch(url);
        const response = await cookies.get(who)!.get(request.url, { headers: request.headers, maxRedirects: 0 });
        const text = readable(await response.text());
        const got = outcome(response, text);
        const want = row.expect(who, f);
        // A metadata prefetch answers 200 with the metadata (or its refusal) for everyone: only what it carries counts.
        if (got !== want && variant !== "metadata prefetch") problems.push(`${who} ${variant}: expected ${want}, got ${got}`);
        const leaked = leaks(who, text, want === "page" ? [] : marks, url);
        if (leaked.length) problems.push(`${who} ${variant}: body carries ${leaked.join(", ")}`);
        // The marks prove the check can see records: the allowed callers do get them, in both variants.
        if (want === "page" && variant !== "metadata prefetch")
          for (const mark of marks)
            if (!(typeof mark === "string" ? text.includes(mark) : mark.test(text))) problems.push(`${who} ${variant}: page lacks ${mark}`);
      }
    }
    expect(problems).toEqual([]);
  });
}

for (const [i, row] of APIS.entries()) {
  test(`api ${i + 1}: ${row.method} ${row.file}`, async () => {
    const problems: string[] = [];
    for (const who of WHO) {
      const headers: Record<string, string> = who === "anon" ? {} : { authorization: `Bearer ${tokens.get(who)}` };
      const url = resolve(row.url);
      const response =
        row.method === "GET"
          ? await cookies.get("anon")!.get(url, { headers })
          : await cookies.get("anon")!.fetch(url, { method: row.method, headers, ...(row.body === undefined ? {} : { data: row.body }) });
      const want = row.expect(who, f);
      if (response.status() !== want)
        problems.push(`${who}: expected ${want}, got ${response.status()} ${(await response.text()).slice(0, 120)}`);
      const leaked = leaks(who, readable(await response.text()), [], url);
      if (leaked.length) problems.push(`${who}: body carries ${leaked.join(", ")}`);
    }
    expect(problems).toEqual([]);
  });
}

for (const [i, row] of COOKIE_ROUTES.entries()) {
  test(`route ${i + 1}: ${row.file} ${typeof row.url === "string" ? row.url : ""}`, async () => {
    const problems: string[] = [];
    for (const who of WHO) {
      const context = cookies.get(who)!;
      const response = row.post
        ? await context.post(resolve(row.url), { maxRedirects: 0 })
        : await context.get(resolve(row.url), { maxRedirects: 0 });
      const xlsx = row.xlsx && response.status() === 200;
      const text = xlsx ? await xlsxText(await response.body()) : readable(await response.text());
      const got = outcome(response, xlsx ? "" : text);
      const want = row.expect(who, f);
      if (got !== want) problems.push(`${who}: expected ${want}, got ${got}`);
      const leaked = leaks(who, text);
      if (leaked.length) problems.push(`${who}: body carries ${leaked.join(", ")}`);
      for (const shown of row.shows?.(who, f) ?? []) if (!text.includes(shown)) problems.push(`${who}: lacks ${shown}`);
    }
    expect(problems).toEqual([]);
  });
}
