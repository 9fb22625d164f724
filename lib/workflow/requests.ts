// Requests to OFFICE and merged handling: 申请调整/退办 (reassignment, within 7 working days of assignment,
// OFFICE picks the new lead whose clock starts afresh), 延期 (extension, never beyond 6 months after
// assignment) and 并案 (one lead unit handles several suggestions of the same content).
import { loadWorkCalendar } from "@/lib/calendar/load";
import { fromDbValue } from "@/lib/dates/china-date";
import { DomainError, forbidden, notFound, ruleBlocks, staleVersion } from "@/lib/errors";
import { activeLead, canActAsLeadUnit, canDecideRequests } from "@/lib/permissions/can";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { notifyRoles, notifyUnit } from "@/lib/notifications/notify";
import {
  extensionDecisionInput,
  extensionRequestInput,
  reassignmentDecisionInput,
  reassignmentRequestInput,
} from "@/lib/validation/handling";
import { invalidField, parseInput, type InputOf } from "@/lib/validation/parse";
import { mergeInput } from "@/lib/validation/suggestions";
import { resolveUnit, writeAssignments } from "./assign";
import type { Tx } from "@/lib/db";
import { nowOf, type Ctx } from "./context";
import { extensionCeiling, reassignmentWindowEnd, workingDayYears } from "./deadlines";
import { assignmentsInclude, loadSuggestion } from "./load";
import { lockSuggestions } from "./locks";
import { record } from "./record";
import { isEnded, isHandling } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

type UnitRef = { id: string; code: string; name: string };
const requestPending = () => new DomainError("CONFLICT", "errors.requestPending");
const requestDecided = () => new DomainError("CONFLICT", "errors.requestDecided");
/** Rule 7 for decisions: the office judged the suggestion as it stood at `expectedVersion`; changed since is 409. */
const assertSeen = (expectedVersion: number | undefined, s: { version: number }) => {
  if (expectedVersion !== undefined && expectedVersion !== s.version) throw staleVersion();
};

/**
 * The lead unit says the matter is outside its remit (申请调整). Its handlers and leaders (403 for other
 * viewers); only while IN_PROGRESS and until the end of the 7th working day after its assignment (422);
 * one pending request at a time (409). OFFICE is notified. The unit never passes the suggestion on itself.
 */
export async function requestReassignment(ctx: Ctx, suggestionId: string, input: InputOf<typeof reassignmentRequestInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canActAsLeadUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(reassignmentRequestInput, input);
    const now = nowOf(ctx);
    if (s.status !== "IN_PROGRESS") throw ruleBlocks("reassignmentNotPossible");
    const lead = activeLead(s.assignments)!;
    const calendar = await loadWorkCalendar(workingDayYears(lead.assignedAt), tx);
    if (now.getTime() > reassignmentWindowEnd(lead.assignedAt, calendar).getTime()) throw ruleBlocks("reassignmentWindow");
    if (await tx.reassignmentRequest.findFirst({ where: { suggestionId: s.id, state: "PENDING" } })) throw requestPending();
    const request = await tx.reassignmentRequest.create({
      data: {
        suggestionId: s.id,
        assignmentId: lead.id,
        unitId: lead.unitId,
        reason: data.reason,
        requestedById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "reassignment.request",
      entity: "ReassignmentRequest",
      entityId: request.id,
      suggestionId: s.id,
      after: request,
    });
    await notifyRoles(
      tx,
      ["OFFICE"],
      "reassignment.requested",
      s.id,
      { number: s.number, title: s.title, unit: lead.unit.name },
      `reassign:${request.id}`,
      { at: now },
    );
    return request;
  });
}

/**
 * OFFICE decides a reassignment request. Approving ends the old lead assignment (REASSIGNED); with
 * `newLeadUnitCode` a new ACTIVE lead assignment starts with a fresh clock (rule 1), otherwise the suggestion
 * goes back to PENDING for assignSuggestion. Rejecting leaves everything as it is. Decided twice is 409, and so
 * is a decision on a suggestion changed since `expectedVersion`.
 */
export async function decideReassignment(ctx: Ctx, requestId: string, input: InputOf<typeof reassignmentDecisionInput>) {
  return transact(async (tx) => {
    const ref = typeof requestId === "string" && requestId ? await tx.reassignmentRequest.findUnique({ where: { id: requestId } }) : null;
    if (!ref) throw notFound();
    const s = await loadSuggestion(tx, ctx.actor, ref.suggestionId, {
      session: true,
      assignments: { where: { state: "ACTIVE" as const }, include: { unit: true } },
    });
    if (!canDecideRequests(ctx.actor)) throw forbidden();
    const data = parseInput(reassignmentDecisionInput, input);
    const request = await tx.reassignmentRequest.findUniqueOrThrow({ where: { id: requestId } });
    if (request.state !== "PENDING") throw requestDecided();
    assertSeen(data.expectedVersion, s);
    const now = nowOf(ctx);
    const params = { number: s.number, title: s.title, approved: data.approve };
    if (!data.approve) {
      const rejected = await tx.reassignmentRequest.update({
        where: { id: request.id },
        data: { state: "REJECTED", decidedById: ctx.actor.id, decidedAt: now, decisionNote: data.note ?? null },
      });
      await bumpSuggestion(tx, ctx, s);
      await record(tx, ctx, {
        action: "reassignment.reject",
        entity: "ReassignmentRequest",
        entityId: request.id,
        suggestionId: s.id,
        before: { state: request.state },
        after: rejected,
      });
      await notifyUnit(tx, request.unitId, "reassignment.decided", s.id, params, `reassignDecided:${request.id}`, { at: now });
      return { request: rejected, assignments: [] };
    }
    const old = s.assignments.find((a) => a.id === request.assignmentId);
    if (!old || old.role !== "LEAD") throw ruleBlocks("assignmentEnded");
    let newUnit: UnitRef | undefined;
    if (data.newLeadUnitCode) {
      newUnit = await resolveUnit(tx, data.newLeadUnitCode, "newLeadUnitCode");
      if (newUnit.id === old.unitId) throw invalidField("newLeadUnitCode", "errors.field.sameUnit");
    }
    if (!newUnit) await tx.assignment.update({ where: { id: old.id }, data: { state: "REASSIGNED", endedAt: now } });
    const approved = await tx.reassignmentRequest.update({
      where: { id: request.id },
      data: {
        state: "APPROVED",
        decidedById: ctx.actor.id,
        decidedAt: now,
        decisionNote: data.note ?? null,
        newUnitId: newUnit?.id ?? null,
      },
    });
    await record(tx, ctx, {
      action: "reassignment.approve",
      entity: "ReassignmentRequest",
      entityId: request.id,
      suggestionId: s.id,
      before: { state: request.state, leadUnitCode: old.unit.code, leadAssignmentId: old.id },
      after: { ...approved, newLeadUnitCode: newUnit?.code ?? null },
    });
    await notifyUnit(tx, request.unitId, "reassignment.decided", s.id, params, `reassignDecided:${request.id}`, { at: now });
    if (!newUnit) {
      await bumpSuggestion(tx, ctx, s, { status: "PENDING" });
      return { request: approved, assignments: [] };
    }
    const assignments = await replaceLead(tx, ctx, s, old, newUnit);
    return { request: approved, assignments };
  });
}

type LeadChangeTarget = Parameters<typeof writeAssignments>[2];

/**
 * Moves the lead from `old` (ended as REASSIGNED) to `newUnit`, whose clock starts afresh (writeAssignments:
 * rule 1 from now, its own communication needed before it replies) while the suggestion stays in handling.
 * An approved reassignment and the office's correction of the lead unit (corrections-units.ts) both end here.
 */
export async function replaceLead(
  tx: Tx,
  ctx: Ctx,
  s: LeadChangeTarget,
  old: { id: string },
  newUnit: UnitRef,
  due?: { at: Date; reason: string },
) {
  await tx.assignment.update({ where: { id: old.id }, data: { state: "REASSIGNED", endedAt: nowOf(ctx) } });
  const fresh = { ...s, status: "PENDING" as const, assignments: s.assignments.filter((a) => a.id !== old.id) };
  return writeAssignments(tx, ctx, fresh, newUnit, [], due);
}

/**
 * The lead unit asks for more time (延期) with a reason and the date it has told the deputy. Its handlers and
 * leaders (403 for other viewers); only while being handled; the requested date must be later than the
 * current due date and today, and within 6 months of the assignment (422); one pending request at a time (409).
 */
export async function requestExtension(ctx: Ctx, suggestionId: string, input: InputOf<typeof extensionRequestInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canActAsLeadUnit(ctx.actor, s.assignments)) throw forbidden();
    const data = parseInput(extensionRequestInput, input);
    const now = nowOf(ctx);
    if (!isHandling(s.status)) throw ruleBlocks(s.status === "WITHDRAWN" ? "withdrawn" : "notInHandling");
    const lead = activeLead(s.assignments)!;
    const requested = data.requestedDueAt.getTime();
    if (requested <= lead.dueAt.getTime() || requested <= now.getTime()) throw ruleBlocks("extensionNotLater");
    const ceiling = extensionCeiling(lead.assignedAt);
    if (requested > ceiling.getTime()) throw ruleBlocks("extensionCeiling", { ceiling: fromDbValue(ceiling) });
    if (await tx.extensionRequest.findFirst({ where: { assignmentId: lead.id, state: "PENDING" } })) throw requestPending();
    const request = await tx.extensionRequest.create({
      data: {
        suggestionId: s.id,
        assignmentId: lead.id,
        unitId: lead.unitId,
        reason: data.reason,
        requestedDueAt: data.requestedDueAt,
        toldDeputyAt: data.toldDeputyAt,
        requestedById: ctx.actor.id,
        createdAt: now,
      },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: "extension.request",
      entity: "ExtensionRequest",
      entityId: request.id,
      suggestionId: s.id,
      after: request,
    });
    await notifyRoles(
      tx,
      ["OFFICE"],
      "extension.requested",
      s.id,
      { number: s.number, title: s.title, unit: lead.unit.name },
      `extension:${request.id}`,
      { at: now },
    );
    return request;
  });
}

/**
 * OFFICE decides an extension request. Approving moves the lead assignment's due date to the requested one
 * — never beyond 6 months after its assignment (422) — and overdue/on-time then count against it.
 * The assignment must still be active (422). Decided twice is 409, and so is a decision on a suggestion
 * changed since `expectedVersion`.
 */
export async function decideExtension(ctx: Ctx, requestId: string, input: InputOf<typeof extensionDecisionInput>) {
  return transact(async (tx) => {
    const ref = typeof requestId === "string" && requestId ? await tx.extensionRequest.findUnique({ where: { id: requestId } }) : null;
    if (!ref) throw notFound();
    const s = await loadSuggestion(tx, ctx.actor, ref.suggestionId, assignmentsInclude);
    if (!canDecideRequests(ctx.actor)) throw forbidden();
    const data = parseInput(extensionDecisionInput, input);
    const request = await tx.extensionRequest.findUniqueOrThrow({ where: { id: requestId }, include: { assignment: true } });
    if (request.state !== "PENDING") throw requestDecided();
    assertSeen(data.expectedVersion, s);
    const now = nowOf(ctx);
    const decision = { decidedById: ctx.actor.id, decidedAt: now, decisionNote: data.note ?? null };
    if (data.approve) {
      if (request.assignment.state !== "ACTIVE") throw ruleBlocks("assignmentEnded");
      const ceiling = extensionCeiling(request.assignment.assignedAt);
      if (request.requestedDueAt.getTime() > ceiling.getTime()) throw ruleBlocks("extensionCeiling", { ceiling: fromDbValue(ceiling) });
      await tx.assignment.update({ where: { id: request.assignmentId }, data: { dueAt: request.requestedDueAt } });
    }
    const decided = await tx.extensionRequest.update({
      where: { id: request.id },
      data: { state: data.approve ? "APPROVED" : "REJECTED", ...decision },
    });
    await bumpSuggestion(tx, ctx, s);
    await record(tx, ctx, {
      action: data.approve ? "extension.approve" : "extension.reject",
      entity: "ExtensionRequest",
      entityId: request.id,
      suggestionId: s.id,
      before: { state: request.state, dueAt: request.assignment.dueAt },
      after: { ...decided, dueAt: data.approve ? request.requestedDueAt : request.assignment.dueAt },
    });
    await notifyUnit(
      tx,
      request.unitId,
      "extension.decided",
      s.id,
      {
        number: s.number,
        title: s.title,
        approved: data.approve,
        dueAt: (data.approve ? request.requestedDueAt : request.assignment.dueAt).toISOString(),
      },
      `extensionDecided:${request.id}`,
      { at: now },
    );
    return decided;
  });
}

/**
 * 并案: OFFICE groups suggestions of one session so that one lead unit handles them together; each keeps its
 * own reply and feedback. With `leadUnitCode`, pending suggestions are assigned to it and assigned ones must
 * already have it as lead; without, the assigned ones must share a lead (422 otherwise). Withdrawn or closed
 * suggestions (422) and suggestions already merged (409) cannot join. Returns the MergeGroup.
 */
export async function mergeSuggestions(ctx: Ctx, input: InputOf<typeof mergeInput>) {
  if (!canDecideRequests(ctx.actor)) throw forbidden();
  const data = parseInput(mergeInput, input);
  return transact(async (tx) => {
    await lockSuggestions(tx, data.suggestionIds);
    const rows = await tx.suggestion.findMany({
      where: { AND: [{ id: { in: data.suggestionIds } }, suggestionScope(ctx.actor)] },
      include: { session: true, assignments: { where: { state: "ACTIVE" as const } } },
    });
    if (rows.length !== data.suggestionIds.length) throw notFound();
    const [first] = rows;
    if (!first) throw notFound();
    const sessionId = first.sessionId;
    if (rows.some((r) => r.sessionId !== sessionId) || (data.sessionCode && first.session.code !== data.sessionCode)) {
      throw invalidField("suggestionIds", "errors.field.sessionMismatch");
    }
    for (const r of rows) {
      if (isEnded(r.status)) throw ruleBlocks("mergeNotAllowed", { number: r.number });
      if (r.mergeGroupId) throw new DomainError("CONFLICT", "errors.alreadyMerged", undefined, { number: r.number });
    }
    const lead = data.leadUnitCode ? await resolveUnit(tx, data.leadUnitCode, "leadUnitCode") : undefined;
    let leadUnitId = lead?.id;
    for (const r of rows) {
      const current = activeLead(r.assignments);
      if (!current) continue;
      leadUnitId ??= current.unitId;
      if (current.unitId !== leadUnitId) throw ruleBlocks("mergeLeadMismatch", { number: r.number });
    }
    const now = nowOf(ctx);
    const group = await tx.mergeGroup.create({
      data: { sessionId, leadUnitId: leadUnitId ?? null, note: data.note ?? null, createdById: ctx.actor.id, createdAt: now },
    });
    for (const r of rows) {
      if (lead && r.status === "PENDING" && !activeLead(r.assignments)) await writeAssignments(tx, ctx, r, lead, []);
      const latest = await tx.suggestion.findUniqueOrThrow({ where: { id: r.id } });
      await bumpSuggestion(tx, ctx, latest, { mergeGroupId: group.id });
      await record(tx, ctx, {
        action: "suggestion.merge",
        entity: "Suggestion",
        entityId: r.id,
        suggestionId: r.id,
        after: { mergeGroupId: group.id, leadUnitId: leadUnitId ?? null, suggestionIds: data.suggestionIds },
      });
    }
    await record(tx, ctx, {
      action: "mergeGroup.create",
      entity: "MergeGroup",
      entityId: group.id,
      after: { ...group, suggestionIds: data.suggestionIds },
    });
    return group;
  });
}
