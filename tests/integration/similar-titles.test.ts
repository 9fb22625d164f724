// Similar earlier suggestions (issue 12): ranked over the distinct titles (SuggestionTitle, kept by a trigger),
// they must be exactly what a trigram scan over every suggestion gives, after registrations, title edits and
// imports (many rows in one INSERT, the same title twice in one file) too.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { listSimilarSuggestions } from "@/lib/data/suggestion-detail";
import { findSimilarToTitle } from "@/lib/data/similar-by-text";
import { importSuggestions } from "@/lib/import/apply";

const office: Actor = { id: "office", name: "办公厅", username: "office", role: "OFFICE", unitId: null, deputyId: null };
const day = (iso: string) => new Date(`${iso}T02:00:00.000Z`);
const ids: Record<string, string> = {};
let sessionId = "";
let deputyId = "";

const TEACHERS = "关于加强乡村学校教师队伍建设的建议";
const CITY_TEACHERS = "关于加强城市学校教师队伍建设的建议";

async function mk(key: string, title: string, date: string, status: "PENDING" | "WITHDRAWN" = "PENDING") {
  const s = await db.suggestion.create({
    data: { sessionId, number: key, title, content: "内容", leadDeputyId: deputyId, submittedAt: day(date), status },
  });
  ids[key] = s.id;
}

/** The trigram scan over every suggestion that the distinct-title search replaced: the reference. */
async function fullScan(title: string, exclude: string | null, before: Date | null) {
  const rows = await db.$queryRaw<{ id: string }[]>`
    SELECT id FROM "Suggestion"
    WHERE title % ${title} AND status NOT IN ('WITHDRAWN', 'NOT_ACCEPTED', 'TO_LETTER')
      AND (${exclude}::text IS NULL OR id <> ${exclude}) AND (${before}::timestamp IS NULL OR "submittedAt" <= ${before}::timestamp)
    ORDER BY similarity(title, ${title}) DESC, "submittedAt" DESC LIMIT 20`;
  return rows.map((r) => r.id);
}

beforeAll(async () => {
  sessionId = (await db.session.create({ data: { code: "14-1", name: "十四届一次", year: 2023 } })).id;
  deputyId = (await db.deputy.create({ data: { name: "王五", delegation: "长春代表团" } })).id;
  await mk("1", TEACHERS, "2019-01-10");
  await mk("2", TEACHERS, "2021-01-10");
  await mk("3", TEACHERS, "2022-01-10", "WITHDRAWN");
  await mk("4", CITY_TEACHERS, "2022-02-10");
  await mk("5", "关于发展冰雪旅游产业的建议", "2020-01-10");
  await mk("6", TEACHERS, "2025-01-10"); // later than the one looked at
  await mk("target", TEACHERS, "2023-01-10");
});

describe("similar earlier suggestions", () => {
  it("are the earlier counted ones, the closest and then the latest first, as a scan of every suggestion finds", async () => {
    const similar = await listSimilarSuggestions(office, ids.target!);
    expect(similar.map((s) => s.number)).toEqual(["2", "1", "4"]);
    expect(similar[0]!.similarity).toBe(1);
    const target = await db.suggestion.findUniqueOrThrow({ where: { id: ids.target! } });
    expect(similar.map((s) => s.id)).toEqual((await fullScan(TEACHERS, target.id, target.submittedAt)).slice(0, 5));
    // The page hands over the detail it loaded instead of the id: the same answer.
    expect(await listSimilarSuggestions(office, target)).toEqual(similar);
  });

  it("follow a title's correction: the new title is found, the old one no longer", async () => {
    // As a correction writes them (lib/workflow/corrections.ts): the change with its audit event, which also
    // moves the statistics cache's versions, where the ranking is kept.
    const retitle = (id: string, title: string) =>
      db.$transaction([
        db.suggestion.update({ where: { id }, data: { title } }),
        db.auditEvent.create({ data: { action: "suggestion.correct", entity: "Suggestion", entityId: id, suggestionId: id } }),
      ]);
    await retitle(ids["5"]!, "关于加强乡村学校教师培训的建议");
    await retitle(ids["1"]!, "关于完善公共交通线网的建议");
    const target = await db.suggestion.findUniqueOrThrow({ where: { id: ids.target! } });
    const similar = await listSimilarSuggestions(office, ids.target!);
    expect(similar.map((s) => s.number)).not.toContain("1");
    expect(similar.map((s) => s.number)).toContain("5");
    expect(similar.map((s) => s.id)).toEqual((await fullScan(TEACHERS, target.id, target.submittedAt)).slice(0, 5));
  });

  it("for a title being typed, match the full scan over every session", async () => {
    const typed = "关于加强学校教师队伍建设的建议";
    const found = await findSimilarToTitle(office, typed);
    expect(found.length).toBeGreaterThan(0);
    expect(found.map((s) => s.id)).toEqual((await fullScan(typed, null, null)).slice(0, 5));
  });

  it("know every title an import wrote in one statement, a title repeated in the file or already known included", async () => {
    const PARKS = "关于建设城市口袋公园的建议";
    const LIFTS = "关于推进老旧小区加装电梯的建议";
    const header = "建议编号,标题,领衔代表,代表团,附议代表,内容,领域,提出日期,主办单位,会办单位";
    const rows = [
      ["I-1", PARKS],
      ["I-2", LIFTS],
      ["I-3", PARKS],
      ["I-4", TEACHERS],
      ["I-5", LIFTS],
      ["I-6", "关于发展夜间经济的建议"],
    ];
    const csv = [header, ...rows.map(([n, t]) => `${n},${t},王五,长春代表团,,内容,教育,2024-03-01,,`)].join("\n");
    const result = await importSuggestions(
      { actor: office },
      { sessionCode: "14-1", fileName: "titles.csv", createUnknownDeputies: false, data: Buffer.from(csv, "utf8") },
    );
    expect(result).toMatchObject({ kind: "imported", created: 6 });
    const missing = await db.$queryRaw<{ title: string }[]>`
      SELECT DISTINCT title FROM "Suggestion" EXCEPT SELECT title FROM "SuggestionTitle"`;
    expect(missing).toEqual([]);
    const known = await db.$queryRaw<{ title: string }[]>`
      SELECT title FROM "SuggestionTitle" WHERE title = ANY(${[PARKS, LIFTS, "关于发展夜间经济的建议"]}::text[]) ORDER BY title`;
    expect(known).toHaveLength(3);
    const typed = "关于建设城市口袋公园建议";
    const found = await findSimilarToTitle(office, typed);
    // I-1 and I-3 share title and date: their order between them is free.
    expect(found.map((s) => s.number).sort()).toEqual(["I-1", "I-3"]);
    expect(found.map((s) => s.id).sort()).toEqual((await fullScan(typed, null, null)).slice(0, 5).sort());
  });
});
