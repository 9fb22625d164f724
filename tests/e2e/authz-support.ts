// What the authorization matrix (authz-matrix.spec.ts) needs besides its table: who the callers are and how
// they sign in, the demo records that belong to some callers and not to others, the headers of a client-side
// navigation, and reading an answer as "page", "login", "404" or "redirect:<path>".
import { readdirSync } from "node:fs";
import path from "node:path";
import ExcelJS from "exceljs";
import { expect, type APIRequestContext, type APIResponse } from "@playwright/test";
import { computeCacheBustingSearchParam } from "next/dist/shared/lib/router/utils/cache-busting-search-param.js";
import { DEMO_PASSWORD } from "./helpers";

/** Anonymous, the six demo roles, another unit's clerk (u-D01) and another deputy (a dep-NNNN, found below). */
export const WHO = ["anon", "admin", "office", "leader", "edu", "eduLeader", "deputy", "otherUnit", "otherDeputy"] as const;
export type Who = (typeof WHO)[number];
export type SignedIn = Exclude<Who, "anon">;

const EDU_UNIT = "D02"; // 省教育厅: edu / edu-leader
/** Another unit (its clerk u-<code>): 省发改委 first, else the first other unit whose demo work fits the matrix. */
const OTHER_UNITS = [
  "D01",
  ...Array.from({ length: 30 }, (_, i) => `D${String(i + 3).padStart(2, "0")}`),
  ...Array.from({ length: 7 }, (_, i) => `C0${i + 1}`),
];
const DEMO_DEPUTY_CODE = "DB0001"; // 王丽华: deputy

/** A demo suggestion, as the office sees it: who may see it follows from its units and deputies (SPEC §1). */
export interface DemoRecord {
  id: string;
  title: string;
  session: string;
  units: string[];
  deputies: string[];
  /** A signed reply and the start of its text (the letter's body, never published). */
  signedReply?: { id: string; text: string };
}

export interface Fixture {
  usernames: Record<SignedIn, string>;
  /** Led by 省教育厅, nothing of it published: edu and edu-leader see it (deputy if it is 王丽华's); u-D01 and the other deputy do not. */
  edu: DemoRecord;
  /** Led by 省教育厅 with a signed reply (its letter); its title is public once the reply is published, its letter is not. */
  letter: DemoRecord;
  /** Led by the other unit for the other deputy: neither edu, edu-leader nor deputy sees it. */
  other: DemoRecord;
  /** The other unit's code (u-<code> is its clerk). */
  otherUnit: string;
}

/** The rule of lib/permissions/suggestion-scope.ts, restated independently of the app. */
/** The deputy code behind a deputy caller. */
export const deputyCode = (who: Who, f: Fixture) =>
  who === "deputy" ? DEMO_DEPUTY_CODE : who === "otherDeputy" ? `DB${f.usernames.otherDeputy.slice(4)}` : null;

export function visible(who: Who, record: DemoRecord, f: Fixture): boolean {
  switch (who) {
    case "anon":
      return false;
    case "admin":
    case "office":
    case "leader":
      return true;
    case "edu":
    case "eduLeader":
      return record.units.includes(EDU_UNIT);
    case "otherUnit":
      return record.units.includes(f.otherUnit);
    case "deputy":
    case "otherDeputy":
      return record.deputies.includes(deputyCode(who, f)!);
  }
}

/** What of other people's records the caller must never find in any answer (the letter's title is public, its text not). */
export const foreignTo = (who: Who, f: Fixture): string[] => [
  ...[f.edu, f.other].filter((r) => !visible(who, r, f)).flatMap((r) => [r.id, r.title]),
  ...(visible(who, f.letter, f) ? [] : [f.letter.signedReply!.text]),
];

type Json = Record<string, unknown> & { items?: Json[]; total?: number };

/** Picks the two records from the demo, as the office (the API's unscoped view). */
export async function discover(api: APIRequestContext, officeToken: string): Promise<Fixture> {
  const get = async (url: string) => {
    const response = await api.get(url, { headers: { authorization: `Bearer ${officeToken}` } });
    expect(response.status(), url).toBe(200);
    return (await response.json()) as Json;
  };
  const all: Json[] = [];
  for (const session of ["14-1", "13-5"]) {
    for (let page = 1; ; page++) {
      const list = await get(`/api/v1/suggestions?session=${session}&pageSize=100&page=${page}`);
      all.push(...list.items!);
      if (page * 100 >= list.total!) break;
    }
  }
  const pick = async (lead: string, avoidUnit: string, accept: (r: DemoRecord) => boolean, published = false): Promise<DemoRecord> => {
    // Unsigned work in progress (or, for the letter, a signed reply): listed, exported and on every unit's pages.
    const statuses = published ? ["REPLIED", "CLOSED"] : ["IN_PROGRESS"];
    for (const item of all.filter((s) => (s.leadUnit as Json | null)?.code === lead && statuses.includes(s.status as string))) {
      const d = await get(`/api/v1/suggestions/${item.id as string}`);
      const title = d.title as string;
      const record: DemoRecord = {
        id: d.id as string,
        title,
        session: (d.session as Json).code as string,
        units: (d.assignments as Json[]).filter((a) => a.state === "ACTIVE").map((a) => (a.unit as Json).code as string),
        deputies: [(d.leadDeputy as Json).code as string, ...(d.coSigners as Json[]).map((c) => (c.deputy as Json).code as string)],
      };
      const signed = (d.replies as Json[]).find((r) => r.state === "SIGNED");
      // A stretch from the middle of the letter: its first line names the deputy and the (public) title.
      const body = signed ? (signed.text as string).split("\n").sort((a, b) => b.length - a.length)[0] : "";
      if (signed) record.signedReply = { id: signed.id as string, text: body.slice(8, 32) };
      const everUnits = (d.assignments as Json[]).map((a) => (a.unit as Json).code);
      // A published reply is on the public page for everyone; the matrix needs records that are nobody else's.
      if (!published && (d.replies as Json[]).some((r) => r.publishable)) continue;
      if (record.signedReply && (record.signedReply.text.length < 20 || /["'&<>\\]/.test(record.signedReply.text))) continue;
      // Led (actively) by `lead`, never touched by `avoidUnit`; a title only this suggestion has, without
      // characters HTML or JSON would escape.
      if (everUnits.includes(avoidUnit) || !record.units.includes(lead) || /["'&<>\\]/.test(title) || !accept(record)) continue;
      if ((await get(`/api/v1/suggestions?q=${encodeURIComponent(title)}`)).total !== 1) continue;
      return record;
    }
    throw new Error(`no demo suggestion led by ${lead} fits the matrix (${accept.toString()})`);
  };
  // The demo's random draw decides which units have work in progress; try the other units in turn.
  for (const otherUnit of OTHER_UNITS) {
    try {
      // 王丽华's, when the demo has one that fits; the deputy's cells follow from `visible` either way.
      const edu = await pick(EDU_UNIT, otherUnit, (r) => r.deputies[0] === DEMO_DEPUTY_CODE).catch(() =>
        pick(EDU_UNIT, otherUnit, () => true),
      );
      const letter = await pick(EDU_UNIT, otherUnit, (r) => !!r.signedReply && r.deputies[0] === DEMO_DEPUTY_CODE, true);
      const other = await pick(
        otherUnit,
        EDU_UNIT,
        (r) => ![...edu.deputies, ...letter.deputies, DEMO_DEPUTY_CODE].includes(r.deputies[0]) && !r.deputies.includes(DEMO_DEPUTY_CODE),
      );
      const otherDeputy = `dep-${other.deputies[0].slice(2)}`;
      const usernames = {
        admin: "admin",
        office: "office",
        leader: "leader",
        edu: "edu",
        eduLeader: "edu-leader",
        deputy: "deputy",
        otherUnit: `u-${otherUnit}`,
        otherDeputy,
      };
      return { usernames, edu, letter, other, otherUnit };
    } catch (error) {
      if (otherUnit === OTHER_UNITS.at(-1)) throw error;
    }
  }
  throw new Error("unreachable");
}

/** Signs in through next-auth's credentials flow; the context keeps the session cookie. */
export async function signIn(api: APIRequestContext, username: string) {
  const { csrfToken } = (await (await api.get("/api/auth/csrf")).json()) as { csrfToken: string };
  const response = await api.post("/api/auth/callback/credentials", {
    form: { csrfToken, username, password: DEMO_PASSWORD, callbackUrl: "/", json: "true" },
    maxRedirects: 0,
  });
  expect(response.status(), `sign in ${username}`).toBeLessThan(400);
  const session = (await (await api.get("/api/auth/session")).json()) as { userId?: string };
  expect(session.userId, `session of ${username}`).toBeTruthy();
}

export async function apiToken(api: APIRequestContext, username: string) {
  const response = await api.post("/api/v1/auth/token", { data: { username, password: DEMO_PASSWORD } });
  expect(response.status(), `token for ${username}`).toBe(200);
  return ((await response.json()) as { token: string }).token;
}

/**
 * The headers Chromium sends on a client-side navigation (observed, Next 16.4): RSC: 1 and the router state
 * tree of the target with "refetch" on the page's own folder — so the server renders only that segment and
 * none of the layouts above it — and the matching `_rsc` cache-busting parameter, computed as Next computes it.
 */
export async function softNavigation(file: string, url: string) {
  const folders = file
    .replace(/^app\//, "")
    .split("/")
    .slice(0, -1);
  const values = url.split("?")[0].split("/").filter(Boolean);
  let v = 0;
  const segments = folders.map((folder) => {
    if (folder.startsWith("(")) return folder;
    const dynamic = /^\[(.+)\]$/.exec(folder);
    const value = values[v++];
    return dynamic ? [dynamic[1], value, "d", null] : folder;
  });
  let node: unknown[] = ["__PAGE__", {}, null, null, 0];
  segments.reverse().forEach((segment, i) => {
    node = [segment, { children: node }, null, i === 0 ? "refetch" : null, 0];
  });
  const tree = encodeURIComponent(JSON.stringify(["", { children: node }, null, null, 16]));
  const rsc = await computeCacheBustingSearchParam(undefined, undefined, tree, undefined);
  return { url: `${url}${url.includes("?") ? "&" : "?"}_rsc=${rsc}`, headers: { RSC: "1", "Next-Router-State-Tree": tree } };
}

/** The prefetch Chromium sends for every link in view: only the target's metadata (generateMetadata) is rendered. */
export async function metadataPrefetch(url: string) {
  const tree = encodeURIComponent(JSON.stringify(["", {}, null, "metadata-only"]));
  const rsc = await computeCacheBustingSearchParam("1", undefined, tree, undefined);
  return {
    url: `${url}${url.includes("?") ? "&" : "?"}_rsc=${rsc}`,
    headers: { RSC: "1", "Next-Router-Prefetch": "1", "Next-Router-State-Tree": tree },
  };
}

/** What the caller got: "page", "login", "404", "redirect:<path>", or "status <n>" for anything else. */
export function outcome(response: APIResponse, body: string): string {
  const status = response.status();
  if (status >= 300 && status < 400) {
    const location = new URL(response.headers().location ?? "", "http://x").pathname;
    return location === "/login" ? "login" : `redirect:${location}`;
  }
  if (status === 404) return "404";
  if (status !== 200) return `status ${status}`;
  // A redirect or notFound() in a page rendered for RSC (or streamed) travels as an error digest in a 200.
  const redirect = /NEXT_REDIRECT;(?:replace|push);([^;"]+);/.exec(body);
  if (redirect) return redirect[1].split("?")[0] === "/login" ? "login" : `redirect:${redirect[1].split("?")[0]}`;
  if (body.includes("NEXT_HTTP_ERROR_FALLBACK;404")) return "404";
  return "page";
}

/** The text of an answer as a reader would see it: HTML entities and JSON escapes undone. */
export function readable(body: string): string {
  return body
    .replace(/\\"/g, '"')
    .replace(/&quot;/g, '"')
    .replace(/&#x27;/g, "'")
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

/** Every cell's text of an .xlsx answer. */
export async function xlsxText(body: Buffer): Promise<string> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(body as unknown as ExcelJS.Buffer);
  const cells: string[] = [];
  workbook.eachSheet((sheet) => sheet.eachRow((row) => row.eachCell((cell) => cells.push(String(cell.text)))));
  return cells.join("\n");
}

/** app/**\/page.tsx and app/**\/route.ts as they are on disk. */
export function routeFiles(): string[] {
  const found: string[] = [];
  const walk = (dir: string) => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const full = path.posix.join(dir, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.name === "page.tsx" || entry.name === "route.ts") found.push(full);
    }
  };
  walk("app");
  return found.sort();
}
