// The list's search of one or two characters (issue 12): served by the n-gram index (migration search_ngrams,
// lib/data/suggestion-search.ts) and finding exactly what ILIKE '%…%' on title, content and number finds —
// Chinese, Latin in any case, a literal % _ or \, other scripts — after registration, a correction and an import.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { listPublishedReplies } from "@/lib/data/public-replies";
import { listSuggestions } from "@/lib/data/suggestions";
import { suggestionTextSearchSql } from "@/lib/data/suggestion-search";
import { importSuggestions } from "@/lib/import/apply";
import { correctSuggestion } from "@/lib/workflow/corrections";
import { registerSuggestions } from "@/lib/workflow/register";
import { assignTo, at, buildWorld, ctxOf, replyAndSign, type World } from "./workflow-fixtures";

let w: World;
const ROWS: [string, string, string][] = [
  ["S-2001", "关于养老服务的建议", "建议加快养老服务体系建设。"],
  ["S-2002", "关于老年人的建议", "养 老 分开写"],
  ["S-2003", "Road Safety", "ABC 加强 abc"],
  ["S-2004", "百分比 50% 的问题", "下划线 a_b 与 a-b"],
  ["S-2005", "反斜杠 C:\\path", "Σίσυφος ΣΑΣ straße STRASSE"],
  ["S-2006", "emoji 😀 测试", "Ǆ digraph İstanbul"],
  // 养 ends the title and 老 starts the content: 养老 is in neither field.
  ["S-2007", "建议关于养", "老人"],
];
const TERMS = [
  ..."养老aA%_\\σΣςß😀İiǆǄ0-",
  ...["养老", "老人", "ab", "AB", "Ab", "%的", "a_", "_b", "\\p", "ss", "ΣΑ", "20", "05", "7建", "建议"],
  ...["养老服务", "abc", "a_b", "50%", "straße", "STRASSE", "S-2003"],
];

/** What ILIKE finds, written out here as the reference. */
async function ilike(term: string): Promise<string[]> {
  const p = `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  const rows = await db.$queryRaw<{ number: string }[]>`
    SELECT number FROM "Suggestion" WHERE title ILIKE ${p} OR content ILIKE ${p} OR number ILIKE ${p} ORDER BY number`;
  return rows.map((r) => r.number);
}

async function found(term: string): Promise<string[]> {
  const { items } = await listSuggestions(w.office, { q: term, pageSize: 100 });
  return items.map((s) => s.number).sort();
}

async function expectSameAsIlike(terms: string[]) {
  for (const term of terms) expect({ term, found: await found(term) }).toEqual({ term, found: await ilike(term) });
}

beforeAll(async () => {
  w = await buildWorld();
  await registerSuggestions(ctxOf(w.office, at(-1)), {
    sessionCode: w.session.code,
    items: ROWS.map(([number, title, content]) => ({ number, title, content, leadDeputyId: w.deputies.lead.id, field: "教育" })),
  });
});

describe("search of one or two characters", () => {
  it("finds exactly what ILIKE finds: Chinese, Latin in any case, % _ \\ literally, other scripts", async () => {
    await expectSameAsIlike(TERMS);
    expect(await found("养老")).toEqual(["S-2001"]);
    expect(await found("养")).toEqual(["S-2001", "S-2002", "S-2007"]);
    expect(await found("aB")).toEqual(["S-2003"]);
    expect(await found("%")).toEqual(["S-2004"]);
    expect(await found("_")).toEqual(["S-2004"]);
  });

  it("is served by the n-gram index, never by a whole trigram index", async () => {
    for (const term of ["养老", "养", "Ab", "%"]) {
      const plan = await db.$transaction(async (tx) => {
        await tx.$executeRaw`SET LOCAL enable_seqscan = off`;
        const rows = await tx.$queryRaw<{ "QUERY PLAN": string }[]>`
          EXPLAIN SELECT s.id FROM "Suggestion" s WHERE ${suggestionTextSearchSql(term)}`;
        return rows.map((r) => r["QUERY PLAN"]).join("\n");
      });
      expect(plan).toContain("Suggestion_search_ngrams_idx");
      expect(plan).not.toMatch(/trgm|~~\*/);
    }
  });

  it("follows the office's correction of the title and the content", async () => {
    const s = await db.suggestion.findFirstOrThrow({ where: { number: "S-2001" } });
    await correctSuggestion(ctxOf(w.office, at(1)), s.id, {
      title: "关于托育Ab的建议",
      content: "婴幼儿照护。",
      reason: "登记时填错",
      expectedVersion: s.version,
    });
    expect(await found("养老")).toEqual([]);
    expect(await found("托育")).toEqual(["S-2001"]);
    expect(await found("ab")).toEqual(["S-2001", "S-2003"]);
    await expectSameAsIlike([...TERMS, "托育", "托", "照护"]);
  });

  it("finds what an import wrote", async () => {
    const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,主办单位,会办单位";
    const line = `S-3001,关于银发经济的建议,张代表,长春代表团,,XY 银发_经济 50%,教育,2024-03-01,${w.units.lead.name},`;
    const result = await importSuggestions(
      { actor: w.office, now: at(2) },
      { sessionCode: w.session.code, fileName: "a.csv", createUnknownDeputies: false, data: Buffer.from(`${header}\n${line}`, "utf8") },
    );
    expect(result.kind).toBe("imported");
    expect(await found("银发")).toEqual(["S-3001"]);
    expect(await found("xy")).toEqual(["S-3001"]);
    expect(await found("_经")).toEqual(["S-3001"]);
    await expectSameAsIlike([...TERMS, "银发", "银", "xy", "Y", "_经", "0%"]);
  });
});

describe("the public list's search (titles and exact numbers)", () => {
  const published = async (q: string) =>
    (await listPublishedReplies({ q, page: 1, pageSize: 100 })).items.map((r) => r.suggestion.number).sort();
  const reference = async (q: string) => {
    const p = `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
    const rows = await db.$queryRaw<{ number: string }[]>`
      SELECT s.number FROM "Reply" r JOIN "Suggestion" s ON s.id = r."suggestionId"
      WHERE r.state = 'SIGNED' AND r.publishable AND s.status <> 'WITHDRAWN' AND (s.title ILIKE ${p} OR s.number = ${q})
      ORDER BY s.number`;
    return rows.map((r) => r.number);
  };

  it("finds in titles what ILIKE finds, numbers exactly, and a typed % or _ literally", async () => {
    for (const number of ["S-2002", "S-2003", "S-2004", "S-2005", "S-2006"]) {
      const s = await db.suggestion.findFirstOrThrow({ where: { number } });
      await assignTo(w, s.id, { co: false });
      await replyAndSign(w, s.id);
    }
    for (const term of [...TERMS, "S-2003"]) expect({ term, found: await published(term) }).toEqual({ term, found: await reference(term) });
    expect(await published("%")).toEqual(["S-2004"]);
    expect(await published("_")).toEqual([]);
    expect(await published("老年")).toEqual(["S-2002"]);
    expect(await published("老人")).toEqual([]);
    expect(await published("S-2005")).toEqual(["S-2005"]);
  });
});
