// 答复: the lead unit drafts (every save kept as a ReplyVersion), submits for review (rule 2 不沟通不回复,
// rule 5), and its UNIT_LEADER returns or signs it (rules 3, 4). Signing freezes the reply: no function
// changes a SIGNED reply's text, category or commitments (422 "replySigned").
//
// Visibility: a reply is visible to deputies only once SIGNED. That is a read concern (lib/data), but the
// functions here honour it too: a reply-id act by a deputy on an unsigned reply is 404, as if it did not exist.
import type { Actor } from "@/lib/auth/user";
import { isOverdue } from "@/lib/dates/china-date";
import { DomainError, forbidden, notFound, ruleBlocks, staleVersion } from "@/lib/errors";
import { activeCos, canActAsLeadUnit, canSignReply } from "@/lib/permissions/can";
import { isDeputy } from "@/lib/permissions/roles";
import { notifyDeputy, notifyUnit } from "@/lib/notifications/notify";
import { replyInput, replyUpdateInput, returnReplyInput, signReplyInput, submitReplyInput } from "@/lib/validation/handling";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { feedbackDueAt } from "./deadlines";
import { nextDocNumber } from "./document-number";
import { freezeLetter } from "@/lib/letter/snapshot";
import type { Tx } from "@/lib/db";
import { assignmentsInclude, currentRound, loadSuggestion } from "./load";
import { record } from "./record";
import { isHandling } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

type Content = { category?: "A" | "B" | "C" | "D"; commitments?: { text: string; dueAt?: Date }[] };

/** Rule 5: a category; for B and C at least one commitment; every commitment with a planned date. */
function checkContent(content: Content) {
  if (!content.category) throw ruleBlocks("categoryRequired");
  const commitments = content.commitments ?? [];
  if (commitments.some((c) => !c.dueAt)) throw ruleBlocks("commitmentDateRequired");
  if ((content.category === "B" || content.category === "C") && commitments.length === 0) throw ruleBlocks("commitmentRequired");
  return { category: content.category, commitments: commitments.map((c) => ({ text: c.text, dueAt: c.dueAt! })) };
}

const commitmentsJson = (commitments: { text: string; dueAt: Date }[]) =>
  commitments.map((c) => ({ text: c.text, dueAt: c.dueAt.toISOString() }));
const withCommitments = {
  commitments: { where: { removedAt: null }, orderBy: [{ dueAt: "asc" as const }, { createdAt: "asc" as const }, { id: "asc" as const }] },
};

/**
 * Loads a reply with its suggestion (locked, scoped: 404 when the actor may not see the suggestion, or is a
 * deputy and the reply is not signed).
 */
async function loadReply(tx: Tx, actor: Actor, replyId: string) {
  if (typeof replyId !== "string" || !replyId) throw notFound();
  const ref = await tx.reply.findUnique({ where: { id: replyId }, select: { suggestionId: true } });
  if (!ref) throw notFound();
  const suggestion = await loadSuggestion(tx, actor, ref.suggestionId, {
    ...assignmentsInclude,
    coSigners: { where: { removedAt: null }, select: { deputyId: true } },
  });
  const reply = await tx.reply.findUniqueOrThrow({ where: { id: replyId }, include: withCommitments });
  if (isDeputy(actor) && reply.state !== "SIGNED") throw notFound();
  return { suggestion, reply };
}

/** The reply's own unit must lead the suggestion now, and the actor belong to it. */
const isLeadUnitOf = (actor: Actor, reply: { unitId: string }, assignments: Parameters<typeof canActAsLeadUnit>[1]) =>
  canActAsLeadUnit(actor, assignments) && actor.unitId === reply.unitId;

/** Rule 7: an act that judges what the user saw is refused (409) once the reply changed since. */
function assertSeen(expectedVersion: number | undefined, reply: { version: number }) {
  if (expectedVersion !== undefined && expectedVersion !== reply.version) throw staleVersion();
}

function assertEditable(state: string) {
  if (state === "SIGNED") throw ruleBlocks("replySigned");
  if (state !== "DRAFT") throw ruleBlocks("replyNotDraft");
}

/**
 * Starts the reply of this round as a DRAFT (ReplyVersion 1 and its commitments). A handler or leader of the
 * lead unit; 403 for others who can see the suggestion. One open reply per round (409 "replyExists").
 */
export async function draftReply(ctx: Ctx, suggestionId: string, input: InputOf<typeof replyInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canActAsLeadUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(replyInput, input);
    if (!isHandling(s.status)) throw ruleBlocks(s.status === "WITHDRAWN" ? "withdrawn" : "notInHandling");
    const { category, commitments } = checkContent(data);
    const unitId = ctx.actor.unitId!;
    const round = await currentRound(tx, s.id);
    const open = await tx.reply.findFirst({
      where: { suggestionId: s.id, unitId, round, state: { in: ["DRAFT", "IN_REVIEW"] } },
      select: { id: true },
    });
    if (open) throw new DomainError("CONFLICT", "errors.replyExists", undefined, { replyId: open.id });
    const now = nowOf(ctx);
    const reply = await tx.reply.create({
      data: { suggestionId: s.id, unitId, round, category, text: data.text, createdById: ctx.actor.id, createdAt: now, updatedAt: now },
    });
    await tx.replyVersion.create({
      data: {
        replyId: reply.id,
        versionNo: 1,
        category,
        text: data.text,
        commitments: commitmentsJson(commitments),
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    if (commitments.length) {
      await tx.commitment.createMany({
        data: commitments.map((c) => ({ replyId: reply.id, text: c.text, dueAt: c.dueAt, createdAt: now })),
      });
    }
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "reply.draft",
      entity: "Reply",
      entityId: reply.id,
      suggestionId: s.id,
      after: { replyId: reply.id, round, category, text: data.text, commitments: commitmentsJson(commitments) },
    });
    return tx.reply.findUniqueOrThrow({ where: { id: reply.id }, include: withCommitments });
  });
}

/**
 * Saves a new version of a DRAFT reply. The lead unit's users. `expectedVersion` is the Reply.version the
 * form was loaded with: stale is 409 (rule 7). In review or signed is 422; signed replies never change.
 */
export async function updateReply(ctx: Ctx, replyId: string, input: InputOf<typeof replyUpdateInput>) {
  return transact(async (tx) => {
    const { suggestion: s, reply } = await loadReply(tx, ctx.actor, replyId);
    if (!isLeadUnitOf(ctx.actor, reply, s.assignments)) throw forbidden();
    const data = parseInput(replyUpdateInput, input);
    assertEditable(reply.state);
    if (data.expectedVersion !== reply.version) throw staleVersion();
    const { category, commitments } = checkContent(data);
    const now = nowOf(ctx);
    const { count } = await tx.reply.updateMany({
      where: { id: reply.id, version: reply.version, state: "DRAFT" },
      data: { category, text: data.text, version: { increment: 1 }, updatedAt: now },
    });
    if (count !== 1) throw staleVersion();
    const versionNo = (await tx.replyVersion.count({ where: { replyId: reply.id } })) + 1;
    await tx.replyVersion.create({
      data: {
        replyId: reply.id,
        versionNo,
        category,
        text: data.text,
        commitments: commitmentsJson(commitments),
        createdById: ctx.actor.id,
        createdAt: now,
      },
    });
    // A draft's commitments follow its latest version (earlier ones stay in ReplyVersion.commitments).
    const existing = reply.commitments;
    for (let i = 0; i < Math.max(existing.length, commitments.length); i++) {
      const before = existing[i];
      const after = commitments[i];
      if (before && after) await tx.commitment.update({ where: { id: before.id }, data: { text: after.text, dueAt: after.dueAt } });
      else if (after) await tx.commitment.create({ data: { replyId: reply.id, text: after.text, dueAt: after.dueAt, createdAt: now } });
      else if (before) await tx.commitment.update({ where: { id: before.id }, data: { removedAt: now } }); // never deleted
    }
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "reply.update",
      entity: "Reply",
      entityId: reply.id,
      suggestionId: s.id,
      before: {
        replyId: reply.id,
        version: reply.version,
        category: reply.category,
        text: reply.text,
        commitments: commitmentsJson(existing),
      },
      after: {
        replyId: reply.id,
        version: reply.version + 1,
        versionNo,
        category,
        text: data.text,
        commitments: commitmentsJson(commitments),
      },
    });
    return tx.reply.findUniqueOrThrow({ where: { id: reply.id }, include: withCommitments });
  });
}

/**
 * Sends a DRAFT to the unit leader for review (IN_REVIEW). The lead unit's users. Rule 2: the lead unit must
 * have recorded a communication with the deputy in this round; rule 5 on the content. Both 422.
 * With `expectedVersion` (the form's Reply.version), a reply changed since is 409.
 */
export async function submitReply(ctx: Ctx, replyId: string, input: InputOf<typeof submitReplyInput> = {}) {
  return transact(async (tx) => {
    const { suggestion: s, reply } = await loadReply(tx, ctx.actor, replyId);
    if (!isLeadUnitOf(ctx.actor, reply, s.assignments)) throw forbidden();
    const data = parseInput(submitReplyInput, input);
    assertSeen(data.expectedVersion, reply);
    assertEditable(reply.state);
    if (!isHandling(s.status)) throw ruleBlocks(s.status === "WITHDRAWN" ? "withdrawn" : "notInHandling");
    const communicated = await tx.communication.count({ where: { suggestionId: s.id, unitId: reply.unitId, round: reply.round } });
    if (communicated === 0) throw ruleBlocks("noCommunication");
    checkContent({ category: reply.category, commitments: reply.commitments });
    const now = nowOf(ctx);
    const updated = await tx.reply.update({
      where: { id: reply.id },
      data: { state: "IN_REVIEW", submittedAt: now, version: { increment: 1 }, updatedAt: now },
      include: withCommitments,
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "reply.submit",
      entity: "Reply",
      entityId: reply.id,
      suggestionId: s.id,
      before: { state: reply.state },
      after: { replyId: reply.id, state: updated.state },
    });
    await notifyUnit(tx, reply.unitId, "reply.review", s.id, { number: s.number, title: s.title, replyId: reply.id }, undefined, {
      at: now,
      roles: ["UNIT_LEADER"],
    });
    return updated;
  });
}

/**
 * The unit leader returns a reply in review to DRAFT with a comment. UNIT_LEADER of the lead unit (handler: 403).
 * With `expectedVersion` (the Reply.version the leader read), a reply changed since is 409.
 */
export async function returnReply(ctx: Ctx, replyId: string, input: InputOf<typeof returnReplyInput>) {
  return transact(async (tx) => {
    const { suggestion: s, reply } = await loadReply(tx, ctx.actor, replyId);
    if (!(canSignReply(ctx.actor, s.assignments) && ctx.actor.unitId === reply.unitId)) throw forbidden();
    const data = parseInput(returnReplyInput, input);
    assertSeen(data.expectedVersion, reply);
    if (reply.state === "SIGNED") throw ruleBlocks("replySigned");
    if (reply.state !== "IN_REVIEW") throw ruleBlocks("replyNotInReview");
    const now = nowOf(ctx);
    const updated = await tx.reply.update({
      where: { id: reply.id },
      data: { state: "DRAFT", returnComment: data.comment, version: { increment: 1 }, updatedAt: now },
      include: withCommitments,
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "reply.return",
      entity: "Reply",
      entityId: reply.id,
      suggestionId: s.id,
      before: { state: reply.state },
      after: { replyId: reply.id, state: updated.state, comment: data.comment },
    });
    await notifyUnit(tx, reply.unitId, "reply.returned", s.id, { number: s.number, title: s.title, replyId: reply.id }, undefined, {
      at: now,
      roles: ["UNIT_HANDLER"],
    });
    return updated;
  });
}

/**
 * Signs (签发) a reply in review. Rule 4: only a UNIT_LEADER of the lead unit (a handler is 403). Rule 3: not
 * while a co unit's opinion is missing and that co assignment is not yet overdue (422). Freezes the reply,
 * sets the suggestion REPLIED with the feedback window (rule 1: 30 days), and tells the deputies.
 * `publishable` (default true) and `publicSummary` decide public disclosure. With `expectedVersion` (the
 * Reply.version the leader read), a reply returned, edited or resubmitted since is 409: nothing is signed unseen.
 */
export async function signReply(ctx: Ctx, replyId: string, input: InputOf<typeof signReplyInput> = {}) {
  return transact(async (tx) => {
    const { suggestion: s, reply } = await loadReply(tx, ctx.actor, replyId);
    if (!(canSignReply(ctx.actor, s.assignments) && ctx.actor.unitId === reply.unitId)) throw forbidden();
    const data = parseInput(signReplyInput, input);
    assertSeen(data.expectedVersion, reply);
    if (reply.state === "SIGNED") throw ruleBlocks("replySigned");
    if (reply.state !== "IN_REVIEW") throw ruleBlocks("replyNotInReview");
    if (!isHandling(s.status)) throw ruleBlocks(s.status === "WITHDRAWN" ? "withdrawn" : "notInHandling");
    checkContent({ category: reply.category, commitments: reply.commitments });
    const now = nowOf(ctx);
    for (const co of activeCos(s.assignments)) {
      const given = await tx.opinion.count({ where: { suggestionId: s.id, unitId: co.unitId } });
      if (given === 0 && !isOverdue(co.dueAt, now)) throw ruleBlocks("opinionMissing", { unit: co.unit.name });
    }
    const docNumber = await nextDocNumber(tx, reply.unitId, now);
    const { count } = await tx.reply.updateMany({
      where: { id: reply.id, version: reply.version, state: "IN_REVIEW" },
      data: {
        state: "SIGNED",
        signedAt: now,
        signedById: ctx.actor.id,
        // A confidential matter is never published, whatever was ticked.
        publishable: !s.confidential && (data.publishable ?? true),
        publicSummary: data.publicSummary ?? null,
        docNumber,
        version: { increment: 1 },
        updatedAt: now,
      },
    });
    if (count !== 1) throw staleVersion();
    // The letter as signed is archived now, in this transaction: later edits and renames never reach it.
    await freezeLetter(tx, { replyId: reply.id, suggestionId: s.id, signedById: ctx.actor.id, at: now });
    const due = feedbackDueAt(now);
    await bumpSuggestion(tx, ctx, s, { status: "REPLIED", feedbackDueAt: due });
    await record(tx, ctx, {
      action: "reply.sign",
      entity: "Reply",
      entityId: reply.id,
      suggestionId: s.id,
      before: { state: reply.state, suggestionStatus: s.status },
      after: {
        replyId: reply.id,
        state: "SIGNED",
        category: reply.category,
        round: reply.round,
        publishable: !s.confidential && (data.publishable ?? true),
        suggestionStatus: "REPLIED",
        feedbackDueAt: due,
        docNumber,
        letterArchived: true,
      },
    });
    const params = { number: s.number, title: s.title, replyId: reply.id };
    for (const deputyId of [s.leadDeputyId, ...s.coSigners.map((c) => c.deputyId)]) {
      await notifyDeputy(tx, deputyId, "reply.signed", s.id, params, `signed:${reply.id}`, { at: now });
    }
    return tx.reply.findUniqueOrThrow({ where: { id: reply.id }, include: withCommitments });
  });
}
