// Server actions, called as the pages call them, for users who may not act: they answer with the same
// refusal as the API and write nothing. Only the request layer (who is signed in, the cookie language,
// Next's cache) is stood in for; the actions, the workflow and the database are the real ones.
import { beforeAll, describe, expect, it, vi } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { translatorFor } from "@/lib/i18n/catalogue";
import { assignTo, buildWorld, newSuggestion, type World } from "./workflow-fixtures";

let signedIn: Actor | null;
/** When set, the session cookie's value instead of the signed-in user's. */
let forged: string | undefined;
// The request's cookies are stood in for by a real session cookie of the signed-in user (next-auth's own
// encoding); lib/auth/current (reading it, the user re-read from the database) is real.
vi.mock("next/headers", async () => {
  const { encode } = await import("next-auth/jwt");
  const NAME = "next-auth.session-token";
  const value = async () => (signedIn ? encode({ token: { sub: signedIn.id, sv: 0 }, secret: process.env.AUTH_SECRET ?? "" }) : undefined);
  return {
    cookies: async () => {
      const token = forged ?? (await value());
      return {
        has: (name: string) => name === NAME && token !== undefined,
        get: (name: string) => (name === NAME && token ? { name, value: token } : undefined),
      };
    },
  };
});
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
    const comm = await actions.communicationAction(
      { ok: true },
      form({ suggestionId, method: "PHONE", occurredAt: "2024-03-05T10:00", summary: "越权" }),
    );
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
    for (const [deputy, message] of [
      [w.cosignerDeputy, "您无权执行此操作"],
      [w.strangerDeputy, "未找到该记录，或您无权查看"],
    ] as const) {
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
    const result = await actions.communicationAction(
      { ok: true },
      form({ suggestionId, method: "PHONE", occurredAt: "2024-03-05T10:00", summary: "电话沟通" }),
    );
    expect(result).toEqual({ ok: true, message: "已保存" });
    expect(await db.communication.count({ where: { suggestionId } })).toBe(1);
  });
});

describe("the session cookie every page and action reads", () => {
  it("is no session when tampered with, expired, sealed with another secret or of an older session version", async () => {
    const { getActor } = await import("@/lib/auth/current");
    const { encode } = await import("next-auth/jwt");
    const secret = process.env.AUTH_SECRET ?? "";
    const id = w.leadHandler.id;
    signedIn = w.leadHandler;
    expect((await getActor())?.id).toBe(id);
    const good = await encode({ token: { sub: id, sv: 0 }, secret });
    forged = `${good.slice(0, -4)}${good.endsWith("AAAA") ? "BBBB" : "AAAA"}`;
    expect(await getActor()).toBeNull();
    forged = await encode({ token: { sub: id, sv: 0 }, secret, maxAge: -60 });
    expect(await getActor()).toBeNull();
    forged = await encode({ token: { sub: id, sv: 0 }, secret: "another-secret-another-secret-another" });
    expect(await getActor()).toBeNull();
    forged = await encode({ token: { sub: id, sv: 1 }, secret }); // a password change since: sessionVersion 1 ≠ 0
    await db.user.update({ where: { id }, data: { sessionVersion: 0 } });
    expect(await getActor()).toBeNull();
    forged = await encode({ token: { sub: id, sv: 0 }, secret });
    expect((await getActor())?.id).toBe(id);
    forged = undefined;
  });
});

// Every exported server action (every actions.ts under app/, enumerated from the disk), called as each caller
// who may not use it, with a form that would be valid for the right caller: refused (a visitor is sent to sign in,
// anyone else gets "not found" or "not allowed") and nothing in the database changes. A new action fails the first
// test until its row is added to ACTIONS.
type Cast =
  | "anon"
  | "admin"
  | "office"
  | "leader"
  | "leadHandler"
  | "leadLeader"
  | "coHandler"
  | "otherHandler"
  | "otherLeader"
  | "leadDeputy"
  | "cosignerDeputy"
  | "strangerDeputy";
const CAST: Cast[] = [
  "anon",
  "admin",
  "office",
  "leader",
  "leadHandler",
  "leadLeader",
  "coHandler",
  "otherHandler",
  "otherLeader",
  "leadDeputy",
  "cosignerDeputy",
  "strangerDeputy",
];
const OFFICE: Cast[] = ["admin", "office"];
const LEAD_UNIT: Cast[] = ["leadHandler", "leadLeader"];
const SIGNED_IN = CAST.filter((c) => c !== "anon");
interface Ids {
  s: string;
  pending: string;
  reply: string;
  reassignment: string;
  extension: string;
  userId: string;
  tokenId: string;
  officeUsername: string;
  sessionCode: string;
  deputyId: string;
  lead: string;
  other: string;
  leaderId: string;
  attachment: string;
}
type Fields = Record<string, string | string[] | File>;
const ACTIONS: Record<string, { allowed: Cast[]; form: (i: Ids) => Fields }> = {
  "app/(app)/admin/actions.ts#createUserAction": {
    allowed: ["admin"],
    form: () => ({ username: "intruder", password: "a-long-password-1", name: "越权", role: "OFFICE" }),
  },
  "app/(app)/admin/actions.ts#createUnitAction": {
    allowed: ["admin"],
    form: () => ({ code: "X99", name: "越权单位", kind: "DEPARTMENT" }),
  },
  "app/(app)/admin/actions.ts#createSessionAction": {
    allowed: ["admin"],
    form: () => ({ code: "99-9", name: "越权会议", year: "2030", replyDays: "90" }),
  },
  "app/(app)/admin/actions.ts#createDeputyAction": { allowed: OFFICE, form: () => ({ name: "越权代表", delegation: "长春代表团" }) },
  "app/(app)/admin/actions.ts#toggleUserAction": { allowed: ["admin"], form: (i) => ({ userId: i.userId, active: "false" }) },
  "app/(app)/admin/actions.ts#revokeTokenAction": { allowed: ["admin"], form: (i) => ({ tokenId: i.tokenId }) },
  "app/(app)/admin/actions.ts#createTokenAction": {
    allowed: ["admin"],
    form: (i) => ({ username: i.officeUsername, name: "越权", days: "30" }),
  },
  "app/(app)/admin/actions.ts#resetPasswordAction": {
    allowed: ["admin"],
    form: (i) => ({ userId: i.userId, password: "Reset-by-someone-else-2026" }),
  },
  "app/(app)/admin/actions.ts#updateUserAction": {
    allowed: ["admin"],
    form: (i) => ({ target: i.userId, name: "越权", role: "OFFICE" }),
  },
  "app/(app)/admin/actions.ts#updateUnitAction": {
    allowed: ["admin"],
    form: (i) => ({ target: i.lead, name: "越权改名", kind: "DEPARTMENT" }),
  },
  "app/(app)/admin/actions.ts#setUnitActiveAction": { allowed: ["admin"], form: (i) => ({ target: i.other, active: "false" }) },
  "app/(app)/admin/actions.ts#updateSessionAction": {
    allowed: ["admin"],
    form: (i) => ({ target: i.sessionCode, name: "越权会议", replyDays: "30" }),
  },
  "app/(app)/admin/actions.ts#updateDeputyAction": {
    allowed: OFFICE,
    form: (i) => ({ target: i.deputyId, name: "越权代表", delegation: "长春代表团" }),
  },
  "app/(app)/admin/calendar/actions.ts#addCalendarDayAction": {
    allowed: ["admin"],
    form: () => ({ date: "2030-01-01", kind: "HOLIDAY", name: "越权假日" }),
  },
  "app/(app)/admin/calendar/actions.ts#removeCalendarDayAction": { allowed: ["admin"], form: () => ({ date: "2026-02-14" }) },
  "app/(app)/account/password/actions.ts#changePasswordAction": {
    allowed: SIGNED_IN,
    form: () => ({ currentPassword: "x", newPassword: "A-new-password-2026", confirmPassword: "A-new-password-2026" }),
  },
  "app/(app)/account/notices/actions.ts#saveNoticeChannelsAction": {
    allowed: SIGNED_IN,
    form: () => ({ email: "intruder@example.gov.cn", on: ["assignment.new:EMAIL"] }),
  },
  "app/(app)/admin/outbox/actions.ts#retryOutboxAction": { allowed: ["admin"], form: () => ({ id: "x" }) },
  "app/(app)/notifications/actions.ts#markAllRead": { allowed: SIGNED_IN, form: () => ({}) },
  "app/(app)/notifications/actions.ts#markRead": { allowed: SIGNED_IN, form: () => ({ id: "x" }) },
  "app/(app)/office/new/actions.ts#registerAction": {
    allowed: OFFICE,
    form: (i) => ({ sessionCode: i.sessionCode, number: "9999", title: "越权登记", content: "越权", leadDeputyId: i.deputyId }),
  },
  "app/(app)/office/assign/actions.ts#assignBatchAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionIds: [i.pending], leadUnitCode: i.other }),
  },
  "app/(app)/suggestions/[id]/actions.ts#assignAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.pending, leadUnitCode: i.other }),
  },
  "app/(app)/suggestions/[id]/actions.ts#communicationAction": {
    allowed: [...LEAD_UNIT, "coHandler"],
    form: (i) => ({ suggestionId: i.s, method: "PHONE", occurredAt: "2024-03-05T10:00", summary: "越权沟通" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#opinionAction": { allowed: ["coHandler"], form: (i) => ({ suggestionId: i.s, text: "越权意见" }) },
  "app/(app)/suggestions/[id]/actions.ts#saveReplyAction": {
    allowed: LEAD_UNIT,
    form: (i) => ({ suggestionId: i.s, category: "A", text: "越权答复" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#submitReplyAction": { allowed: LEAD_UNIT, form: (i) => ({ suggestionId: i.s, replyId: i.reply }) },
  "app/(app)/suggestions/[id]/actions.ts#returnReplyAction": {
    allowed: ["leadLeader"],
    form: (i) => ({ suggestionId: i.s, replyId: i.reply, comment: "越权退回" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#signReplyAction": {
    allowed: ["leadLeader"],
    form: (i) => ({ suggestionId: i.s, replyId: i.reply }),
  },
  "app/(app)/suggestions/[id]/actions.ts#feedbackAction": {
    allowed: ["leadDeputy"],
    form: (i) => ({ suggestionId: i.s, rating: "SATISFIED" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#followUpAction": { allowed: LEAD_UNIT, form: (i) => ({ suggestionId: i.s, text: "越权跟进" }) },
  "app/(app)/suggestions/[id]/actions.ts#reclassifyAction": {
    allowed: LEAD_UNIT,
    form: (i) => ({ suggestionId: i.s, toCategory: "A", evidence: "越权" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#reassignmentRequestAction": {
    allowed: LEAD_UNIT,
    form: (i) => ({ suggestionId: i.s, reason: "越权申请" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#extensionRequestAction": {
    allowed: LEAD_UNIT,
    form: (i) => ({ suggestionId: i.s, reason: "越权延期", requestedDueAt: "2024-12-01", toldDeputyAt: "2024-03-05" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#decideReassignmentAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, requestId: i.reassignment, approve: "true", newLeadUnitCode: i.other }),
  },
  "app/(app)/suggestions/[id]/actions.ts#decideExtensionAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, requestId: i.extension, approve: "true" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#supervisionAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, unitCode: i.lead, text: "越权督办" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#instructionAction": {
    allowed: ["leader"],
    form: (i) => ({ suggestionId: i.s, text: "越权批示" }),
  },
  "app/(app)/suggestions/[id]/corrections/actions.ts#correctFactsAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, version: "1", title: "越权更正", reason: "越权" }),
  },
  "app/(app)/suggestions/[id]/corrections/actions.ts#correctUnitsAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, version: "1", leadUnitCode: i.other, reason: "越权" }),
  },
  "app/(app)/suggestions/[id]/actions.ts#markKeyAction": { allowed: ["leader"], form: (i) => ({ suggestionId: i.s, key: "true" }) },
  "app/(app)/suggestions/[id]/actions.ts#withdrawAction": { allowed: [...OFFICE, "leadDeputy"], form: (i) => ({ suggestionId: i.s }) },
  "app/(app)/key-suggestions/actions.ts#assignKeyLeaderAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, key: "true", leaderId: i.leaderId, reason: "越权指定" }),
  },
  "app/(app)/key-suggestions/actions.ts#keyProgressReportAction": {
    allowed: LEAD_UNIT,
    form: (i) => ({ suggestionId: i.s, text: "越权汇报", reportedOn: "2024-03-06" }),
  },
  "app/(app)/suggestions/[id]/standing/actions.ts#standingAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, standing: "NOT_ACCEPTED", reason: "越权认定" }),
  },
  "app/(app)/suggestions/[id]/standing/actions.ts#undoMergeAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, groupId: i.s, whole: "true", reason: "越权撤销" }),
  },
  "app/(app)/suggestions/[id]/standing/actions.ts#extendMergeAction": {
    allowed: OFFICE,
    form: (i) => ({ suggestionId: i.s, groupId: i.s, numbers: "1", reason: "越权并案" }),
  },
  // The lead unit's handler uploaded it: they and the office may remove it.
  "app/(app)/suggestions/[id]/attachment-actions.ts#removeAttachmentAction": {
    allowed: [...OFFICE, "leadHandler"],
    form: (i) => ({ suggestionId: i.s, attachmentId: i.attachment }),
  },
};

/** Every exported function of every actions.ts (and <topic>-actions.ts) under app/. */
async function serverActions(): Promise<Map<string, (...args: unknown[]) => Promise<unknown>>> {
  const { readdirSync } = await import("node:fs");
  const files = (readdirSync("app", { recursive: true }) as string[])
    .filter((f) => f.replaceAll("\\", "/").match(/\/([\w-]+-)?actions\.ts$/))
    .map((f) => `app/${f.replaceAll("\\", "/")}`);
  const found = new Map<string, (...args: unknown[]) => Promise<unknown>>();
  for (const file of files) {
    const mod = (await import(/* @vite-ignore */ `${process.cwd()}/${file}`)) as Record<string, unknown>;
    for (const [name, value] of Object.entries(mod))
      if (typeof value === "function") found.set(`${file}#${name}`, value as (...args: unknown[]) => Promise<unknown>);
  }
  return found;
}

/** Every row of every table, hashed: any insert, update or delete shows. One statement for all tables. */
let stateQuery: string | undefined;
async function databaseState(): Promise<Record<string, string | null>> {
  if (!stateQuery) {
    const tables = await db.$queryRaw<
      { name: string }[]
    >`SELECT table_name AS name FROM information_schema.tables WHERE table_schema = 'public' AND table_type = 'BASE TABLE' AND table_name <> '_prisma_migrations'`;
    stateQuery = tables
      .map(({ name }) => `SELECT '${name}' AS name, (SELECT md5(string_agg(t::text, ',' ORDER BY t::text)) FROM "${name}" t) AS h`)
      .join(" UNION ALL ");
  }
  const rows = await db.$queryRawUnsafe<{ name: string; h: string | null }[]>(stateQuery);
  return Object.fromEntries(rows.map((r) => [r.name, r.h]));
}

function formOf(fields: Fields): FormData {
  const data = new FormData();
  for (const [k, v] of Object.entries(fields)) for (const item of Array.isArray(v) ? v : [v]) data.append(k, item);
  return data;
}

describe("every server action, as every caller who may not use it", () => {
  let ids: Ids;
  let cast: Record<Exclude<Cast, "anon">, Actor>;
  beforeAll(async () => {
    const { recordCommunication } = await import("@/lib/workflow/communications");
    const { draftReply, submitReply } = await import("@/lib/workflow/replies");
    const { requestReassignment, requestExtension } = await import("@/lib/workflow/requests");
    const { createApiToken } = await import("@/lib/admin/accounts");
    const { ctxOf, at } = await import("./workflow-fixtures");
    const s = (await newSuggestion(w)).id;
    await assignTo(w, s);
    await recordCommunication(ctxOf(w.leadHandler, at(1)), s, { method: "PHONE", occurredAt: at(1).toISOString(), summary: "电话沟通" });
    const reply = await draftReply(ctxOf(w.leadHandler, at(1.1)), s, { category: "A", text: "答复正文" });
    await submitReply(ctxOf(w.leadHandler, at(1.2)), reply.id);
    const reassignment = await requestReassignment(ctxOf(w.leadHandler, at(1.3)), s, { reason: "不属于本单位职责" });
    const extension = await requestExtension(ctxOf(w.leadHandler, at(1.4)), s, {
      reason: "需要调研",
      requestedDueAt: at(150).toISOString(),
      toldDeputyAt: at(1.4).toISOString(),
    });
    const { addAttachment } = await import("@/lib/workflow/attachments");
    const pdf = new TextEncoder().encode("%PDF-1.4\n1 0 obj\n<<>>\nendobj\n%%EOF\n");
    const attachment = await addAttachment(
      ctxOf(w.leadHandler, at(1.5)),
      { ownerType: "REPLY", ownerId: reply.id, fileName: "盖章件.pdf" },
      pdf,
    );
    const token = await createApiToken({ actor: w.admin }, { username: w.office.username, name: "集成", days: 30 });
    ids = {
      s,
      pending: (await newSuggestion(w)).id,
      reply: reply.id,
      reassignment: reassignment.id,
      extension: extension.id,
      userId: w.office.id,
      tokenId: token.id,
      officeUsername: w.office.username,
      sessionCode: w.session.code,
      deputyId: w.deputies.lead.id,
      lead: w.units.lead.code,
      other: w.units.other.code,
      leaderId: w.leader.id,
      attachment: attachment.id,
    };
    cast = {
      admin: w.admin,
      office: w.office,
      leader: w.leader,
      leadHandler: w.leadHandler,
      leadLeader: w.leadLeader,
      coHandler: w.coHandler,
      otherHandler: w.otherHandler,
      otherLeader: w.otherLeader,
      leadDeputy: w.leadDeputy,
      cosignerDeputy: w.cosignerDeputy,
      strangerDeputy: w.strangerDeputy,
    };
  });

  it("lists every exported server action, and only those", async () => {
    const onDisk = [...(await serverActions()).keys()].sort();
    expect(
      onDisk.filter((key) => !(key in ACTIONS)),
      "actions missing from ACTIONS",
    ).toEqual([]);
    expect(
      Object.keys(ACTIONS).filter((key) => !onDisk.includes(key)),
      "rows for actions that no longer exist",
    ).toEqual([]);
  });

  it("refuses each of them to every caller it is not for, and writes nothing", async () => {
    const all = await serverActions();
    const refusals = ["未找到该记录，或您无权查看", "您无权执行此操作"];
    const problems: string[] = [];
    for (const [key, row] of Object.entries(ACTIONS)) {
      const action = all.get(key);
      if (!action) continue;
      for (const who of CAST.filter((c) => !row.allowed.includes(c))) {
        signedIn = who === "anon" ? null : cast[who];
        const before = await databaseState();
        const result = await action({ ok: true }, formOf(row.form(ids))).then(
          (value) => ({ value }),
          (error: unknown) => ({ error }),
        );
        if (who === "anon") {
          const digest = "error" in result ? String((result.error as { digest?: string }).digest) : "";
          if (!digest.startsWith("NEXT_REDIRECT") || !digest.includes("/login"))
            problems.push(`${key} as ${who}: not sent to sign in (${JSON.stringify(result).slice(0, 120)})`);
        } else {
          const value = "value" in result ? (result.value as { ok?: boolean; message?: string } | undefined) : undefined;
          if (value?.ok !== false || !refusals.includes(value.message ?? ""))
            problems.push(`${key} as ${who}: ${JSON.stringify("value" in result ? result.value : String(result.error)).slice(0, 160)}`);
        }
        const after = await databaseState();
        const changed = Object.keys(after).filter((table) => after[table] !== before[table]);
        if (changed.length) problems.push(`${key} as ${who}: wrote ${changed.join(", ")}`);
      }
    }
    expect(problems).toEqual([]);
  }, 600_000);

  it("marks only the caller's own notifications read", async () => {
    const { markAllRead } = await import("@/app/(app)/notifications/actions");
    await db.notification.create({ data: { userId: w.leadHandler.id, kind: "ASSIGNED", params: {} } });
    await db.notification.create({ data: { userId: w.otherHandler.id, kind: "ASSIGNED", params: {} } });
    const unread = (userId: string) => db.notification.count({ where: { userId, readAt: null } });
    const before = await unread(w.leadHandler.id);
    signedIn = w.otherHandler;
    await markAllRead();
    expect(await unread(w.otherHandler.id)).toBe(0);
    expect(await unread(w.leadHandler.id)).toBe(before);
  });
});
