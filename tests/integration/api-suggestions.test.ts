// Scoped reads of suggestions (lib/data) and the API routes over them.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import type { Actor } from "@/lib/auth/user";
import type { Role } from "@/lib/generated/prisma/enums";
import { getSuggestionDetail, listSimilarSuggestions } from "@/lib/data/suggestion-detail";
import { listSuggestions } from "@/lib/data/suggestions";
import { listSessions } from "@/lib/data/sessions";

const day = (iso: string) => new Date(`${iso}T00:00:00.000Z`);
const actors: Record<string, Actor> = {};
const ids: Record<string, string> = {};

async function user(username: string, role: Role, extra: { unitId?: string; deputyId?: string } = {}) {
  const u = await db.user.create({ data: { username, name: username, role, passwordHash: "x", ...extra } });
  actors[username] = { id: u.id, name: u.name, username, role, unitId: u.unitId, deputyId: u.deputyId };
}

beforeAll(async () => {
  const session = await db.session.create({ data: { code: "14-1", name: "十四届一次", year: 2023 } });
  const old = await db.session.create({ data: { code: "13-5", name: "十三届五次", year: 2022 } });
  const [u1, u2] = await Promise.all([
    db.unit.create({ data: { code: "JYT", name: "省教育厅", kind: "DEPARTMENT" } }),
    db.unit.create({ data: { code: "CC", name: "长春市", kind: "CITY" } }),
  ]);
  const [d1, d2, d3] = await Promise.all([
    db.deputy.create({ data: { name: "王五", delegation: "长春代表团" } }),
    db.deputy.create({ data: { name: "赵六", delegation: "吉林代表团" } }),
    db.deputy.create({ data: { name: "钱七", delegation: "吉林代表团" } }),
  ]);
  Object.assign(ids, { u1: u1.id, u2: u2.id, d1: d1.id, d2: d2.id });
  await user("office", "OFFICE");
  await user("leader", "LEADER");
  await user("clerk1", "UNIT_HANDLER", { unitId: u1.id });
  await user("chief1", "UNIT_LEADER", { unitId: u1.id });
  await user("clerk2", "UNIT_HANDLER", { unitId: u2.id });
  await user("deputy1", "DEPUTY", { deputyId: d1.id });
  await user("deputy2", "DEPUTY", { deputyId: d2.id });
  await user("deputy3", "DEPUTY", { deputyId: d3.id });

  const mk = (n: string, title: string, deputyId: string, extra: object = {}) =>
    db.suggestion.create({
      data: {
        sessionId: session.id,
        number: n,
        title,
        content: `关于${title}的内容`,
        leadDeputyId: deputyId,
        submittedAt: day("2023-01-15"),
        ...extra,
      },
    });
  const s1 = await mk("1001", "关于加强乡村学校教师队伍建设的建议", d1.id, { field: "教育", status: "REPLIED" });
  const s2 = await mk("1002", "关于改善长春市公共交通的建议", d2.id, { field: "交通", status: "IN_PROGRESS" });
  const s3 = await mk("1003", "关于发展冰雪旅游的建议", d2.id, { field: "文化旅游" });
  await db.suggestionCoSigner.create({ data: { suggestionId: s2.id, deputyId: d1.id } });
  const oldOne = await db.suggestion.create({
    data: {
      sessionId: old.id,
      number: "2001",
      title: "关于加强乡村学校教师队伍建设的建议",
      content: "往年",
      leadDeputyId: d2.id,
      submittedAt: day("2022-01-10"),
      status: "CLOSED",
    },
  });
  Object.assign(ids, { s1: s1.id, s2: s2.id, s3: s3.id, old: oldOne.id });
  const a1 = { assignedAt: day("2023-02-01"), dueAt: day("2023-05-02"), originalDueAt: day("2023-05-02") };
  await db.assignment.create({ data: { suggestionId: s1.id, unitId: u1.id, role: "LEAD", ...a1 } });
  await db.assignment.create({ data: { suggestionId: s1.id, unitId: u2.id, role: "CO", ...a1, dueAt: day("2023-03-03") } });
  await db.assignment.create({ data: { suggestionId: s2.id, unitId: u2.id, role: "LEAD", ...a1 } });
  await db.assignment.create({ data: { suggestionId: oldOne.id, unitId: u1.id, role: "LEAD", ...a1 } });
  const signed = await db.reply.create({
    data: {
      suggestionId: s1.id,
      unitId: u1.id,
      category: "B",
      text: "已签发的答复",
      state: "SIGNED",
      signedAt: day("2023-04-01"),
      signedById: actors.chief1.id,
    },
  });
  await db.commitment.create({ data: { replyId: signed.id, text: "年底前", dueAt: day("2023-12-31") } });
  const draft = await db.reply.create({
    data: { suggestionId: s1.id, unitId: u1.id, round: 2, category: "A", text: "草稿", returnComment: "再改改" },
  });
  await db.replyVersion.create({ data: { replyId: draft.id, versionNo: 1, category: "A", text: "草稿" } });
  await db.reply.create({
    data: { suggestionId: oldOne.id, unitId: u1.id, category: "A", text: "往年答复", state: "SIGNED", signedAt: day("2022-05-01") },
  });
  await db.opinion.create({
    data: {
      suggestionId: s1.id,
      assignmentId: (await db.assignment.findFirstOrThrow({ where: { suggestionId: s1.id, role: "CO" } })).id,
      unitId: u2.id,
      text: "会办意见",
    },
  });
  await db.supervision.create({
    data: { suggestionId: s1.id, unitId: u1.id, kind: "NOTICE", text: "请加快", createdById: actors.office.id },
  });
  await db.communication.create({
    data: { suggestionId: s1.id, unitId: u1.id, method: "PHONE", occurredAt: day("2023-03-01"), summary: "电话沟通" },
  });
  const events = [
    { action: "suggestion.register", entity: "Suggestion", entityId: s1.id, actorId: actors.office.id },
    { action: "suggestion.assign", entity: "Assignment", entityId: "x", actorId: actors.office.id },
    { action: "opinion.submit", entity: "Opinion", entityId: "y", actorId: actors.clerk2.id },
    { action: "reply.draft", entity: "Reply", entityId: signed.id, actorId: actors.clerk1.id, after: { text: "内部草稿" } },
    { action: "reply.sign", entity: "Reply", entityId: signed.id, actorId: actors.chief1.id },
    { action: "reply.draft", entity: "Reply", entityId: draft.id, actorId: actors.clerk1.id },
  ];
  for (const [i, e] of events.entries()) {
    await db.auditEvent.create({ data: { ...e, suggestionId: s1.id, createdAt: new Date(day("2023-02-01").getTime() + i * 3600_000) } });
  }
});

describe("listSuggestions", () => {
  it("shows the office everything, filtered and paginated", async () => {
    expect((await listSuggestions(actors.office)).total).toBe(4);
    const page = await listSuggestions(actors.office, { session: "14-1", pageSize: 2, sort: "-number" });
    expect(page.total).toBe(3);
    expect(page.items.map((s) => s.number)).toEqual(["1003", "1002"]);
    expect(
      (await listSuggestions(actors.office, { session: "14-1", page: 2, pageSize: 2, sort: "-number" })).items.map((s) => s.number),
    ).toEqual(["1001"]);
    expect((await listSuggestions(actors.office, { status: "IN_PROGRESS" })).items.map((s) => s.number)).toEqual(["1002"]);
    expect((await listSuggestions(actors.office, { unit: "CC" })).items.map((s) => s.number)).toEqual(["1001", "1002"]);
    expect((await listSuggestions(actors.office, { unit: "CC", assignmentRole: "LEAD" })).items.map((s) => s.number)).toEqual(["1002"]);
    expect((await listSuggestions(actors.office, { field: "交通" })).total).toBe(1);
  });

  it("searches title, content and number, in Chinese", async () => {
    expect((await listSuggestions(actors.office, { q: "冰雪旅游" })).items.map((s) => s.number)).toEqual(["1003"]);
    expect((await listSuggestions(actors.office, { q: "教师队伍", session: "14-1" })).items.map((s) => s.number)).toEqual(["1001"]);
    expect((await listSuggestions(actors.office, { q: "1002" })).total).toBe(1);
    expect((await listSuggestions(actors.office, { q: "100%" })).total).toBe(0); // LIKE wildcards are literal
  });

  it("lists lead unit, co units, due date and overdue", async () => {
    const { items } = await listSuggestions(actors.office, { session: "14-1" }, day("2023-06-01"));
    const s2 = items.find((s) => s.number === "1002")!;
    expect(s2.leadUnit?.code).toBe("CC");
    expect(s2.dueAt).toEqual(day("2023-05-02"));
    expect(s2.overdue).toBe(true);
    expect(items.find((s) => s.number === "1001")!.coUnits.map((u) => u.code)).toEqual(["CC"]);
    expect(items.find((s) => s.number === "1001")!.overdue).toBe(false); // replied
    expect((await listSuggestions(actors.office, { overdue: true }, day("2023-06-01"))).total).toBe(1);
  });

  it("scopes units to their assignments and deputies to their own suggestions", async () => {
    expect((await listSuggestions(actors.clerk1)).items.map((s) => s.number).sort()).toEqual(["1001", "2001"]);
    expect((await listSuggestions(actors.clerk2)).items.map((s) => s.number)).toEqual(["1001", "1002"]);
    expect((await listSuggestions(actors.clerk2, { assignmentRole: "CO" })).items.map((s) => s.number)).toEqual(["1001"]);
    expect((await listSuggestions(actors.deputy1)).items.map((s) => s.number)).toEqual(["1001", "1002"]); // led, co-signed
    expect((await listSuggestions(actors.deputy3)).total).toBe(0);
    expect((await listSuggestions(actors.leader)).total).toBe(4);
  });
});

describe("getSuggestionDetail", () => {
  it("gives the office everything, with a timeline and names", async () => {
    const d = (await getSuggestionDetail(actors.office, ids.s1))!;
    expect(d.session.code).toBe("14-1");
    expect(d.assignments.map((a) => [a.role, a.unit.code])).toEqual([
      ["LEAD", "JYT"],
      ["CO", "CC"],
    ]);
    expect(d.replies.map((r) => r.state)).toEqual(["SIGNED", "DRAFT"]);
    expect(d.replies[0].signedBy?.name).toBe("chief1");
    expect(d.replies[0].commitments).toHaveLength(1);
    expect(d.replies[1].versions).toHaveLength(1);
    expect(d.opinions).toHaveLength(1);
    expect(d.supervisions[0].createdBy?.name).toBe("office");
    expect(d.communications).toHaveLength(1);
    expect(d.timeline.map((e) => e.action)).toEqual([
      "suggestion.register",
      "suggestion.assign",
      "opinion.submit",
      "reply.draft",
      "reply.sign",
      "reply.draft",
    ]);
    expect(d.timeline[0].actor?.name).toBe("office");
    expect(d.timeline[0].actor?.role).toBe("OFFICE");
    expect(d.timeline[0].at).toEqual(day("2023-02-01"));
    expect(d.timeline[3].after).toEqual({ text: "内部草稿" });
    expect(d.timeline[0].before).toBeUndefined();
    expect(new Set(d.timeline.map((e) => e.id)).size).toBe(6);
  });

  it("names a signer who has no event on the suggestion (a reply imported with its signer)", async () => {
    await db.reply.updateMany({ where: { suggestionId: ids.old }, data: { signedById: actors.chief1.id } });
    const d = (await getSuggestionDetail(actors.office, ids.old))!;
    expect(d.timeline).toEqual([]);
    expect(d.replies[0].signedBy).toEqual({ id: actors.chief1.id, name: "chief1", role: "UNIT_LEADER" });
  });

  it("hides another unit's unsigned replies from a co unit", async () => {
    const d = (await getSuggestionDetail(actors.clerk2, ids.s1))!;
    expect(d.replies.map((r) => r.state)).toEqual(["SIGNED"]);
    expect(d.timeline.map((e) => e.action)).toEqual([
      "suggestion.register",
      "suggestion.assign",
      "opinion.submit",
      "reply.draft",
      "reply.sign",
    ]);
    expect((await getSuggestionDetail(actors.clerk1, ids.s1))!.replies).toHaveLength(2);
  });

  it("shows a deputy only signed replies and public events", async () => {
    const d = (await getSuggestionDetail(actors.deputy1, ids.s1))!;
    expect(d.replies.map((r) => r.state)).toEqual(["SIGNED"]);
    expect(d.replies[0].versions).toEqual([]);
    expect(d.opinions).toEqual([]);
    expect(d.supervisions).toEqual([]);
    expect(d.timeline.map((e) => e.action)).toEqual(["suggestion.register", "suggestion.assign", "reply.sign"]);
    expect(d.timeline.every((e) => e.before === undefined && e.after === undefined)).toBe(true);
  });

  it("is null for what the actor may not see", async () => {
    expect(await getSuggestionDetail(actors.deputy3, ids.s1)).toBeNull();
    expect(await getSuggestionDetail(actors.clerk1, ids.s2)).toBeNull();
    expect(await getSuggestionDetail(actors.office, "nope")).toBeNull();
  });
});

describe("similar suggestions and sessions", () => {
  it("finds the earlier suggestion with the same title and its reply", async () => {
    const similar = await listSimilarSuggestions(actors.office, ids.s1);
    expect(similar.map((s) => s.id)).toEqual([ids.old]);
    expect(similar[0].reply?.text).toBe("往年答复");
    expect(await listSimilarSuggestions(actors.deputy1, ids.s1)).toEqual([]); // not theirs
  });

  it("lists sessions, the latest first", async () => {
    const sessions = await listSessions();
    expect(sessions.map((s) => [s.code, s.suggestionCount])).toEqual([
      ["14-1", 3],
      ["13-5", 1],
    ]);
  });
});

describe("counts of several list queries at once (the inbox's views)", () => {
  it("equal each query's own total, for every role, and 0 for a query nothing can match", async () => {
    const { countSuggestions } = await import("@/lib/data/suggestions");
    const queries = [
      {},
      { status: "IN_PROGRESS" as const },
      { field: "教育" },
      { assignmentRole: "LEAD" as const },
      { overdue: true },
      { status: [] },
    ];
    for (const actor of [actors.office, actors.clerk1, actors.deputy1]) {
      const expected = await Promise.all(queries.map(async (q) => (await listSuggestions(actor!, q)).total));
      expect(await countSuggestions(actor!, queries)).toEqual(expected);
    }
    expect((await countSuggestions(actors.office!, queries)).at(-1)).toBe(0);
  });
});
