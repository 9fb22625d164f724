// Server actions, called as the pages call them, for users who may not act: they answer with the same
// refusal as the API and write nothing. Only the request layer (who is signed in, the cookie language,
// Next's cache) is stood in for; the actions, the workflow and the database are the real ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { assignTo, buildWorld, newSuggestion, type World } from "./workflow-fixtures";

let signedIn: Actor;
vi.mock("@/lib/auth/current", () => ({ requireActor: async () => signedIn, getActor: async () => signedIn }));
vi.mock("@/lib/i18n/server", () => ({ getT: async () => translatorFor("zh-CN"), getLocale: async () => "zh-CN" }));
vi.mock("next/cache", () => ({ revalidatePath: () => undefined }));

const actions = await import("@/app/(app)/suggestions/[id]/actions");
const form = (fields: Record<string, string>) => {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) data.set(k, v);
  return data;
};
const writes = async (suggestionId: string) => ({
  communications: await db.communication.count({ where: { suggestionId } }),
  opinions: await db.opinion.count({ where: { suggestionId } }),
  replies: await db.reply.count({ where: { suggestionId } }),
  feedback: await db.feedback.count({ where: { suggestionId } }),
  audit: await db.auditEvent.count({ where: { suggestionId } }),
});

let w: World;
let suggestionId: string;
beforeAll(async () => {
  w = await buildWorld();
  suggestionId = (await newSuggestion(w)).id;
  await assignTo(w, suggestionId);
});

describe("server actions refuse users who may not act", () => {
  it("a unit without an assignment cannot record a communication, draft a reply or file an opinion", async () => {
    signedIn = w.otherHandler;
    const before = await writes(suggestionId);
    const comm = await actions.communicationAction({ ok: true }, form({ suggestionId, method: "PHONE", occurredAt: "2024-03-05T10:00", summary: "越权" }));
    const reply = await actions.saveReplyAction({ ok: true }, form({ suggestionId, category: "A", text: "越权答复" }));
    const opinion = await actions.opinionAction({ ok: true }, form({ suggestionId, text: "越权意见" }));
    for (const result of [comm, reply, opinion]) expect(result).toEqual({ ok: false, message: "未找到该记录，或您无权查看" });
    expect(await writes(suggestionId)).toEqual(before);
  });

  it("a co-handling unit's clerk cannot draft the lead unit's reply", async () => {
    signedIn = w.coHandler;
    const before = await writes(suggestionId);
    const result = await actions.saveReplyAction({ ok: true }, form({ suggestionId, category: "A", text: "会办单位代拟答复" }));
    expect(result).toEqual({ ok: false, message: "您无权执行此操作" });
    expect(await writes(suggestionId)).toEqual(before);
  });

  it("a deputy who does not lead the suggestion cannot rate it; a stranger cannot see it", async () => {
    for (const [deputy, message] of [[w.cosignerDeputy, "您无权执行此操作"], [w.strangerDeputy, "未找到该记录，或您无权查看"]] as const) {
      signedIn = deputy;
      const before = await writes(suggestionId);
      const result = await actions.feedbackAction({ ok: true }, form({ suggestionId, rating: "SATISFIED" }));
      expect(result).toEqual({ ok: false, message });
      expect(await writes(suggestionId)).toEqual(before);
    }
  });

  it("a unit clerk cannot assign or send supervision notices", async () => {
    signedIn = w.leadHandler;
    const assign = await actions.assignAction({ ok: true }, form({ suggestionId, leadUnitCode: w.units.other.code }));
    const notice = await actions.supervisionAction({ ok: true }, form({ suggestionId, unitCode: w.units.lead.code, text: "自我督办" }));
    expect(assign).toEqual({ ok: false, message: "您无权执行此操作" });
    expect(notice).toEqual({ ok: false, message: "您无权执行此操作" });
    expect(await db.supervision.count({ where: { suggestionId } })).toBe(0);
  });

  it("the lead unit's clerk can act, and the answer says so", async () => {
    signedIn = w.leadHandler;
    const result = await actions.communicationAction({ ok: true }, form({ suggestionId, method: "PHONE", occurredAt: "2024-03-05T10:00", summary: "电话沟通" }));
    expect(result).toEqual({ ok: true, message: "已保存" });
    expect(await db.communication.count({ where: { suggestionId } })).toBe(1);
  });
});
