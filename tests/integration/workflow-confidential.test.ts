// Public disclosure: a confidential suggestion's reply is never published; a draft's dropped commitment is
// kept (marked removed), not deleted.
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { recordCommunication } from "@/lib/workflow/communications";
import { registerSuggestions } from "@/lib/workflow/register";
import { draftReply, signReply, submitReply, updateReply } from "@/lib/workflow/replies";
import { assignSuggestion } from "@/lib/workflow/assign";
import { at, buildWorld, ctxOf, type World } from "./workflow-fixtures";

let w: World;
beforeAll(async () => {
  w = await buildWorld();
});

async function confidentialSuggestion() {
  const [s] = await registerSuggestions(ctxOf(w.office, at(-1)), {
    sessionCode: w.session.code,
    items: [
      {
        number: `C${Math.random().toString(36).slice(2, 8)}`,
        title: "关于某涉密事项的建议",
        content: "内容",
        leadDeputyId: w.deputies.lead.id,
        confidential: true,
      },
    ],
  });
  await assignSuggestion(ctxOf(w.office), s.id, { leadUnitCode: w.units.lead.code });
  return s;
}

describe("confidential suggestions and commitments", () => {
  it("never publishes a confidential reply, even when the leader ticks publish", async () => {
    const s = await confidentialSuggestion();
    expect(s.confidential).toBe(true);
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s.id, { method: "PHONE", occurredAt: at(1), summary: "电话沟通" });
    const reply = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, { category: "A", text: "已解决" });
    await submitReply(ctxOf(w.leadHandler, at(1)), reply.id);
    const signed = await signReply(ctxOf(w.leadLeader, at(2)), reply.id, { publishable: true, publicSummary: "摘要" });
    expect(signed.publishable).toBe(false);
  });

  it("keeps a commitment dropped from a draft, marked removed", async () => {
    const s = await confidentialSuggestion();
    const reply = await draftReply(ctxOf(w.leadHandler, at(1)), s.id, {
      category: "B",
      text: "正在推进",
      commitments: [
        { text: "一季度完成", dueAt: at(90).toISOString() },
        { text: "二季度完成", dueAt: at(180).toISOString() },
      ],
    });
    const updated = await updateReply(ctxOf(w.leadHandler, at(2)), reply.id, {
      category: "B",
      text: "正在推进",
      commitments: [{ text: "一季度完成", dueAt: at(90).toISOString() }],
      expectedVersion: reply.version,
    });
    expect(updated.commitments.map((c) => c.text)).toEqual(["一季度完成"]);
    const rows = await db.commitment.findMany({ where: { replyId: reply.id }, orderBy: { dueAt: "asc" } });
    expect(rows.map((c) => [c.text, c.removedAt !== null])).toEqual([
      ["一季度完成", false],
      ["二季度完成", true],
    ]);
  });
});
