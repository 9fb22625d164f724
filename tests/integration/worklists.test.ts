// Worklists (issue 11 item 2): what waits for each role, and only the caller's own rows — another unit's or
// another deputy's never appear, and a list of another role is a 404.
import { beforeAll, describe, expect, it } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { loadWorklist, worklistCounts } from "@/lib/data/worklists";
import type { WorklistName } from "@/lib/worklists/names";
import { recordCommunication, submitOpinion } from "@/lib/workflow/communications";
import { markAssignmentOpened } from "@/lib/workflow/opened";
import { draftReply, returnReply, submitReply } from "@/lib/workflow/replies";
import { decideExtension, requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { assignTo, at, buildWorld, ctxOf, expectError, newSuggestion, replyAndSign, T0, type World } from "./workflow-fixtures";

let w: World;
let other: World; // a second cast: its units and deputies must never see this one's rows
beforeAll(async () => {
  w = await buildWorld();
  other = await buildWorld();
});

const list = (actor: Actor, name: WorklistName, now: Date = at(2)) => loadWorklist(actor, name, { page: 1, pageSize: 100 }, now);
const ids = async (actor: Actor, name: WorklistName, now?: Date) => (await list(actor, name, now)).items.map((i) => i.suggestionId);

async function assigned() {
  const s = await newSuggestion(w);
  await assignTo(w, s.id, { when: T0 });
  return s;
}
/** Assigned, communicated and a reply submitted for signature at `when`; returns the reply. */
async function submitted(suggestionId: string, when: Date) {
  await recordCommunication(ctxOf(w.leadHandler, when), suggestionId, { method: "PHONE", occurredAt: when, summary: "电话沟通" });
  await submitOpinion(ctxOf(w.coHandler, when), suggestionId, { text: "同意" });
  const draft = await draftReply(ctxOf(w.leadHandler, when), suggestionId, { category: "A", text: "答复正文" });
  return submitReply(ctxOf(w.leadHandler, when), draft.id);
}

describe("unit leader: replies awaiting signature (待签发)", () => {
  it("lists the unit's submitted replies oldest first, and no other unit's", async () => {
    const later = await assigned();
    const earlier = await assigned();
    const r2 = await submitted(later.id, at(2));
    const r1 = await submitted(earlier.id, at(1));
    const page = await list(w.leadLeader, "toSign", at(3));
    expect(page.items.map((i) => i.ref)).toEqual([r1.id, r2.id]);
    expect(page.total).toBe(2);
    expect(page.items[0]).toMatchObject({ suggestionId: earlier.id, sessionCode: w.session.code, status: "IN_PROGRESS" });
    expect((await worklistCounts(w.leadLeader, { now: at(3) })).toSign).toBe(2);
    expect(await ids(w.coLeader, "toSign")).toEqual([]);
    expect(await ids(other.leadLeader, "toSign")).toEqual([]);
    // Returned, it leaves the leader's list for the handler's.
    await returnReply(ctxOf(w.leadLeader, at(3)), r2.id, { comment: "请补充数据" });
    expect(await ids(w.leadLeader, "toSign", at(3))).toEqual([earlier.id]);
    expect(await ids(w.leadHandler, "returned", at(3))).toEqual([later.id]);
    expect(await ids(other.leadHandler, "returned", at(3))).toEqual([]);
  });
});

describe("unit handler: new assignments not yet opened, co-handling opinions due", () => {
  it("a new assignment waits until one of the unit's users opens it; each unit has its own", async () => {
    const s = await assigned();
    expect(await ids(w.leadHandler, "unopened")).toContain(s.id);
    const co = (await list(w.coHandler, "unopened")).items.find((i) => i.suggestionId === s.id);
    expect(co?.kind).toBe("CO");
    expect(await ids(other.leadHandler, "unopened")).not.toContain(s.id);
    await markAssignmentOpened(w.otherHandler, s.id); // a unit without an assignment marks nothing
    await markAssignmentOpened(w.leadLeader, s.id, at(1));
    expect(await ids(w.leadHandler, "unopened")).not.toContain(s.id);
    expect(await ids(w.coHandler, "unopened")).toContain(s.id);
    // A unit that acts without opening the page (through the API) has seen it too.
    await submitOpinion(ctxOf(w.coHandler, at(1)), s.id, { text: "同意" });
    expect(await ids(w.coHandler, "unopened")).not.toContain(s.id);
  });

  it("an act of the unit opens its assignment in the act's transaction; the office's acts open nothing", async () => {
    const s = await assigned(); // the office's assignment: an audited act of a user without a unit
    const opened = async () =>
      Object.fromEntries(
        (await db.assignment.findMany({ where: { suggestionId: s.id, state: "ACTIVE" }, select: { unitId: true, openedAt: true } })).map(
          (a) => [a.unitId, a.openedAt],
        ),
      );
    expect(Object.values(await opened())).toEqual([null, null]);
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "电话沟通" });
    const after = await opened();
    expect(after[w.leadHandler.unitId!]).toEqual(at(1)); // the audit event's time: the act's own
    expect(after[w.coHandler.unitId!]).toBeNull(); // the co unit has not seen it yet
    expect(await ids(w.coHandler, "unopened")).toContain(s.id);
  });

  it("lists the co unit's missing opinions, the nearest due first, until it gives one", async () => {
    const s = await assigned();
    expect(await ids(w.coHandler, "opinionsDue")).toContain(s.id);
    expect(await ids(w.leadHandler, "opinionsDue")).not.toContain(s.id);
    expect(await ids(other.coHandler, "opinionsDue")).toEqual([]);
    await submitOpinion(ctxOf(w.coHandler, at(1)), s.id, { text: "同意" });
    expect(await ids(w.coHandler, "opinionsDue")).not.toContain(s.id);
  });
});

describe("office: requests, unassigned, overdue", () => {
  it("lists pending reassignment and extension requests until decided", async () => {
    const a = await assigned();
    const b = await assigned();
    const ext = await requestExtension(ctxOf(w.leadHandler, at(1)), a.id, {
      reason: "情况复杂",
      requestedDueAt: at(120),
      toldDeputyAt: at(120),
    });
    const re = await requestReassignment(ctxOf(w.leadHandler, at(1)), b.id, { reason: "不属于本单位职责" });
    const rows = (await list(w.office, "requests")).items;
    expect(rows.find((r) => r.ref === ext.id)).toMatchObject({ suggestionId: a.id, kind: "EXTENSION", unitName: w.units.lead.name });
    expect(rows.find((r) => r.ref === re.id)).toMatchObject({ suggestionId: b.id, kind: "REASSIGNMENT" });
    await decideExtension(ctxOf(w.office, at(2)), ext.id, { approve: true });
    expect((await list(w.office, "requests")).items.map((r) => r.ref)).not.toContain(ext.id);
  });

  it("lists registered suggestions not yet assigned, and overdue duties from the day after the due day", async () => {
    const fresh = await newSuggestion(w);
    const s = await assigned();
    expect(await ids(w.office, "unassigned")).toContain(fresh.id);
    expect(await ids(w.office, "unassigned")).not.toContain(s.id);
    expect(await ids(w.office, "overdue", at(2))).not.toContain(s.id);
    const late = (await list(w.office, "overdue", at(100))).items.filter((i) => i.suggestionId === s.id);
    expect(late.map((i) => i.kind).sort()).toEqual(["CO", "LEAD"]);
    const overdue = (await list(w.office, "overdue", at(100))).total;
    expect(overdue).toBeGreaterThanOrEqual(2);
    expect((await worklistCounts(w.admin, { now: at(100) })).overdue).toBe(overdue);
    // The navigation's count stops after cap + 1 rows.
    expect((await worklistCounts(w.admin, { now: at(100), cap: 1 })).overdue).toBe(2);
  });
});

describe("office: the navigation's counts, kept in the statistics cache", () => {
  const officeLists: WorklistName[] = ["requests", "unassigned", "overdue"];
  const totals = async (now: Date) =>
    Object.fromEntries(await Promise.all(officeLists.map(async (name) => [name, (await list(w.office, name, now)).total] as const)));

  it("equal the lists' own counts after every write and on every day, read twice", async () => {
    const check = async (now: Date) => {
      const fresh = await totals(now);
      expect(await worklistCounts(w.office, { now })).toEqual(fresh);
      expect(await worklistCounts(w.office, { now })).toEqual(fresh); // the cached value
    };
    await check(at(2));
    const s = await newSuggestion(w); // one more unassigned
    await check(at(2));
    await assignTo(w, s.id, { when: T0 }); // one fewer; its duties become overdue after the due day
    await check(at(2));
    await check(at(100));
    await requestReassignment(ctxOf(w.leadHandler, at(3)), s.id, { reason: "不属于本单位职责" });
    await check(at(100));
    expect((await worklistCounts(w.office, { now: at(100) })).overdue).toBeGreaterThan(
      (await worklistCounts(w.office, { now: at(2) })).overdue ?? 0,
    );
  });
});

describe("deputy: replies awaiting my rating, my led and co-signed suggestions", () => {
  it("shows each deputy only their own", async () => {
    const s = await assigned();
    await replyAndSign(w, s.id, { from: at(1) });
    expect(await ids(w.leadDeputy, "toRate", at(3))).toContain(s.id);
    expect(await ids(w.cosignerDeputy, "toRate", at(3))).toEqual([]);
    expect(await ids(other.leadDeputy, "toRate", at(3))).toEqual([]);
    expect(await ids(w.leadDeputy, "led")).toContain(s.id);
    expect(await ids(w.leadDeputy, "cosigned")).not.toContain(s.id);
    expect(await ids(w.cosignerDeputy, "cosigned")).toContain(s.id);
    expect(await ids(w.strangerDeputy, "led")).toEqual([]);
    expect(await ids(other.cosignerDeputy, "cosigned")).toEqual([]);
  });
});

describe("each role has its own lists", () => {
  it("counts only the caller's lists, and another role's list is a 404", async () => {
    expect(Object.keys(await worklistCounts(w.leadLeader))).toEqual(["toSign"]);
    expect(Object.keys(await worklistCounts(w.leadHandler))).toEqual(["returned", "unopened", "opinionsDue"]);
    expect(Object.keys(await worklistCounts(w.office))).toEqual(["requests", "unassigned", "overdue"]);
    expect(Object.keys(await worklistCounts(w.leadDeputy))).toEqual(["toRate", "led", "cosigned"]);
    expect(await worklistCounts(w.leader)).toEqual({});
    await expectError(list(w.leadLeader, "requests"), "NOT_FOUND");
    await expectError(list(w.leadDeputy, "toSign"), "NOT_FOUND");
    await expectError(list(w.office, "led"), "NOT_FOUND");
  });
});

describe("unit: the inbox's view counts, kept in the statistics cache", () => {
  it("equal a fresh count after every write and on every day, read twice", async () => {
    const { inboxViewCounts } = await import("@/lib/data/inbox-counts");
    const { countSuggestions } = await import("@/lib/data/suggestions");
    const views = [
      { assignmentRole: "LEAD" as const, overdue: true },
      { assignmentRole: "LEAD" as const },
      { assignmentRole: "CO" as const },
    ];
    const check = async (now: Date) => {
      const fresh = await countSuggestions(w.leadHandler, views, now);
      expect(await inboxViewCounts(w.leadHandler, views, now)).toEqual(fresh);
      expect(await inboxViewCounts(w.leadHandler, views, now)).toEqual(fresh); // the cached value
      return fresh;
    };
    const before = await check(at(2));
    await assigned(); // one more led by the unit (another unit co-handles it)
    const after = await check(at(2));
    expect(after[1]).toBe((before[1] ?? 0) + 1);
    const late = await check(at(100)); // its lead duty is overdue from the day after the due day
    expect(late[0]).toBeGreaterThan(after[0] ?? 0);
  });
});

describe("unit: the navigation's counts, kept in the statistics cache, what a first look changes included", () => {
  it("equal each list's own total after writes, after a first look (no audit event) and the next day", async () => {
    const names = ["returned", "unopened", "opinionsDue"] as const;
    const check = async (now: Date) => {
      const totals = Object.fromEntries(await Promise.all(names.map(async (n) => [n, (await list(w.coHandler, n, now)).total] as const)));
      expect(await worklistCounts(w.coHandler, { now })).toEqual(totals);
      expect(await worklistCounts(w.coHandler, { now })).toEqual(totals); // read again: the kept part
      return totals;
    };
    const before = await check(at(2));
    const s = await assigned(); // co-handled by the co unit: one more unopened and one more opinion due
    const after = await check(at(2));
    expect(after.unopened).toBe((before.unopened ?? 0) + 1);
    expect(after.opinionsDue).toBe((before.opinionsDue ?? 0) + 1);
    // No audit event: the "opened" version moves, once, and no session's or "*"'s (their statistics stay kept).
    const versions = async () =>
      Object.fromEntries((await db.statsVersion.findMany()).map((v) => [v.scope, v.version])) as Record<string, number>;
    const beforeLook = await versions();
    await markAssignmentOpened(w.coHandler, s.id, at(2));
    await markAssignmentOpened(w.coHandler, s.id, at(2)); // a second look marks nothing
    expect(await versions()).toEqual({ ...beforeLook, opened: (beforeLook.opened ?? 0) + 1 });
    expect((await check(at(2))).unopened).toBe(before.unopened);
    await submitOpinion(ctxOf(w.coHandler, at(2)), s.id, { text: "同意" });
    expect((await check(at(3))).opinionsDue).toBe(before.opinionsDue);
  });
});

describe("unit: an inbox page, placed by per-session counts kept in the statistics cache", () => {
  it("is the page a fresh listing gives, after writes and on later days", async () => {
    const { inboxPage } = await import("@/lib/data/inbox-counts");
    const { listSuggestions } = await import("@/lib/data/suggestions");
    const view = { assignmentRole: "LEAD" as const, status: ["IN_PROGRESS" as const, "REHANDLING" as const] };
    const ids = (page: { items: { id: string }[]; total: number }) => ({ ids: page.items.map((i) => i.id), total: page.total });
    const check = async (now: Date, page = 1) => {
      const fresh = ids(await listSuggestions(w.leadHandler, { ...view, page, pageSize: 2 }, now));
      expect(ids(await inboxPage(w.leadHandler, view, { page, pageSize: 2 }, now))).toEqual(fresh);
      expect(ids(await inboxPage(w.leadHandler, view, { page, pageSize: 2 }, now))).toEqual(fresh); // kept
      return fresh;
    };
    const before = await check(at(2));
    const s = await assigned();
    const after = await check(at(2));
    expect(after.total).toBe(before.total + 1);
    await check(at(2), 2);
    await replyAndSign(w, s.id, { from: at(3) }); // signed: no longer in handling
    expect((await check(at(4))).total).toBe(before.total);
    const overdue = { assignmentRole: "LEAD" as const, overdue: true };
    const late = ids(await inboxPage(w.leadHandler, overdue, { page: 1, pageSize: 50 }, at(100)));
    expect(late).toEqual(ids(await listSuggestions(w.leadHandler, { ...overdue, page: 1, pageSize: 50 }, at(100))));
    expect(late.total).toBeGreaterThan(0);
  });
});

describe("the suggestion list: pages placed by per-session counts kept in the statistics cache", () => {
  it("is the page a fresh listing gives, for the office and a deputy, after writes and on later days", async () => {
    const { listSuggestions } = await import("@/lib/data/suggestions");
    type Query = Parameters<typeof listSuggestions>[1];
    const ids = (page: { items: { id: string }[]; total: number }) => ({ ids: page.items.map((i) => i.id), total: page.total });
    const check = async (actor: Actor, query: Query, now: Date) => {
      const fresh = ids(await listSuggestions(actor, query, now));
      expect(ids(await listSuggestions(actor, query, now, { keepPage: true }))).toEqual(fresh);
      expect(ids(await listSuggestions(actor, query, now, { keepPage: true }))).toEqual(fresh); // kept
      return fresh;
    };
    const office = await check(w.office, { pageSize: 2 }, at(2));
    const deputy = await check(w.leadDeputy, { pageSize: 2 }, at(2));
    expect(await check(w.strangerDeputy, { pageSize: 2 }, at(2))).toEqual({ ids: [], total: 0 });
    const s = await newSuggestion(w);
    expect((await check(w.office, { pageSize: 2 }, at(2))).total).toBe(office.total + 1);
    expect((await check(w.leadDeputy, { pageSize: 2 }, at(2))).total).toBe(deputy.total + 1);
    expect((await check(w.strangerDeputy, { pageSize: 2 }, at(2))).total).toBe(0); // another scope, another key
    await check(w.office, { pageSize: 2, page: 2 }, at(2));
    const handling = { status: ["IN_PROGRESS" as const] };
    const inHandling = await check(w.office, handling, at(2));
    await assignTo(w, s.id, { when: at(2) });
    expect((await check(w.office, handling, at(2))).total).toBe(inHandling.total + 1);
    // Overdue is a matter of the day: no write between these two.
    const due = await check(w.office, { overdue: true, pageSize: 100 }, at(2));
    expect((await check(w.office, { overdue: true, pageSize: 100 }, at(200))).total).toBeGreaterThan(due.total);
  });
});
