import "server-only";
// A unit's own work on each suggestion of its inbox page: the unit's own assignment (its own due date: the
// lead's reply date, or the co unit's 30 days of rule 1/8), whether that duty is overdue, and how far the
// unit has got — its reply's state as lead (草稿, 已退回, 待签发, 已签发) or its opinion as co unit.
import { db } from "@/lib/db";
import { isDutyOverdue } from "@/lib/stats/due";
import type { AssignmentRole, SuggestionStatus } from "@/lib/generated/prisma/enums";

export type WorkState = "NONE" | "DRAFT" | "RETURNED" | "IN_REVIEW" | "SIGNED" | "OPINION_MISSING" | "OPINION_GIVEN";

export interface UnitWork {
  role: AssignmentRole;
  dueAt: Date;
  overdue: boolean;
  state: WorkState;
}

function replyState(reply: { state: string; returnComment: string | null } | undefined, status: SuggestionStatus): WorkState {
  // A signed reply of the previous round does not answer a suggestion sent back for re-handling.
  if (!reply || (reply.state === "SIGNED" && status === "REHANDLING")) return "NONE";
  if (reply.state === "DRAFT") return reply.returnComment ? "RETURNED" : "DRAFT";
  return reply.state === "IN_REVIEW" ? "IN_REVIEW" : "SIGNED";
}

/** The unit's work on each of these suggestions (those it has an active assignment on), by suggestion id. */
export async function unitWorkOf(
  unitId: string,
  suggestions: { id: string; status: SuggestionStatus }[],
  now: Date = new Date(),
): Promise<Map<string, UnitWork>> {
  const ids = suggestions.map((s) => s.id);
  if (ids.length === 0) return new Map();
  const [assignments, replies, opinions] = await Promise.all([
    db.assignment.findMany({
      where: { unitId, suggestionId: { in: ids }, state: "ACTIVE" },
      select: { suggestionId: true, role: true, dueAt: true },
    }),
    db.reply.findMany({
      where: { unitId, suggestionId: { in: ids } },
      orderBy: [{ round: "desc" }, { createdAt: "desc" }, { id: "desc" }],
      select: { suggestionId: true, state: true, returnComment: true },
    }),
    db.opinion.findMany({ where: { unitId, suggestionId: { in: ids } }, select: { suggestionId: true } }),
  ]);
  const latestReply = new Map<string, (typeof replies)[number]>();
  for (const r of replies) if (!latestReply.has(r.suggestionId)) latestReply.set(r.suggestionId, r);
  const gave = new Set(opinions.map((o) => o.suggestionId));
  const statusOf = new Map(suggestions.map((s) => [s.id, s.status]));
  const work = new Map<string, UnitWork>();
  for (const a of assignments) {
    const status = statusOf.get(a.suggestionId)!;
    const done = a.role === "CO" ? gave.has(a.suggestionId) : false;
    const state = a.role === "CO" ? (done ? "OPINION_GIVEN" : "OPINION_MISSING") : replyState(latestReply.get(a.suggestionId), status);
    // The same definition as the statistics (lib/stats/due.ts): an open duty whose due day is over.
    const overdue = isDutyOverdue({ dueAt: a.dueAt, done }, status, now);
    // A lead assignment wins if a unit somehow holds both roles.
    if (!work.has(a.suggestionId) || a.role === "LEAD") work.set(a.suggestionId, { role: a.role, dueAt: a.dueAt, overdue, state });
  }
  return work;
}
