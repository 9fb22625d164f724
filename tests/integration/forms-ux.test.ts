// Issue 9 items 7–8 at the domain and API level: 不满意 needs a reason (400 on `comment`), which the lead unit
// then reads in the suggestion's detail and timeline; another due date needs a reason, kept in the audit
// event; the deputy picker's search is the office's and the administrator's only.
import { beforeAll, describe, expect, it } from "vitest";
import { POST as feedback } from "@/app/api/v1/suggestions/[id]/feedback/route";
import { issueToken } from "@/lib/api/tokens";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";
import { searchDeputies } from "@/lib/data/deputies";
import { assignSuggestion } from "@/lib/workflow/assign";
import { leadDueAt } from "@/lib/workflow/deadlines";
import { startOfChinaDay } from "@/lib/dates/china-date";
import {
  assignTo,
  at,
  auditOf,
  buildWorld,
  ctxOf,
  DAY,
  expectError,
  newSuggestion,
  replyAndSign,
  T0,
  type World,
} from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

async function rate(suggestionId: string, body: unknown) {
  const { token } = await issueToken(w.leadDeputy.id);
  const request = new Request("http://localhost/api/v1/x", {
    method: "POST",
    headers: { "Content-Type": "application/json", Authorization: `Bearer ${token}` },
    body: JSON.stringify(body),
  });
  const response = await feedback(request, { params: Promise.resolve({ id: suggestionId }) });
  return { status: response.status, body: (await response.json()) as { error?: { code: string; fields?: Record<string, string> } } };
}

describe("不满意 needs a reason", () => {
  it("the API answers 400 naming comment; with a reason the lead unit reads it in the detail and the timeline", async () => {
    // A reply signed yesterday, so the feedback window (30 days from signing) is open now.
    const start = new Date(Date.now() - 3 * DAY);
    const s = await newSuggestion(w, { now: start });
    await assignTo(w, s.id, { co: false, when: at(0.1, start) });
    await replyAndSign(w, s.id, { from: at(1, start) });

    for (const body of [{ rating: "DISSATISFIED" }, { rating: "DISSATISFIED", comment: "   " }]) {
      const refused = await rate(s.id, body);
      expect(refused.status).toBe(400);
      expect(refused.body.error?.fields).toEqual({ comment: "选择不满意时须说明理由" });
    }
    const reason = "答复没有说明资金来源和完成时间。";
    expect((await rate(s.id, { rating: "DISSATISFIED", comment: reason })).status).toBe(201);

    const detail = await getSuggestionDetail(w.leadHandler, s.id);
    expect(detail?.status).toBe("REHANDLING");
    expect(detail?.feedback.map((f) => [f.rating, f.comment])).toEqual([["DISSATISFIED", reason]]);
    const event = detail?.timeline.find((e) => e.action === "feedback.give");
    expect(event?.entityId).toBe(detail?.feedback[0].id);
  });

  it("satisfied needs no comment", async () => {
    const start = new Date(Date.now() - 3 * DAY);
    const s = await newSuggestion(w, { now: start });
    await assignTo(w, s.id, { co: false, when: at(0.1, start) });
    await replyAndSign(w, s.id, { from: at(1, start) });
    expect((await rate(s.id, { rating: "SATISFIED" })).status).toBe(201);
  });
});

describe("another due date at assignment", () => {
  it("needs a reason (400 on dueReason); the audit event keeps the reason and the date the rule gave", async () => {
    const s = await newSuggestion(w);
    const e = await expectError(assignSuggestion(ctxOf(w.office, T0), s.id, { leadUnitCode: w.units.lead.code, dueAt: at(45) }), "INVALID");
    expect(e.fields).toEqual({ dueReason: "errors.field.dueReasonRequired" });
    const [lead] = await assignSuggestion(ctxOf(w.office, T0), s.id, {
      leadUnitCode: w.units.lead.code,
      dueAt: at(45),
      dueReason: "与年度预算同步",
    });
    expect(lead.dueAt).toEqual(startOfChinaDay(at(45))); // an explicit due date is a China calendar day
    const assign = (await auditOf(s.id)).find((a) => a.action === "suggestion.assign");
    expect(assign?.after).toMatchObject({
      dueReason: "与年度预算同步",
      ruleDueAt: leadDueAt(T0, w.session.replyDays, false).toISOString(),
    });
  });
});

describe("deputy search", () => {
  it("two characters of a name find deputies for OFFICE and ADMIN only", async () => {
    const names = async (actor: typeof w.office, q: string) => (await searchDeputies(actor, q)).map((d) => d.name);
    expect(await names(w.office, "张代")).toContain("张代表");
    expect(await names(w.admin, "代表")).toEqual(expect.arrayContaining(["张代表", "李代表", "王代表"]));
    expect(await names(w.office, "张")).toEqual([]);
    expect(await names(w.leadHandler, "张代")).toEqual([]);
    expect(await names(w.leadDeputy, "张代")).toEqual([]);
  });
});
