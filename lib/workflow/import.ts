// The writes of a suggestion import (SPEC §7), in the importing transaction: the deputies the office chose to
// create, the suggestions with their co-signers, the distribution plan's assignments (due dates as in
// assign.ts), one audit event per record (lib/audit.ts, through record.ts) and one notification per unit
// user for the whole batch. Batched by CHUNK rows: a 10,000-row file is a few dozen statements, not 50,000, each
// an INSERT from arrays (import-rows.ts).
import type { Tx } from "@/lib/db";
import { deputyKey, type ImportPlan } from "@/lib/import/plan";
import { notifyUnit } from "@/lib/notifications/notify";
import { nowOf, type Ctx } from "./context";
import { coDueAt, leadDueAt } from "./deadlines";
import { insertAssignments, insertCoSigners, insertDeputies, insertSuggestions, type NewAssignment } from "./import-rows";
import { recordMany } from "./record";

export interface ImportWritten {
  created: number;
  skipped: number;
  assigned: number;
  deputiesCreated: number;
}

const CHUNK = 1000;
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

/** Creates the deputies the plan found unknown (the office chose to), and adds them to the plan's lookups. */
async function createDeputies(tx: Tx, ctx: Ctx, plan: ImportPlan): Promise<number> {
  if (!plan.unknownDeputies.length) return 0;
  const created = await insertDeputies(tx, plan.unknownDeputies, new Date());
  await recordMany(
    tx,
    ctx,
    created.map((d) => ({
      action: "deputy.create",
      entity: "Deputy",
      entityId: d.id,
      after: { name: d.name, delegation: d.delegation, source: "import" },
    })),
  );
  for (const d of created) {
    plan.deputyIds.set(deputyKey(d.name, d.delegation), d.id);
    plan.deputyIdsByName.set(d.name, [...(plan.deputyIdsByName.get(d.name) ?? []), { id: d.id, delegation: d.delegation }]);
  }
  return created.length;
}

/** Writes a checked import plan. The caller (lib/import/apply.ts) has authorized the office and validated the file. */
export async function writeImport(tx: Tx, ctx: Ctx, plan: ImportPlan): Promise<ImportWritten> {
  const now = nowOf(ctx);
  const deputiesCreated = await createDeputies(tx, ctx, plan);
  const coSignerId = (name: string, delegation: string) => {
    const candidates = plan.deputyIdsByName.get(name) ?? [];
    return (candidates.find((c) => c.delegation === delegation) ?? candidates[0])?.id;
  };

  let assigned = 0;
  const unitLoad = new Map<string, number>();
  for (const rows of chunks(plan.newRows)) {
    const suggestions = await insertSuggestions(
      tx,
      plan.sessionId,
      rows.map((r) => ({
        number: r.number,
        title: r.title,
        content: r.content,
        field: r.field,
        leadDeputyId: plan.deputyIds.get(deputyKey(r.leadDeputy, r.delegation))!,
        submittedAt: r.submittedAt ?? now,
        urgent: r.urgent,
        confidential: r.confidential,
        // A row with its lead unit is registered and assigned at once (交办), as assign.ts would leave it.
        status: r.leadUnit ? "IN_PROGRESS" : "PENDING",
      })),
      new Date(),
    );
    const byNumber = new Map(suggestions.map((s) => [s.number, s]));
    const coSigners = rows.flatMap((r) => {
      const s = byNumber.get(r.number)!;
      const ids = new Set(
        r.coSigners.map((name) => coSignerId(name, r.delegation)).filter((id): id is string => !!id && id !== s.leadDeputyId),
      );
      return [...ids].map((deputyId) => ({ suggestionId: s.id, deputyId }));
    });
    await insertCoSigners(tx, coSigners);
    const assignments = rows.flatMap((r): NewAssignment[] => {
      if (!r.leadUnit) return [];
      const suggestionId = byNumber.get(r.number)!.id;
      const by = { suggestionId, assignedAt: now, createdById: ctx.actor.id ?? null };
      const lead = { ...by, unitId: plan.unitIds.get(r.leadUnit)!, role: "LEAD" as const, dueAt: leadDueAt(now, plan.replyDays, r.urgent) };
      return [lead, ...r.coUnits.map((name) => ({ ...by, unitId: plan.unitIds.get(name)!, role: "CO" as const, dueAt: coDueAt(now) }))];
    });
    if (assignments.length) {
      await insertAssignments(tx, assignments, new Date());
      for (const a of assignments) unitLoad.set(a.unitId, (unitLoad.get(a.unitId) ?? 0) + 1);
      assigned += rows.filter((r) => r.leadUnit).length;
    }
    await recordMany(
      tx,
      ctx,
      rows.map((r) => {
        const s = byNumber.get(r.number)!;
        return {
          action: "suggestion.import",
          entity: "Suggestion",
          entityId: s.id,
          suggestionId: s.id,
          after: {
            number: r.number,
            title: r.title,
            urgent: r.urgent,
            confidential: r.confidential,
            leadUnit: r.leadUnit || null,
            coUnits: r.coUnits,
          },
        };
      }),
    );
  }
  // One notification per unit user for the whole batch, rather than one per suggestion.
  for (const [unitId, count] of unitLoad) await notifyUnit(tx, unitId, "assignment.batch", null, { count }, undefined, { at: now });
  return { created: plan.newRows.length, skipped: plan.skipped.length, assigned, deputiesCreated };
}
