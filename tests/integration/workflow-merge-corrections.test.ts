// Corrections of merged handling (issue 11): undo a merge (some or all), extend a group as one — OFFICE/ADMIN only,
// a reason required, a stale version refused, the audit events written, the group's rules kept.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { mergeSuggestions } from "@/lib/workflow/requests";
import { extendMerge, undoMerge } from "@/lib/workflow/merge-corrections";
import { decideStanding } from "@/lib/workflow/standing";
import { assignTo, auditOf, buildWorld, ctxOf, expectError, newSuggestion, T0, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

async function group(n = 3) {
  const members = [];
  for (let i = 0; i < n; i++) members.push(await newSuggestion(w));
  const g = await mergeSuggestions(ctxOf(w.office, T0), { suggestionIds: members.map((m) => m.id), leadUnitCode: w.units.lead.code });
  return { g, members };
}
const groupOf = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).mergeGroupId;
const versionOf = async (id: string) => (await db.suggestion.findUniqueOrThrow({ where: { id } })).version;

describe("undoMerge", () => {
  it("is the office's alone, and needs a reason", async () => {
    const { g } = await group(2);
    await expectError(undoMerge(ctxOf(w.leadHandler, T0), g.id, { reason: "x" }), "FORBIDDEN");
    await expectError(undoMerge(ctxOf(w.leader, T0), g.id, { reason: "x" }), "FORBIDDEN");
    const e = await expectError(undoMerge(ctxOf(w.office, T0), g.id, { reason: "" }), "INVALID");
    expect(e.fields).toHaveProperty("reason");
    await expectError(undoMerge(ctxOf(w.office, T0), "no-such-group", { reason: "x" }), "NOT_FOUND");
  });

  it("takes one suggestion out, keeping its assignment; a stale version is 409", async () => {
    const { g, members } = await group(3);
    const [a, b, c] = members;
    await expectError(
      undoMerge(ctxOf(w.office, T0), g.id, { reason: "内容不同", items: [{ suggestionId: a.id, expectedVersion: 1 }] }),
      "CONFLICT",
      "errors.stale",
    );
    const result = await undoMerge(ctxOf(w.office, T0), g.id, {
      reason: "内容不同",
      items: [{ suggestionId: a.id, expectedVersion: await versionOf(a.id) }],
    });
    expect(result.removed).toEqual([a.id]);
    expect([await groupOf(a.id), await groupOf(b.id), await groupOf(c.id)]).toEqual([null, g.id, g.id]);
    const lead = await db.assignment.findFirst({ where: { suggestionId: a.id, state: "ACTIVE", role: "LEAD" } });
    expect(lead?.unitId).toBe(w.units.lead.id);
    expect((await auditOf(a.id)).at(-1)).toMatchObject({ action: "suggestion.unmerge", after: { reason: "内容不同" } });
    expect(await db.auditEvent.count({ where: { entity: "MergeGroup", entityId: g.id, action: "mergeGroup.shrink" } })).toBe(1);
    await expectError(
      undoMerge(ctxOf(w.office, T0), g.id, { reason: "x", items: [{ suggestionId: a.id }] }),
      "RULE",
      "standing.errors.notInGroup",
    );
  });

  it("dissolves a group left with one suggestion, and the whole group when no items are given", async () => {
    const pair = await group(2);
    const [a, b] = pair.members;
    await undoMerge(ctxOf(w.admin, T0), pair.g.id, { reason: "误并", items: [{ suggestionId: a.id }] });
    expect([await groupOf(a.id), await groupOf(b.id)]).toEqual([null, null]);
    await expectError(undoMerge(ctxOf(w.office, T0), pair.g.id, { reason: "x" }), "RULE", "standing.errors.groupDissolved");

    const { g, members } = await group(3);
    const all = await undoMerge(ctxOf(w.office, T0), g.id, { reason: "整组撤销" });
    expect(all.suggestionIds).toEqual([]);
    for (const m of members) expect(await groupOf(m.id)).toBeNull();
    // Once out of the group, a suggestion may be found not a suggestion.
    const first = members[0];
    expect((await decideStanding(ctxOf(w.office, T0), first.id, { standing: "TO_LETTER", reason: "个人事项" })).status).toBe("TO_LETTER");
  });
});

describe("extendMerge", () => {
  it("adds a pending suggestion as one: assigned to the group's lead unit", async () => {
    const { g } = await group(2);
    const s = await newSuggestion(w);
    await expectError(extendMerge(ctxOf(w.leadLeader, T0), g.id, { reason: "x", items: [{ suggestionId: s.id }] }), "FORBIDDEN");
    await expectError(extendMerge(ctxOf(w.office, T0), g.id, { reason: "", items: [{ suggestionId: s.id }] }), "INVALID");
    await expectError(
      extendMerge(ctxOf(w.office, T0), g.id, { reason: "同类", items: [{ suggestionId: s.id, expectedVersion: s.version + 5 }] }),
      "CONFLICT",
      "errors.stale",
    );
    const result = await extendMerge(ctxOf(w.office, T0), g.id, {
      reason: "同类问题",
      items: [{ suggestionId: s.id, expectedVersion: s.version }],
    });
    expect(result.added).toEqual([s.id]);
    expect(result.suggestionIds).toHaveLength(3);
    const after = await db.suggestion.findUniqueOrThrow({ where: { id: s.id }, include: { assignments: true } });
    expect([after.mergeGroupId, after.status]).toEqual([g.id, "IN_PROGRESS"]);
    expect(after.assignments.map((a) => [a.unitId, a.role, a.state])).toEqual([[w.units.lead.id, "LEAD", "ACTIVE"]]);
    expect((await auditOf(s.id)).map((e) => e.action)).toEqual(expect.arrayContaining(["suggestion.assign", "suggestion.mergeExtend"]));
    expect(await db.auditEvent.count({ where: { entity: "MergeGroup", entityId: g.id, action: "mergeGroup.extend" } })).toBe(1);
  });

  it("refuses a suggestion already merged (409), led by another unit or ended (422)", async () => {
    const { g, members } = await group(2);
    const other = await group(2);
    await expectError(extendMerge(ctxOf(w.office, T0), g.id, { reason: "x", items: [{ suggestionId: other.members[0].id }] }), "CONFLICT");
    await expectError(extendMerge(ctxOf(w.office, T0), g.id, { reason: "x", items: [{ suggestionId: members[0].id }] }), "CONFLICT");
    const elsewhere = await newSuggestion(w);
    const { assignSuggestion } = await import("@/lib/workflow/assign");
    await assignSuggestion(ctxOf(w.office, T0), elsewhere.id, { leadUnitCode: w.units.other.code });
    await expectError(
      extendMerge(ctxOf(w.office, T0), g.id, { reason: "x", items: [{ suggestionId: elsewhere.id }] }),
      "RULE",
      "standing.errors.leadMismatch",
    );
    const letter = await newSuggestion(w);
    await decideStanding(ctxOf(w.office, T0), letter.id, { standing: "TO_LETTER", reason: "个人事项" });
    await expectError(
      extendMerge(ctxOf(w.office, T0), g.id, { reason: "x", items: [{ suggestionId: letter.id }] }),
      "RULE",
      "standing.errors.mergeEnded",
    );
    const sameLead = await newSuggestion(w);
    await assignTo(w, sameLead.id, { when: T0, co: false });
    const ok = await extendMerge(ctxOf(w.office, T0), g.id, { reason: "同类", items: [{ suggestionId: sameLead.id }] });
    expect(ok.suggestionIds).toContain(sameLead.id);
  });
});
