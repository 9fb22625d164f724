// Issue 5's promise in one place: a session built through the real workflow — re-handled, reclassified B → A,
// withdrawn, merged, extended, overdue — counted by independent plain SQL, by the statistics module, by
// GET /api/v1/stats and by the outcome .xlsx export: every figure agrees, and the percentages add up to 100.0.
import ExcelJS from "exceljs";
import { beforeAll, describe, expect, it } from "vitest";
import { GET as statsRoute } from "@/app/api/v1/stats/route";
import { issueToken } from "@/lib/api/tokens";
import { db } from "@/lib/db";
import { buildOutcomeWorkbook } from "@/lib/reports/outcome-xlsx";
import { reportQuery } from "@/lib/reports/report-query";
import { translatorFor } from "@/lib/i18n/catalogue";
import { getSessionStats } from "@/lib/stats/summary";
import { giveFeedback } from "@/lib/workflow/feedback";
import { reclassify } from "@/lib/workflow/follow-up";
import { withdrawSuggestion } from "@/lib/workflow/register";
import { decideExtension, mergeSuggestions, requestExtension } from "@/lib/workflow/requests";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, replyAndSign, type World } from "./workflow-fixtures";

let w: World;

beforeAll(async () => {
  w = await buildWorld();
  const s = async () => (await newSuggestion(w)).id;
  const rate = (id: string, rating: "SATISFIED" | "BASICALLY_SATISFIED" | "DISSATISFIED", when: number) =>
    giveFeedback(ctxOf(w.leadDeputy, at(when)), id, { rating, comment: rating === "DISSATISFIED" ? "问题没有解决" : undefined });

  const plain = await s(); // A, satisfied
  await assignTo(w, plain);
  await replyAndSign(w, plain, { from: at(10), category: "A" });
  await rate(plain, "SATISFIED", 12);

  const rehandled = await s(); // B, dissatisfied, re-handled to A, satisfied
  await assignTo(w, rehandled);
  await replyAndSign(w, rehandled, { from: at(10), category: "B" });
  await rate(rehandled, "DISSATISFIED", 12);
  await replyAndSign(w, rehandled, { from: at(20), category: "A" });
  await rate(rehandled, "SATISFIED", 22);

  const reclassified = await s(); // B, basically satisfied, later reclassified A
  await assignTo(w, reclassified);
  await replyAndSign(w, reclassified, { from: at(10), category: "B" });
  await rate(reclassified, "BASICALLY_SATISFIED", 12);
  await reclassify(ctxOf(w.leadHandler, at(60)), reclassified, { toCategory: "A", evidence: "承诺事项已完成" });

  const withdrawn = await s();
  await withdrawSuggestion(ctxOf(w.leadDeputy, at(1)), withdrawn);

  const [m1, m2] = [await s(), await s()]; // merged under one lead unit; C and D
  await mergeSuggestions(ctxOf(w.office, at(0)), { suggestionIds: [m1, m2], leadUnitCode: w.units.lead.code });
  await replyAndSign(w, m1, { from: at(15), category: "C" });
  await replyAndSign(w, m2, { from: at(16), category: "D" });

  const extended = await s(); // B, signed after the original due date but within the approved extension
  await assignTo(w, extended);
  const request = await requestExtension(ctxOf(w.leadHandler, at(30)), extended, {
    reason: "情况复杂",
    requestedDueAt: at(120).toISOString(),
    toldDeputyAt: at(30).toISOString(),
  });
  await decideExtension(ctxOf(w.office, at(31)), request.id, { approve: true });
  await replyAndSign(w, extended, { from: at(100), category: "B" });

  await assignTo(w, await s()); // assigned long ago, never answered: overdue
});

/** The figures straight from the rows, written without the statistics module. */
async function independently(sessionId: string) {
  const [row] = await db.$queryRaw<{ total: number; replied: number; closed: number }[]>`
    SELECT count(*) FILTER (WHERE s.status <> 'WITHDRAWN')::int AS total,
           count(*) FILTER (WHERE s.status <> 'WITHDRAWN' AND EXISTS (SELECT 1 FROM "Reply" r WHERE r."suggestionId" = s.id AND r.state = 'SIGNED'))::int AS replied,
           count(*) FILTER (WHERE s.status = 'CLOSED')::int AS closed
    FROM "Suggestion" s WHERE s."sessionId" = ${sessionId}`;
  const categories = await db.$queryRaw<{ category: string; n: number }[]>`
    SELECT category, count(*)::int AS n FROM (
      SELECT DISTINCT ON (e."suggestionId") e.category FROM (
        SELECT r."suggestionId", r.category::text, r."signedAt" AS at FROM "Reply" r WHERE r.state = 'SIGNED'
        UNION ALL SELECT c."suggestionId", c."toCategory"::text, c."createdAt" FROM "Reclassification" c
      ) e JOIN "Suggestion" s ON s.id = e."suggestionId"
      WHERE s."sessionId" = ${sessionId} AND s.status <> 'WITHDRAWN'
      ORDER BY e."suggestionId", e.at DESC) latest
    GROUP BY category`;
  const ratings = await db.$queryRaw<{ rating: string; n: number }[]>`
    SELECT rating, count(*)::int AS n FROM (
      SELECT DISTINCT ON (f."suggestionId") f.rating::text FROM "Feedback" f JOIN "Suggestion" s ON s.id = f."suggestionId"
      WHERE s."sessionId" = ${sessionId} AND s.status <> 'WITHDRAWN' ORDER BY f."suggestionId", f."createdAt" DESC) latest
    GROUP BY rating`;
  const count = (rows: { n: number }[], key: string, field: "category" | "rating") =>
    rows.find((r) => (r as unknown as Record<string, string>)[field] === key)?.n ?? 0;
  return {
    ...row,
    categories: Object.fromEntries(["A", "B", "C", "D"].map((c) => [c, count(categories, c, "category")])),
    satisfaction: [
      count(ratings, "SATISFIED", "rating"),
      count(ratings, "BASICALLY_SATISFIED", "rating"),
      count(ratings, "DISSATISFIED", "rating"),
    ],
  };
}

describe("the statistics agree everywhere", () => {
  it("plain SQL, the module, the API and the .xlsx export give the same figures", async () => {
    const sql = await independently(w.session.id);
    expect(sql).toEqual({ total: 7, replied: 6, closed: 3, categories: { A: 3, B: 1, C: 1, D: 1 }, satisfaction: [2, 1, 0] });

    const stats = await getSessionStats({ session: w.session.code });
    expect({ total: stats.total, replied: stats.replied, closed: stats.closed }).toEqual({
      total: sql.total,
      replied: sql.replied,
      closed: sql.closed,
    });
    expect(Object.fromEntries(Object.entries(stats.categories).map(([c, v]) => [c, v.count]))).toEqual(sql.categories);
    expect([stats.satisfaction.satisfied, stats.satisfaction.basicallySatisfied, stats.satisfaction.dissatisfied]).toEqual(
      sql.satisfaction,
    );
    expect(stats.overdue).toBe(1);
    expect(stats.onTimeRate).toBe(1); // the extended one was signed within its approved due date
    const percents = Object.values(stats.categories).map((c) => c.percent);
    expect(percents).toEqual([50, 16.7, 16.7, 16.6]);
    expect(Math.round(percents.reduce((a, b) => a + b, 0) * 10)).toBe(1000);

    const { token } = await issueToken(w.office.id);
    const response = await statsRoute(
      new Request(`http://localhost/api/v1/stats?session=${w.session.code}`, { headers: { Authorization: `Bearer ${token}` } }),
    );
    expect(response.status).toBe(200);
    const api = await response.json();
    expect(api).toMatchObject({
      total: stats.total,
      assigned: stats.assigned,
      replied: stats.replied,
      closed: stats.closed,
      overdue: stats.overdue,
      units: stats.units,
      categories: stats.categories,
      onTimeRate: stats.onTimeRate,
    });
    expect(api.satisfaction).toEqual(stats.satisfaction);

    const file = await buildOutcomeWorkbook({
      actor: w.office,
      query: reportQuery.parse({ session: w.session.code }),
      t: translatorFor("zh-CN"),
    });
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(file.body as unknown as ArrayBuffer);
    const outcome = workbook.worksheets[1];
    const rows: ExcelJS.CellValue[][] = [];
    outcome.eachRow((row, n) => void (n > 1 && rows.push((row.values as ExcelJS.CellValue[]).slice(1))));
    expect(rows.slice(0, 4).map(([code, , count, percent]) => [code, count, percent])).toEqual(
      (["A", "B", "C", "D"] as const).map((c) => [c, stats.categories[c].count, stats.categories[c].percent]),
    );
  });
});
