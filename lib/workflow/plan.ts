// Applying a distribution plan (分办方案, issue 11) to suggestions already registered: each row names a suggestion
// of the session by number, its lead unit and co units (matched like the import: code, name or alias). Every row
// is checked first and every problem listed by row and column; with any problem nothing is written (all or
// nothing, as the import). A pending suggestion is assigned (assign.ts's writes: rule-1 due dates, audit event,
// the units told); one already assigned exactly so is skipped, so applying a plan twice changes nothing; one
// assigned otherwise, ended, or in a merged group led by another unit is a row error.
import type { Tx } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { planError, sortPlanErrors, validatePlanItems, type PlanRow } from "@/lib/import/plan-rows";
import type { RowError } from "@/lib/import/suggestion-rows";
import { unitMatcher } from "@/lib/import/units";
import { activeCos, activeLead, canAssign } from "@/lib/permissions/can";
import { parseInput, type InputOf } from "@/lib/validation/parse";
import { planInput } from "@/lib/validation/standing";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { writeAssignments } from "./assign";
import type { Ctx } from "./context";
import { lockSuggestions } from "./locks";
import { record } from "./record";
import { isEnded, isNotASuggestion } from "./states";
import { transact } from "./transaction";

export type PlanResult =
  | { kind: "invalid"; errors: RowError[] }
  | { kind: "preview"; assignCount: number; skippedCount: number }
  | { kind: "applied"; assigned: number; skipped: number };

class Rollback extends Error {
  constructor(readonly result: PlanResult) {
    super("rollback");
  }
}

const include = { session: true, mergeGroup: true, assignments: { where: { state: "ACTIVE" as const } } };
const sameSet = (a: string[], b: string[]) => a.length === b.length && a.every((x) => b.includes(x));

/** Checks every row against the session's suggestions and units; the rows to assign, the rows to skip, the problems. */
async function resolvePlan(tx: Tx, ctx: Ctx, sessionId: string, rows: PlanRow[]) {
  const numbers = rows.map((r) => r.number).filter(Boolean);
  const found = await tx.suggestion.findMany({
    where: { AND: [{ sessionId, number: { in: numbers } }, suggestionScope(ctx.actor)] },
    select: { id: true },
  });
  await lockSuggestions(
    tx,
    found.map((s) => s.id),
  );
  const suggestions = await tx.suggestion.findMany({ where: { id: { in: found.map((s) => s.id) } }, include });
  const byNumber = new Map(suggestions.map((s) => [s.number, s]));
  const units = await tx.unit.findMany({ where: { active: true }, select: { id: true, code: true, name: true } });
  const unitById = new Map(units.map((u) => [u.id, u]));
  const match = await unitMatcher(tx);
  const errors: RowError[] = [];
  const toAssign: { s: (typeof suggestions)[number]; lead: string; cos: string[] }[] = [];
  let skipped = 0;
  for (const r of rows) {
    const s = r.number ? byNumber.get(r.number) : undefined;
    if (r.number && !s) errors.push(planError(r.row, "number", "standing.plan.errors.unknownNumber", { number: r.number }));
    const lead = r.leadUnit ? match(r.leadUnit) : null;
    if (lead && !("id" in lead)) errors.push(planError(r.row, "leadUnit", lead.problem, { name: r.leadUnit }));
    const leadId = lead && "id" in lead ? lead.id : null;
    const cos: string[] = [];
    for (const name of r.coUnits) {
      const co = match(name);
      if (!("id" in co)) errors.push(planError(r.row, "coUnits", co.problem, { name }));
      else if (co.id === leadId) errors.push(planError(r.row, "coUnits", "coIsLead", { name }));
      else if (cos.includes(co.id)) errors.push(planError(r.row, "coUnits", "duplicateUnit", { name }));
      else cos.push(co.id);
    }
    if (!s || !leadId) continue;
    if (isEnded(s.status) || isNotASuggestion(s.status)) {
      errors.push(planError(r.row, "number", "standing.plan.errors.ended", { number: s.number }));
      continue;
    }
    if (s.mergeGroup?.leadUnitId && s.mergeGroup.leadUnitId !== leadId) {
      const unit = unitById.get(s.mergeGroup.leadUnitId)?.name ?? "";
      errors.push(planError(r.row, "leadUnit", "standing.plan.errors.mergedElsewhere", { number: s.number, unit }));
      continue;
    }
    const current = activeLead(s.assignments);
    if (!current) toAssign.push({ s, lead: leadId, cos });
    else if (
      current.unitId === leadId &&
      sameSet(
        activeCos(s.assignments).map((a) => a.unitId),
        cos,
      )
    )
      skipped++;
    else {
      const unit = unitById.get(current.unitId)?.name ?? "";
      errors.push(planError(r.row, "leadUnit", "standing.plan.errors.assignedOtherwise", { number: s.number, unit }));
    }
  }
  return { errors, toAssign, skipped, unitById };
}

/** Applies (or, with `dryRun`, previews) a plan's rows in a session. OFFICE/ADMIN. */
export async function applyPlan(ctx: Ctx, input: { sessionCode: string; rows: PlanRow[]; errors?: RowError[]; dryRun?: boolean }) {
  if (!canAssign(ctx.actor)) throw forbidden();
  try {
    return await transact(
      async (tx): Promise<PlanResult> => {
        const session = await tx.session.findUnique({ where: { code: input.sessionCode } });
        if (!session) throw new DomainError("INVALID", "errors.invalid", { sessionCode: "errors.notFound" });
        const plan = await resolvePlan(tx, ctx, session.id, input.rows);
        const errors = sortPlanErrors([...(input.errors ?? []), ...plan.errors]);
        if (errors.length) throw new Rollback({ kind: "invalid", errors });
        if (input.dryRun) return { kind: "preview", assignCount: plan.toAssign.length, skippedCount: plan.skipped };
        for (const { s, lead, cos } of plan.toAssign) {
          const unit = (id: string) => plan.unitById.get(id)!; // matched among these active units just above
          await writeAssignments(tx, ctx, s, unit(lead), cos.map(unit));
        }
        await record(tx, ctx, {
          action: "session.applyPlan",
          entity: "Session",
          entityId: session.id,
          after: { assigned: plan.toAssign.map((a) => a.s.number), skipped: plan.skipped },
        });
        return { kind: "applied", assigned: plan.toAssign.length, skipped: plan.skipped };
      },
      { timeout: 180_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}

/** The plan as API rows (`items`, row numbers their indexes): checked cell by cell, then applied as a file is. */
export async function applyPlanItems(ctx: Ctx, input: InputOf<typeof planInput>) {
  if (!canAssign(ctx.actor)) throw forbidden();
  const data = parseInput(planInput, input);
  const { rows, errors } = validatePlanItems(data.items);
  return applyPlan(ctx, { sessionCode: data.sessionCode, rows, errors, dryRun: data.dryRun });
}
