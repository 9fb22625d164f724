// Similar earlier suggestions (issue 12): ranked over the distinct titles (SuggestionTitle, kept by a trigger),
// they must be exactly what a trigram scan over every suggestion gives, after registrations and title edits too.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import { listSimilarSuggestions } from "@/lib/data/suggestion-detail";
import { findSimilarToTitle } from "@/lib/data/similar-by-text";

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
  });

  it("follow a title's correction: the new title is found, the old one no longer", async () => {
    await db.suggestion.update({ where: { id: ids["5"]! }, data: { title: "关于加强乡村学校教师培训的建议" } });
    await db.suggestion.update({ where: { id: ids["1"]! }, data: { title: "关于完善公共交通线网的建议" } });
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
});
