// The statistics module against rows inserted directly: a hand-made session whose every figure is worked
// out below, and a random session whose figures are recomputed independently (plain SQL and plain JS).
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Category, Rating, SuggestionStatus } from "@/lib/generated/prisma/enums";
import { getByDelegation, getByField, getOverdueList, getRepliesPerWeek } from "@/lib/stats/breakdowns";
import { largestRemainder } from "@/lib/stats/percentages";
import { getSessionStats } from "@/lib/stats/summary";
import { getUnitTable } from "@/lib/stats/unit-table";
import { DomainError } from "@/lib/errors";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const addDays = (d: Date, n: number) => new Date(d.getTime() + n * 86_400_000);
const NOW = day("2022-09-01");

let seq = 0;
const ids: Record<string, string> = {};

async function unit(code: string, kind: "DEPARTMENT" | "CITY" | "OTHER") {
  const u = await db.unit.create({ data: { code, name: `单位${code}`, kind } });
  ids[code] = u.id;
  return u.id;
}

async function suggestion(sessionId: string, opts: { status: SuggestionStatus; field?: string; deputyId: string }) {
  seq += 1;
  return (
    await db.suggestion.create({
      data: {
        sessionId,
        number: String(1000 + seq),
        title: `建议${seq}`,
        content: "内容",
        field: opts.field ?? "其他",
        leadDeputyId: opts.deputyId,
        submittedAt: day("2022-02-01"),
        status: opts.status,
      },
    })
  ).id;
}

async function assign(
  suggestionId: string,
  unitId: string,
  role: "LEAD" | "CO",
  assignedAt: Date,
  opts: { dueAt?: Date; state?: "ACTIVE" | "REASSIGNED" | "CANCELLED" } = {},
) {
  const originalDueAt = addDays(assignedAt, role === "LEAD" ? 90 : 30);
  return db.assignment.create({
    data: {
      suggestionId,
      unitId,
      role,
      assignedAt,
      originalDueAt,
      dueAt: opts.dueAt ?? originalDueAt,
      state: opts.state ?? "ACTIVE",
    },
  });
}

async function reply(suggestionId: string, unitId: string, category: Category, signedAt: Date | null, round = 1) {
  return db.reply.create({
    data: {
      suggestionId,
      unitId,
      round,
      category,
      text: "答复",
      state: signedAt ? "SIGNED" : "DRAFT",
      signedAt,
      submittedAt: signedAt,
    },
  });
}

async function feedback(suggestionId: string, replyId: string, deputyId: string, rating: Rating, createdAt: Date) {
  await db.feedback.create({ data: { suggestionId, replyId, deputyId, rating, createdAt } });
}

describe("statistics of a hand-made session", () => {
  let session: string;
  const s: Record<string, string> = {};

  beforeAll(async () => {
    session = (await db.session.create({ data: { code: "T-1", name: "测试会议", year: 2022 } })).id;
    const other = (await db.session.create({ data: { code: "T-0", name: "上次会议", year: 2021 } })).id;
    const D1 = await unit("D1", "DEPARTMENT");
    const D2 = await unit("D2", "DEPARTMENT");
    const D3 = await unit("D3", "DEPARTMENT");
    const C1 = await unit("C1", "CITY");
    const O1 = await unit("O1", "OTHER");
    const dep1 = (await db.deputy.create({ data: { name: "张三", delegation: "长春代表团" } })).id;
    const dep2 = (await db.deputy.create({ data: { name: "李四", delegation: "吉林代表团" } })).id;
    const mar1 = day("2022-03-01"); // due 2022-05-30 for a lead, 2022-03-31 for a co unit

    // s1: closed, A, on time; co unit C1 gave its opinion.
    s.s1 = await suggestion(session, { status: "CLOSED", field: "教育", deputyId: dep1 });
    await assign(s.s1, D1, "LEAD", mar1);
    const co1 = await assign(s.s1, C1, "CO", mar1);
    await db.opinion.create({ data: { suggestionId: s.s1, assignmentId: co1.id, unitId: C1, text: "意见" } });
    const r1 = await reply(s.s1, D1, "A", day("2022-04-01"));
    await feedback(s.s1, r1.id, dep1, "SATISFIED", day("2022-04-10"));

    // s2: B signed after the original due date but within an approved extension; reclassified B → A later.
    s.s2 = await suggestion(session, { status: "CLOSED", field: "教育", deputyId: dep1 });
    const a2 = await assign(s.s2, D1, "LEAD", mar1, { dueAt: day("2022-06-30") });
    await db.extensionRequest.create({
      data: {
        suggestionId: s.s2,
        assignmentId: a2.id,
        unitId: D1,
        reason: "复杂",
        requestedDueAt: day("2022-06-30"),
        toldDeputyAt: day("2022-06-30"),
        state: "APPROVED",
        decidedAt: day("2022-05-20"),
      },
    });
    const r2 = await reply(s.s2, D1, "B", day("2022-06-15"));
    await db.commitment.create({ data: { replyId: r2.id, text: "年底前完成", dueAt: day("2022-12-31") } });
    await feedback(s.s2, r2.id, dep1, "BASICALLY_SATISFIED", day("2022-06-20"));
    await db.reclassification.create({
      data: { suggestionId: s.s2, replyId: r2.id, fromCategory: "B", toCategory: "A", evidence: "已完成", createdAt: day("2022-08-01") },
    });

    // s3: re-handled. Round 1 C signed late (original due 05-30); dissatisfied 06-20 moves the due date to
    // 07-20; round 2 B signed on time, satisfied. The assignment now carries the round-2 due date.
    s.s3 = await suggestion(session, { status: "CLOSED", field: "交通", deputyId: dep2 });
    await assign(s.s3, D2, "LEAD", mar1, { dueAt: day("2022-07-20") });
    const r3a = await reply(s.s3, D2, "C", day("2022-06-10"));
    await db.commitment.create({ data: { replyId: r3a.id, text: "条件成熟后", dueAt: day("2023-12-31") } });
    await feedback(s.s3, r3a.id, dep2, "DISSATISFIED", day("2022-06-20"));
    const r3b = await reply(s.s3, D2, "B", day("2022-07-15"), 2);
    await feedback(s.s3, r3b.id, dep2, "SATISFIED", day("2022-07-25"));

    // s4: in progress and overdue; its co unit C1 never gave an opinion (overdue too).
    s.s4 = await suggestion(session, { status: "IN_PROGRESS", field: "交通", deputyId: dep2 });
    await assign(s.s4, D2, "LEAD", mar1);
    await assign(s.s4, C1, "CO", mar1);

    // s5: in progress, not yet due, a draft reply only.
    s.s5 = await suggestion(session, { status: "IN_PROGRESS", field: "交通", deputyId: dep1 });
    await assign(s.s5, C1, "LEAD", day("2022-08-01"));
    await reply(s.s5, C1, "A", null);

    // s6: withdrawn — counted nowhere, and its unit D3 is not involved.
    s.s6 = await suggestion(session, { status: "WITHDRAWN", deputyId: dep1 });
    await assign(s.s6, D3, "LEAD", mar1);

    // s7: pending.
    s.s7 = await suggestion(session, { status: "PENDING", deputyId: dep1 });

    // s8: D signed on time, dissatisfied; re-handling due 06-09 has passed: overdue.
    s.s8 = await suggestion(session, { status: "REHANDLING", field: "农业农村", deputyId: dep2 });
    await assign(s.s8, O1, "LEAD", mar1, { dueAt: day("2022-06-09") });
    const r8 = await reply(s.s8, O1, "D", day("2022-05-01"));
    await feedback(s.s8, r8.id, dep2, "DISSATISFIED", day("2022-05-10"));

    // s9: reassigned from D1 to D2 (clock afresh, due 06-30), A signed late on 07-05, no feedback yet.
    s.s9 = await suggestion(session, { status: "REPLIED", field: "教育", deputyId: dep1 });
    await assign(s.s9, D1, "LEAD", mar1, { state: "REASSIGNED" });
    await assign(s.s9, D2, "LEAD", day("2022-04-01"));
    await reply(s.s9, D2, "A", day("2022-07-05"));

    // s10: another session.
    s.s10 = await suggestion(other, { status: "IN_PROGRESS", deputyId: dep1 });
    await assign(s.s10, D3, "LEAD", mar1);
  });

  it("computes the headline figures", async () => {
    const stats = await getSessionStats({ session: "T-1" }, NOW);
    expect(stats).toEqual({
      total: 8,
      assigned: 7,
      replied: 5,
      closed: 3,
      overdue: 2,
      units: { total: 4, departments: 2, cities: 1 },
      categories: {
        A: { count: 3, percent: 60 },
        B: { count: 1, percent: 20 },
        C: { count: 0, percent: 0 },
        D: { count: 1, percent: 20 },
      },
      satisfaction: { satisfied: 2, basicallySatisfied: 1, dissatisfied: 1, rate: 0.75 },
      // on time: s1, s2 (extension), s3 round 2, s8; late: s3 round 1 (against its own due date), s9.
      onTimeRate: 0.667,
      replyRate: 0.714,
    });
  });

  it("agrees with an independent plain-SQL count", async () => {
    const [row] = await db.$queryRaw<Record<string, number>[]>`
      SELECT
        count(*)::int AS total,
        count(*) FILTER (WHERE id IN (SELECT "suggestionId" FROM "Assignment" WHERE role = 'LEAD' AND state <> 'CANCELLED'))::int AS assigned,
        count(*) FILTER (WHERE id IN (SELECT "suggestionId" FROM "Reply" WHERE state = 'SIGNED'))::int AS replied,
        count(*) FILTER (WHERE status = 'CLOSED')::int AS closed,
        count(*) FILTER (WHERE status IN ('IN_PROGRESS', 'REHANDLING') AND id IN (
          SELECT "suggestionId" FROM "Assignment" WHERE role = 'LEAD' AND state = 'ACTIVE' AND "dueAt" < ${NOW}::timestamp))::int AS overdue
      FROM "Suggestion" WHERE "sessionId" = ${session} AND status <> 'WITHDRAWN'`;
    const categories = await db.$queryRaw<{ category: string; n: number }[]>`
      SELECT cat AS category, count(*)::int AS n FROM (
        SELECT sg.id, COALESCE(
          (SELECT c."toCategory"::text FROM "Reclassification" c WHERE c."suggestionId" = sg.id
             AND c."createdAt" > (SELECT max(r."signedAt") FROM "Reply" r WHERE r."suggestionId" = sg.id AND r.state = 'SIGNED')
           ORDER BY c."createdAt" DESC LIMIT 1),
          (SELECT r.category::text FROM "Reply" r WHERE r."suggestionId" = sg.id AND r.state = 'SIGNED'
           ORDER BY r."signedAt" DESC LIMIT 1)) AS cat
        FROM "Suggestion" sg WHERE sg."sessionId" = ${session} AND sg.status <> 'WITHDRAWN') x
      WHERE cat IS NOT NULL GROUP BY cat`;
    const stats = await getSessionStats({ session: "T-1" }, NOW);
    expect({ total: stats.total, assigned: stats.assigned, replied: stats.replied, closed: stats.closed, overdue: stats.overdue }).toEqual(
      row,
    );
    for (const { category, n } of categories) expect(stats.categories[category as Category].count).toBe(n);
  });

  it("filters by unit, kind of unit, field and delegation", async () => {
    const byUnit = await getSessionStats({ session: "T-1", unitId: ids.C1 }, NOW);
    expect([byUnit.total, byUnit.replied, byUnit.overdue]).toEqual([3, 1, 1]); // s1, s4, s5
    expect(byUnit.units).toEqual({ total: 3, departments: 2, cities: 1 });
    const cities = await getSessionStats({ session: "T-1", unitKind: "CITY" }, NOW);
    expect(cities.total).toBe(3);
    const other = await getSessionStats({ session: "T-1", unitKind: "OTHER" }, NOW);
    expect([other.total, other.categories.D.percent]).toEqual([1, 100]);
    const traffic = await getSessionStats({ session: "T-1", field: "交通" }, NOW);
    expect([traffic.total, traffic.replied, traffic.categories.B.percent]).toEqual([3, 1, 100]);
    const jilin = await getSessionStats({ session: "T-1", delegation: "吉林代表团" }, NOW);
    expect([jilin.total, jilin.overdue, jilin.satisfaction.rate]).toEqual([3, 2, 0.5]);
  });

  it("refuses an unknown session and an invalid filter", async () => {
    await expect(getSessionStats({ session: "nope" }, NOW)).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(getSessionStats({ session: "" }, NOW)).rejects.toBeInstanceOf(DomainError);
  });

  it("builds the per-unit handling table", async () => {
    const table = await getUnitTable({ session: "T-1" }, NOW);
    expect(table.map((r) => r.code)).toEqual(["D1", "D2", "C1", "O1"]);
    const row = (code: string) => table.find((r) => r.code === code)!;
    expect(row("D1")).toMatchObject({
      lead: 2,
      co: 0,
      replied: 2,
      signed: 2,
      onTime: 2,
      onTimeRate: 1,
      overdue: 0,
      categories: { A: 2, B: 0, C: 0, D: 0 },
      feedback: 2,
      satisfactionRate: 1,
    });
    expect(row("D2")).toMatchObject({
      lead: 3,
      co: 0,
      replied: 2,
      signed: 3,
      onTime: 1,
      overdue: 1,
      overdueLead: 1,
      overdueCo: 0,
      categories: { A: 1, B: 1, C: 0, D: 0 },
      feedback: 1,
      satisfactionRate: 1,
    });
    expect(row("C1")).toMatchObject({ lead: 1, co: 2, replied: 0, signed: 0, onTimeRate: null, overdue: 1, overdueCo: 1 });
    expect(row("O1")).toMatchObject({ lead: 1, replied: 1, onTime: 1, overdue: 1, categories: { D: 1 }, satisfactionRate: 0 });
    expect(row("D1").avgDaysToReply).toBe(68.5); // s1: 31 days, s2: 106 days
  });

  it("breaks down by field, delegation and week, and lists what is overdue", async () => {
    const fields = await getByField({ session: "T-1" }, NOW);
    expect(fields.map((f) => [f.key, f.total, f.replied, f.overdue])).toEqual([
      ["交通", 3, 1, 1],
      ["教育", 3, 3, 0],
      ["其他", 1, 0, 0],
      ["农业农村", 1, 1, 1],
    ]);
    expect(fields.find((f) => f.key === "教育")!.categories.A).toEqual({ count: 3, percent: 100 });
    const delegations = await getByDelegation({ session: "T-1" }, NOW);
    expect(delegations.map((d) => [d.key, d.total])).toEqual([
      ["长春代表团", 5],
      ["吉林代表团", 3],
    ]);

    const weeks = await getRepliesPerWeek({ session: "T-1" }, NOW);
    expect(weeks).toEqual([
      { week: "2022-W13", weekStart: "2022-03-28", signed: 1, cumulative: 1 },
      { week: "2022-W17", weekStart: "2022-04-25", signed: 1, cumulative: 2 },
      { week: "2022-W23", weekStart: "2022-06-06", signed: 1, cumulative: 3 },
      { week: "2022-W24", weekStart: "2022-06-13", signed: 1, cumulative: 4 },
      { week: "2022-W27", weekStart: "2022-07-04", signed: 1, cumulative: 5 },
      { week: "2022-W28", weekStart: "2022-07-11", signed: 1, cumulative: 6 },
    ]);

    const overdue = await getOverdueList({ session: "T-1" }, NOW);
    expect(overdue.total).toBe(3);
    expect(overdue.items.map((o) => [o.suggestionId, o.role, o.unitCode, o.daysOverdue])).toEqual([
      [s.s4, "CO", "C1", 154],
      [s.s4, "LEAD", "D2", 94],
      [s.s8, "LEAD", "O1", 84],
    ]);
    expect(overdue.items[0].dueAt).toEqual(day("2022-03-31"));
    expect((await getOverdueList({ session: "T-1" }, NOW, { limit: 1 })).items).toHaveLength(1);
    // Pages: the second of two, and one past the end, which still knows how many there are.
    const second = await getOverdueList({ session: "T-1" }, NOW, { limit: 2, offset: 2 });
    expect([second.items.map((o) => o.role), second.total]).toEqual([["LEAD"], 3]);
    expect(await getOverdueList({ session: "T-1" }, NOW, { limit: 2, offset: 4 })).toEqual({ items: [], total: 3 });
  });

  it("counts nothing as overdue before the due dates", async () => {
    const early = await getSessionStats({ session: "T-1" }, day("2022-03-15"));
    expect(early.overdue).toBe(0);
    expect((await getOverdueList({ session: "T-1" }, day("2022-03-15"))).total).toBe(0);
  });
});

// ---------------------------------------------------------------------------------------------------------
// A random session (seeded), recomputed from the rows in plain JS with the definitions of SPEC §4.

function mulberry32(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("statistics of a random session", () => {
  const rand = mulberry32(20221129);
  const pick = <T>(items: readonly T[]) => items[Math.floor(rand() * items.length)];
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const CATS = ["A", "B", "C", "D"] as const;

  beforeAll(async () => {
    const session = (await db.session.create({ data: { code: "R-1", name: "随机会议", year: 2022 } })).id;
    const units = [
      await unit("RD1", "DEPARTMENT"),
      await unit("RD2", "DEPARTMENT"),
      await unit("RD3", "DEPARTMENT"),
      await unit("RC1", "CITY"),
      await unit("RC2", "CITY"),
      await unit("RO1", "OTHER"),
    ];
    const deputies = [
      (await db.deputy.create({ data: { name: "甲", delegation: "长春代表团" } })).id,
      (await db.deputy.create({ data: { name: "乙", delegation: "四平代表团" } })).id,
    ];
    const statuses: SuggestionStatus[] = ["PENDING", "IN_PROGRESS", "REPLIED", "CLOSED", "CLOSED", "REHANDLING", "WITHDRAWN"];
    for (let i = 0; i < 70; i++) {
      const status = pick(statuses);
      const deputyId = pick(deputies);
      const id = await suggestion(session, { status, field: pick(["教育", "交通", "医疗卫生"]), deputyId });
      if (status === "PENDING" || (status === "WITHDRAWN" && rand() < 0.5)) continue;
      const assignedAt = addDays(day("2022-02-01"), int(0, 150));
      const lead = pick(units);
      if (rand() < 0.2) await assign(id, pick(units.filter((u) => u !== lead)), "LEAD", addDays(assignedAt, -5), { state: "REASSIGNED" });
      if (rand() < 0.1) await assign(id, pick(units.filter((u) => u !== lead)), "CO", addDays(assignedAt, -5), { state: "CANCELLED" });
      const extended = rand() < 0.25;
      const leadDue = addDays(assignedAt, extended ? 120 : 90);
      const leadAssignment = await assign(id, lead, "LEAD", assignedAt, { dueAt: leadDue });
      if (extended) {
        await db.extensionRequest.create({
          data: {
            suggestionId: id,
            assignmentId: leadAssignment.id,
            unitId: lead,
            reason: "复杂",
            requestedDueAt: leadDue,
            toldDeputyAt: leadDue,
            state: "APPROVED",
            decidedAt: addDays(assignedAt, 60),
          },
        });
      }
      for (const co of units.filter((u) => u !== lead && rand() < 0.25)) {
        const a = await assign(id, co, "CO", assignedAt);
        if (rand() < 0.5) await db.opinion.create({ data: { suggestionId: id, assignmentId: a.id, unitId: co, text: "意见" } });
      }
      if (status === "IN_PROGRESS" || status === "WITHDRAWN") {
        if (rand() < 0.4) await reply(id, lead, pick(CATS), null);
        continue;
      }
      const signed1 = addDays(assignedAt, int(10, 130));
      const r1 = await reply(id, lead, pick(CATS), signed1);
      const rehandled = status === "REHANDLING" || (status === "CLOSED" && rand() < 0.3);
      if (rehandled) {
        const dissatisfiedAt = addDays(signed1, int(1, 20));
        await feedback(id, r1.id, deputyId, "DISSATISFIED", dissatisfiedAt);
        await db.assignment.update({ where: { id: leadAssignment.id }, data: { dueAt: addDays(dissatisfiedAt, 30) } });
        if (status === "CLOSED") {
          const r2 = await reply(id, lead, pick(CATS), addDays(dissatisfiedAt, int(5, 45)), 2);
          if (rand() < 0.3) await reply(id, lead, pick(CATS), addDays(dissatisfiedAt, 50), 2); // a second signed reply
          await feedback(id, r2.id, deputyId, pick(["SATISFIED", "BASICALLY_SATISFIED"] as const), addDays(dissatisfiedAt, 60));
        }
      } else if (status === "CLOSED") {
        await feedback(id, r1.id, deputyId, pick(["SATISFIED", "BASICALLY_SATISFIED"] as const), addDays(signed1, 10));
      }
      if (status === "CLOSED" && rand() < 0.3) {
        const from = (await db.reply.findFirst({ where: { suggestionId: id, state: "SIGNED" }, orderBy: { signedAt: "desc" } }))!;
        await db.reclassification.create({
          data: {
            suggestionId: id,
            replyId: from.id,
            fromCategory: from.category,
            toCategory: "A",
            evidence: "落实",
            createdAt: addDays(from.signedAt!, 70),
          },
        });
      }
    }
  });

  async function expected(now: Date) {
    const session = await db.session.findUniqueOrThrow({ where: { code: "R-1" } });
    const rows = await db.suggestion.findMany({
      where: { sessionId: session.id, status: { not: "WITHDRAWN" } },
      include: {
        assignments: { include: { unit: true, extensionRequests: true } },
        replies: { include: { feedback: true } },
        feedback: true,
        reclassifications: true,
        opinions: true,
      },
    });
    const t = (d: Date | null | undefined) => d?.getTime() ?? -Infinity;
    const cats = { A: 0, B: 0, C: 0, D: 0 };
    const sat = { satisfied: 0, basicallySatisfied: 0, dissatisfied: 0 };
    const unitIds = new Map<string, string>();
    let assigned = 0,
      replied = 0,
      closed = 0,
      overdue = 0,
      signed = 0,
      onTime = 0;
    for (const sg of rows) {
      const active = sg.assignments.filter((a) => a.state === "ACTIVE");
      for (const a of active) unitIds.set(a.unitId, a.unit.kind);
      if (sg.assignments.some((a) => a.role === "LEAD" && a.state !== "CANCELLED")) assigned++;
      if (sg.status === "CLOSED") closed++;
      const lead = active.find((a) => a.role === "LEAD");
      if (lead && t(lead.dueAt) < now.getTime() && (sg.status === "IN_PROGRESS" || sg.status === "REHANDLING")) overdue++;
      const signedReplies = sg.replies.filter((r) => r.state === "SIGNED").sort((a, b) => t(a.signedAt) - t(b.signedAt));
      if (signedReplies.length > 0) {
        replied++;
        const latest = signedReplies[signedReplies.length - 1];
        const reclass = [...sg.reclassifications].sort((a, b) => t(b.createdAt) - t(a.createdAt))[0];
        cats[reclass && t(reclass.createdAt) > t(latest.signedAt) ? reclass.toCategory : latest.category]++;
      }
      const fb = [...sg.feedback].sort((a, b) => t(b.createdAt) - t(a.createdAt))[0];
      if (fb) sat[fb.rating === "SATISFIED" ? "satisfied" : fb.rating === "BASICALLY_SATISFIED" ? "basicallySatisfied" : "dissatisfied"]++;
      for (const round of new Set(signedReplies.map((r) => r.round))) {
        const first = signedReplies.find((r) => r.round === round)!;
        const a = sg.assignments
          .filter((x) => x.unitId === first.unitId && x.role === "LEAD" && x.state !== "CANCELLED" && t(x.assignedAt) <= t(first.signedAt))
          .sort((x, y) => t(y.assignedAt) - t(x.assignedAt))[0];
        const dissatisfied = (r: number) =>
          sg.replies
            .filter((x) => x.round === r)
            .flatMap((x) => x.feedback)
            .filter((f) => f.rating === "DISSATISFIED");
        let due: number;
        if (dissatisfied(round).length === 0) due = t(a?.dueAt);
        else {
          const started = Math.max(...dissatisfied(round - 1).map((f) => t(f.createdAt)));
          const ext = (a?.extensionRequests ?? [])
            .filter((e) => e.state === "APPROVED" && t(e.decidedAt) <= t(first.signedAt) && t(e.decidedAt) >= started)
            .sort((x, y) => t(y.decidedAt) - t(x.decidedAt))[0];
          due = ext ? t(ext.requestedDueAt) : started > -Infinity ? started + 30 * 86_400_000 : t(a?.originalDueAt);
        }
        signed++;
        if (t(first.signedAt) <= due) onTime++;
      }
    }
    const kinds = [...unitIds.values()];
    const percents = largestRemainder([cats.A, cats.B, cats.C, cats.D]);
    const rate = (n: number, d: number) => (d === 0 ? null : Math.round((1000 * n) / d) / 1000);
    return {
      total: rows.length,
      assigned,
      replied,
      closed,
      overdue,
      units: {
        total: kinds.length,
        departments: kinds.filter((k) => k === "DEPARTMENT").length,
        cities: kinds.filter((k) => k === "CITY").length,
      },
      categories: Object.fromEntries(CATS.map((k, i) => [k, { count: cats[k], percent: percents[i] }])),
      satisfaction: {
        ...sat,
        rate: rate(sat.satisfied + sat.basicallySatisfied, sat.satisfied + sat.basicallySatisfied + sat.dissatisfied),
      },
      onTimeRate: rate(onTime, signed),
      replyRate: rate(replied, assigned),
    };
  }

  it.each([day("2022-05-01"), day("2022-08-15"), day("2023-03-01")])("match the rows recomputed in JS (now = %s)", async (now) => {
    const stats = await getSessionStats({ session: "R-1" }, now);
    expect(stats).toEqual(await expected(now));
    expect(stats.total).toBeGreaterThan(40);
    const sum = CATS.reduce((acc, k) => acc + stats.categories[k].percent * 10, 0);
    expect(sum).toBe(stats.replied > 0 ? 1000 : 0);
  });

  it("per-unit table adds up to the session's figures", async () => {
    const now = day("2022-08-15");
    const [stats, table, overdue] = await Promise.all([
      getSessionStats({ session: "R-1" }, now),
      getUnitTable({ session: "R-1" }, now),
      getOverdueList({ session: "R-1" }, now, { limit: 1000 }),
    ]);
    const total = (f: (r: (typeof table)[number]) => number) => table.reduce((acc, r) => acc + f(r), 0);
    expect(table).toHaveLength(stats.units.total);
    expect(total((r) => r.lead)).toBe(stats.assigned);
    expect(total((r) => r.replied)).toBe(stats.replied);
    expect(total((r) => r.overdueLead)).toBe(stats.overdue);
    expect(total((r) => r.overdue)).toBe(overdue.total);
    for (const k of CATS) expect(total((r) => r.categories[k])).toBe(stats.categories[k].count);
    // Filtering by a unit counts the suggestions it leads or co-handles.
    for (const row of table) {
      const byUnit = await getSessionStats({ session: "R-1", unitId: row.unitId }, now);
      expect(byUnit.total).toBe(row.lead + row.co);
    }
  });
});
