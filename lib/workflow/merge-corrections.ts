// Corrections of merged handling (并案) by the office (issue 11): undo a merge — some or all suggestions leave
// the group, and a group left with one suggestion is dissolved — and extend a group as one: a suggestion joins
// under the group's lead unit (assigned to it when still pending). Each suggestion keeps its own assignments,
// reply and feedback; the MergeGroup row stays as history (nothing is hard-deleted).
import { DomainError, forbidden, notFound, staleVersion } from "@/lib/errors";
import { activeLead, canCorrectMerge } from "@/lib/permissions/can";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { extendMergeInput, undoMergeInput } from "@/lib/validation/standing";
import { writeAssignments } from "./assign";
import type { Ctx } from "./context";
import type { Tx } from "@/lib/db";
import { lockSuggestions } from "./locks";
import { record } from "./record";
import { isEnded } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

const blocks = (key: string, params?: Record<string, string | number>) =>
  new DomainError("RULE", `standing.errors.${key}`, undefined, params);

type Item = { suggestionId: string; expectedVersion?: number };

/** The group's suggestions, locked, as the actor sees them (404 when the group is unknown or not visible). */
async function loadGroup(tx: Tx, ctx: Ctx, groupId: string, extra: string[] = []) {
  if (typeof groupId !== "string" || !groupId) throw notFound();
  const group = await tx.mergeGroup.findUnique({ where: { id: groupId }, include: { suggestions: { select: { id: true } } } });
  if (!group) throw notFound();
  await lockSuggestions(tx, [...group.suggestions.map((s) => s.id), ...extra]);
  return group;
}

/** Every item's version, as the caller saw it: a suggestion changed since is a stale 409. */
function assertSeen(items: Item[], rows: { id: string; version: number }[]) {
  for (const item of items) {
    const row = rows.find((r) => r.id === item.suggestionId);
    if (row && item.expectedVersion !== undefined && item.expectedVersion !== row.version) throw staleVersion();
  }
}

/** Undo a merge, for the listed suggestions or the whole group. OFFICE/ADMIN; a reason is required. */
export async function undoMerge(ctx: Ctx, groupId: string, input: InputOf<typeof undoMergeInput>) {
  if (!canCorrectMerge(ctx.actor)) throw forbidden();
  const data = parseInput(undoMergeInput, input);
  return transact(async (tx) => {
    const group = await loadGroup(tx, ctx, groupId);
    const members = await tx.suggestion.findMany({ where: { mergeGroupId: group.id }, orderBy: { id: "asc" } });
    if (members.length === 0) throw blocks("groupDissolved");
    const items = data.items ?? members.map((m) => ({ suggestionId: m.id }));
    const leaving = new Set(items.map((i) => i.suggestionId));
    for (const id of leaving) if (!members.some((m) => m.id === id)) throw blocks("notInGroup");
    assertSeen(items, members);
    // A group of one is no group: the last suggestion leaves with the others.
    const remaining = members.filter((m) => !leaving.has(m.id));
    const out = remaining.length < 2 ? members : members.filter((m) => leaving.has(m.id));
    for (const m of out) {
      await bumpSuggestion(tx, ctx, m, { mergeGroupId: null });
      await record(tx, ctx, {
        action: "suggestion.unmerge",
        entity: "Suggestion",
        entityId: m.id,
        suggestionId: m.id,
        before: { mergeGroupId: group.id },
        after: { mergeGroupId: null, reason: data.reason },
      });
    }
    const left = members.filter((m) => !out.includes(m)).map((m) => m.id);
    await record(tx, ctx, {
      action: left.length ? "mergeGroup.shrink" : "mergeGroup.dissolve",
      entity: "MergeGroup",
      entityId: group.id,
      before: { suggestionIds: members.map((m) => m.id) },
      after: { suggestionIds: left, reason: data.reason },
    });
    return { groupId: group.id, suggestionIds: left, removed: out.map((m) => m.id) };
  });
}

/** Extend a merged group as one. OFFICE/ADMIN; a reason is required; the same rules as the merge itself. */
export async function extendMerge(ctx: Ctx, groupId: string, input: InputOf<typeof extendMergeInput>) {
  if (!canCorrectMerge(ctx.actor)) throw forbidden();
  const data = parseInput(extendMergeInput, input);
  const ids = data.items.map((i) => i.suggestionId);
  if (new Set(ids).size !== ids.length) throw blocks("duplicate");
  return transact(async (tx) => {
    const group = await loadGroup(tx, ctx, groupId, ids);
    if (group.suggestions.length < 2) throw blocks("groupDissolved");
    const rows = await tx.suggestion.findMany({
      where: { AND: [{ id: { in: ids } }, suggestionScope(ctx.actor)] },
      include: { session: true, assignments: { where: { state: "ACTIVE" as const } } },
    });
    if (rows.length !== ids.length) throw notFound();
    assertSeen(data.items, rows);
    const lead = group.leadUnitId ? await tx.unit.findUnique({ where: { id: group.leadUnitId } }) : null;
    for (const r of rows) {
      if (r.sessionId !== group.sessionId) throw blocks("sessionMismatch", { number: r.number });
      if (isEnded(r.status)) throw blocks("mergeEnded", { number: r.number });
      if (r.mergeGroupId) throw new DomainError("CONFLICT", "errors.alreadyMerged", undefined, { number: r.number });
      const current = activeLead(r.assignments);
      if (current && lead && current.unitId !== lead.id) throw blocks("leadMismatch", { number: r.number, unit: lead.name });
    }
    for (const r of rows) {
      // Joining as one: a pending suggestion is assigned to the group's lead unit, as the merge itself does.
      if (lead && lead.active && r.status === "PENDING" && !activeLead(r.assignments)) await writeAssignments(tx, ctx, r, lead, []);
      const latest = await tx.suggestion.findUniqueOrThrow({ where: { id: r.id } });
      await bumpSuggestion(tx, ctx, latest, { mergeGroupId: group.id });
      await record(tx, ctx, {
        action: "suggestion.mergeExtend",
        entity: "Suggestion",
        entityId: r.id,
        suggestionId: r.id,
        after: { mergeGroupId: group.id, leadUnitId: group.leadUnitId, reason: data.reason },
      });
    }
    const suggestionIds = [...group.suggestions.map((s) => s.id), ...ids];
    await record(tx, ctx, {
      action: "mergeGroup.extend",
      entity: "MergeGroup",
      entityId: group.id,
      before: { suggestionIds: group.suggestions.map((s) => s.id) },
      after: { suggestionIds, reason: data.reason },
    });
    return { groupId: group.id, suggestionIds, added: ids };
  });
}
