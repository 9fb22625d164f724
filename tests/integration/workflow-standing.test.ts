// The office's standing decision (issue 11): 不予立案 / 转为来信 with a reason, only OFFICE/ADMIN, a stale version
// refused, an audit event, the units' duties ended, the deputy told — and the statistics follow, both ways.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { computeSessionStats } from "@/lib/stats/summary";
import { getUnitTable } from "@/lib/stats/unit-table";
import { decideStanding } from "@/lib/workflow/standing";
import { mergeSuggestions } from "@/lib/workflow/requests";
import { assignTo, auditOf, buildWorld, ctxOf, expectError, newSuggestion, T0, at, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

const figures = async () => {
  const stats = await computeSessionStats({ session: w.session.code }, at(1));
  const units = await getUnitTable({ session: w.session.code }, at(1));
  const lead = units.find((u) => u.unitId === w.units.lead.id);
  const co = units.find((u) => u.unitId === w.units.co.id);
  return { total: stats.total, assigned: stats.assigned, lead: lead?.lead ?? 0, co: co?.co ?? 0 };
};
const mark = { standing: "NOT_ACCEPTED", reason: "反映的是具体案件，不属于建议" } as const;

describe("decideStanding", () => {
  it("is the office's or the administrator's alone, and needs a reason and a standing", async () => {
    const s = await newSuggestion(w);
    for (const actor of [w.leadHandler, w.leadLeader, w.leader, w.leadDeputy]) {
      await expect(decideStanding(ctxOf(actor, T0), s.id, mark)).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const noReason = await expectError(decideStanding(ctxOf(w.office, T0), s.id, { standing: "TO_LETTER", reason: " " }), "INVALID");
    expect(noReason.fields).toHaveProperty("reason");
    const noKind = await expectError(decideStanding(ctxOf(w.office, T0), s.id, { standing: "WITHDRAWN", reason: "理由" }), "INVALID");
    expect(noKind.fields).toHaveProperty("standing");
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PENDING");
  });

  it("refuses a stale version (409) and changes nothing", async () => {
    const s = await newSuggestion(w);
    await expectError(decideStanding(ctxOf(w.office, T0), s.id, { ...mark, expectedVersion: s.version + 1 }), "CONFLICT", "errors.stale");
    expect((await db.suggestion.findUniqueOrThrow({ where: { id: s.id } })).status).toBe("PENDING");
  });

  it("takes the suggestion out of the totals and its units' figures, ends their duties, tells the deputy; restoring brings it back", async () => {
    const s = await newSuggestion(w);
    await assignTo(w, s.id, { when: T0 });
    const before = await figures();
    const current = await db.suggestion.findUniqueOrThrow({ where: { id: s.id } });

    const marked = await decideStanding(ctxOf(w.office, at(0.5)), s.id, { ...mark, expectedVersion: current.version });
    expect([marked.status, marked.standingReason]).toEqual(["NOT_ACCEPTED", mark.reason]);
    expect(await figures()).toEqual({ total: before.total - 1, assigned: before.assigned - 1, lead: before.lead - 1, co: before.co - 1 });
    const assignments = await db.assignment.findMany({ where: { suggestionId: s.id } });
    expect(assignments.map((a) => a.state)).toEqual(["CANCELLED", "CANCELLED"]);

    const events = await auditOf(s.id);
    expect(events.at(-1)).toMatchObject({
      action: "suggestion.notAccepted",
      actorId: w.office.id,
      after: { status: "NOT_ACCEPTED", reason: mark.reason },
    });
    const told = await db.notification.findFirst({
      where: { userId: w.leadDeputy.id, suggestionId: s.id, kind: "suggestion.notASuggestion" },
    });
    expect(told?.params).toMatchObject({ reason: mark.reason, status: "NOT_ACCEPTED" });
    const unitTold = await db.notification.count({ where: { userId: w.leadHandler.id, suggestionId: s.id, kind: "assignment.ended" } });
    expect(unitTold).toBe(1);

    // Marking twice is a rule; restoring without a reason is invalid; a unit may not restore.
    await expectError(decideStanding(ctxOf(w.office, at(0.6)), s.id, mark), "RULE", "standing.errors.alreadyMarked");
    await expectError(decideStanding(ctxOf(w.office, at(0.6)), s.id, { standing: "SUGGESTION", reason: "" }), "INVALID");
    await expectError(decideStanding(ctxOf(w.leadHandler, at(0.6)), s.id, { standing: "SUGGESTION", reason: "x" }), "FORBIDDEN");

    const restored = await decideStanding(ctxOf(w.admin, at(0.7)), s.id, {
      standing: "SUGGESTION",
      reason: "经复核属于建议",
      expectedVersion: marked.version,
    });
    expect([restored.status, restored.standingReason]).toEqual(["PENDING", null]);
    // Back in the totals, awaiting a new assignment: the units' figures return when the office assigns again.
    expect((await figures()).total).toBe(before.total);
    await assignTo(w, s.id, { when: at(0.8) });
    expect(await figures()).toEqual(before);
    expect((await auditOf(s.id)).map((e) => e.action)).toContain("suggestion.restoreStanding");
  });

  it("turns a registration into a letter (转为来信), and refuses after a merge or on a suggestion not marked", async () => {
    const s = await newSuggestion(w);
    const letter = await decideStanding(ctxOf(w.office, T0), s.id, { standing: "TO_LETTER", reason: "个人诉求" });
    expect(letter.status).toBe("TO_LETTER");
    const other = await newSuggestion(w);
    await expectError(
      decideStanding(ctxOf(w.office, T0), other.id, { standing: "SUGGESTION", reason: "x" }),
      "RULE",
      "standing.errors.notMarked",
    );
    const a = await newSuggestion(w);
    const b = await newSuggestion(w);
    await mergeSuggestions(ctxOf(w.office, T0), { suggestionIds: [a.id, b.id], leadUnitCode: w.units.lead.code });
    await expectError(decideStanding(ctxOf(w.office, T0), a.id, mark), "RULE", "standing.errors.merged");
  });
});
