// Fixtures for the workflow tests, built through the workflow's own functions: an administrator (the one
// row written directly, as the bootstrap does), then a session, units, deputies, users and suggestions.
import { expect } from "vitest";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { DomainError } from "@/lib/errors";
import { actorOf, createDeputy, createSession, createUnit, createUser } from "@/lib/workflow/admin";
import type { Ctx } from "@/lib/workflow/context";
import { registerSuggestions } from "@/lib/workflow/register";

export const DAY = 86_400_000;
/** A Monday, 09:00 China time. */
export const T0 = new Date("2024-03-04T09:00:00+08:00");
export const at = (days: number, from: Date = T0) => new Date(from.getTime() + days * DAY);
export const ctxOf = (actor: Actor, now: Date = T0): Ctx => ({ actor, now });

let counter = 0;
const unique = (prefix: string) => `${prefix}${++counter}${Math.random().toString(36).slice(2, 6)}`;

export interface World {
  admin: Actor;
  office: Actor;
  leader: Actor;
  leader2: Actor;
  session: { id: string; code: string; replyDays: number };
  units: {
    lead: { id: string; code: string; name: string };
    co: { id: string; code: string; name: string };
    other: { id: string; code: string; name: string };
  };
  leadHandler: Actor;
  leadLeader: Actor;
  coHandler: Actor;
  coLeader: Actor;
  otherHandler: Actor;
  otherLeader: Actor;
  deputies: { lead: { id: string }; cosigner: { id: string }; stranger: { id: string } };
  leadDeputy: Actor;
  cosignerDeputy: Actor;
  strangerDeputy: Actor;
}

/** The bootstrap administrator, written directly (nobody can call createUser before an ADMIN exists). */
export async function bootstrapAdmin(): Promise<Actor> {
  const user = await db.user.create({ data: { username: unique("admin"), passwordHash: "x", name: "管理员", role: "ADMIN" } });
  return actorOf(user);
}

/** A whole cast: session (replyDays 90), three units, a handler and a leader per unit, three deputies with accounts. */
export async function buildWorld(): Promise<World> {
  const admin = await bootstrapAdmin();
  const ctx = ctxOf(admin, at(-30));
  const session = await createSession(ctx, { code: unique("S"), name: "测试会议", year: 2024 });
  const unit = async (name: string) => createUnit(ctx, { code: unique("U"), name: unique(name), kind: "DEPARTMENT" });
  const lead = await unit("省教育厅");
  const co = await unit("省财政厅");
  const other = await unit("省交通厅");
  const user = async (role: Actor["role"], extra: { unitCode?: string; deputyId?: string } = {}) =>
    actorOf(await createUser(ctx, { username: unique(role.toLowerCase()), password: "password1", name: unique("用户"), role, ...extra }));
  const dLead = await createDeputy(ctx, { name: "张代表", delegation: "长春代表团" });
  const dCo = await createDeputy(ctx, { name: "李代表", delegation: "长春代表团" });
  const dStranger = await createDeputy(ctx, { name: "王代表", delegation: "吉林代表团" });
  return {
    admin,
    office: await user("OFFICE"),
    leader: await user("LEADER"),
    leader2: await user("LEADER"),
    session,
    units: { lead, co, other },
    leadHandler: await user("UNIT_HANDLER", { unitCode: lead.code }),
    leadLeader: await user("UNIT_LEADER", { unitCode: lead.code }),
    coHandler: await user("UNIT_HANDLER", { unitCode: co.code }),
    coLeader: await user("UNIT_LEADER", { unitCode: co.code }),
    otherHandler: await user("UNIT_HANDLER", { unitCode: other.code }),
    otherLeader: await user("UNIT_LEADER", { unitCode: other.code }),
    deputies: { lead: dLead, cosigner: dCo, stranger: dStranger },
    leadDeputy: await user("DEPUTY", { deputyId: dLead.id }),
    cosignerDeputy: await user("DEPUTY", { deputyId: dCo.id }),
    strangerDeputy: await user("DEPUTY", { deputyId: dStranger.id }),
  };
}

let numbers = 1000;
/** Registers one suggestion led by the world's lead deputy, co-signed by the co-signer. */
export async function newSuggestion(w: World, extra: { urgent?: boolean; now?: Date } = {}) {
  const [s] = await registerSuggestions(ctxOf(w.office, extra.now ?? at(-1)), {
    sessionCode: w.session.code,
    items: [
      {
        number: String(++numbers),
        title: "关于加强农村教育的建议",
        content: "建议加大投入。",
        leadDeputyId: w.deputies.lead.id,
        coSignerIds: [w.deputies.cosigner.id],
        field: "教育",
        urgent: extra.urgent,
      },
    ],
  });
  return s;
}

/** Expects `promise` to fail with a DomainError of `code` (and `messageKey` when given). */
export async function expectError(promise: Promise<unknown>, code: DomainError["code"], messageKey?: string) {
  const error = await promise.then(
    () => null,
    (e: unknown) => e,
  );
  expect(error, `expected ${code}${messageKey ? ` ${messageKey}` : ""}`).toBeInstanceOf(DomainError);
  const e = error as DomainError;
  expect({ code: e.code, messageKey: messageKey ?? e.messageKey }).toEqual({ code, messageKey: e.messageKey });
  if (messageKey) expect(e.messageKey).toBe(messageKey);
  return e;
}

/** Audit events for a suggestion, oldest first. */
export const auditOf = (suggestionId: string) =>
  db.auditEvent.findMany({ where: { suggestionId }, orderBy: [{ createdAt: "asc" }, { id: "asc" }] });

/** Assigns `s` to the lead unit (and the co unit unless `co: false`) at `when`. */
export async function assignTo(w: World, suggestionId: string, options: { co?: boolean; when?: Date } = {}) {
  const { assignSuggestion } = await import("@/lib/workflow/assign");
  return assignSuggestion(ctxOf(w.office, options.when ?? T0), suggestionId, {
    leadUnitCode: w.units.lead.code,
    coUnitCodes: options.co === false ? undefined : [w.units.co.code],
  });
}

/**
 * Takes an assigned suggestion to a signed reply of `category`, starting at `from`: communication, co opinion
 * (when a co unit is assigned), draft, submit, sign. Returns the signed reply.
 */
export async function replyAndSign(
  w: World,
  suggestionId: string,
  options: { from?: Date; category?: "A" | "B" | "C" | "D"; opinion?: boolean } = {},
) {
  const { recordCommunication, submitOpinion } = await import("@/lib/workflow/communications");
  const { draftReply, signReply, submitReply } = await import("@/lib/workflow/replies");
  const from = options.from ?? at(1);
  const category = options.category ?? "A";
  await recordCommunication(ctxOf(w.leadHandler, from), suggestionId, { method: "PHONE", occurredAt: from, summary: "电话沟通办理思路" });
  const hasCo = await db.assignment.count({ where: { suggestionId, role: "CO", state: "ACTIVE" } });
  const opinions = await db.opinion.count({ where: { suggestionId } });
  if (hasCo && !opinions && options.opinion !== false) {
    await submitOpinion(ctxOf(w.coHandler, at(0.1, from)), suggestionId, { text: "同意主办单位意见" });
  }
  const commitments = category === "B" || category === "C" ? [{ text: "年底前完成", dueAt: at(200, from).toISOString() }] : undefined;
  const draft = await draftReply(ctxOf(w.leadHandler, at(0.2, from)), suggestionId, { category, text: "答复正文", commitments });
  await submitReply(ctxOf(w.leadHandler, at(0.3, from)), draft.id);
  return signReply(ctxOf(w.leadLeader, at(0.4, from)), draft.id, { publishable: true, publicSummary: "摘要" });
}
