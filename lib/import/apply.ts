// The import of a suggestion file (SPEC §7): validate every row, resolve it against the database, then
// write everything — new deputies, suggestions, co-signers, the distribution plan's assignments, audit
// events and notifications — in one transaction, or nothing at all.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { isOffice } from "@/lib/permissions/roles";
import { coDueAt, leadDueAt } from "@/lib/workflow/deadlines";
import { nowOf, type Ctx } from "@/lib/workflow/context";
import { deputyKey, planImport, type DeputyKey, type ImportPlan } from "./plan";
import { readTable } from "./read-table";
import { sortErrors, validateSuggestionTable, type RowError } from "./suggestion-rows";

export type ImportResult =
  | { kind: "invalid"; errors: RowError[] }
  | { kind: "preview"; newCount: number; skippedCount: number; assignCount: number; unknownDeputies: DeputyKey[] }
  | { kind: "imported"; created: number; skipped: number; assigned: number; deputiesCreated: number };

export interface ImportInput {
  sessionCode: string;
  fileName: string;
  data: ArrayBuffer | Buffer;
  createUnknownDeputies: boolean;
  dryRun?: boolean;
}

const CHUNK = 1000;
const chunks = <T>(items: T[]) => Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) => items.slice(i * CHUNK, (i + 1) * CHUNK));

class Rollback extends Error {
  constructor(readonly result: ImportResult) {
    super("rollback");
  }
}

/**
 * The preview (dryRun) and the import run this same function to the same point: every problem of the file —
 * cells, duplicates, units, deputies — is found in one pass, and the preview finds exactly what the import
 * would refuse. Only then does the import write.
 */
export async function importSuggestions(ctx: Ctx, input: ImportInput): Promise<ImportResult> {
  if (!isOffice(ctx.actor)) throw forbidden();
  const session = await db.session.findUnique({ where: { code: input.sessionCode } });
  if (!session) throw new DomainError("INVALID", "errors.invalid", { sessionCode: "errors.notFound" });
  const { rows, errors, headerErrors } = validateSuggestionTable(await readTable(input.fileName, input.data));
  if (headerErrors) return { kind: "invalid", errors };
  try {
    return await db.$transaction(
      async (tx) => {
        const plan = await planImport(tx, session, rows, input.createUnknownDeputies);
        const all = sortErrors([...errors, ...plan.errors]);
        if (all.length) throw new Rollback({ kind: "invalid", errors: all });
        if (input.dryRun) {
          const assignCount = plan.newRows.filter((r) => r.leadUnit).length;
          return { kind: "preview", newCount: plan.newRows.length, skippedCount: plan.skipped.length, assignCount, unknownDeputies: plan.unknownDeputies };
        }
        return writeImport(tx, ctx, plan);
      },
      { timeout: 180_000, maxWait: 10_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    if ((error as { code?: string }).code === "P2002") throw new DomainError("CONFLICT", "errors.duplicate");
    throw error;
  }
}

type TxOf = Parameters<Parameters<typeof db.$transaction>[0]>[0];

async function writeImport(tx: TxOf, ctx: Ctx, plan: ImportPlan): Promise<ImportResult> {
  const now = nowOf(ctx);
  const actor: Actor = ctx.actor;
  const created = plan.unknownDeputies.length
    ? await tx.deputy.createManyAndReturn({ data: plan.unknownDeputies, select: { id: true, name: true, delegation: true } })
    : [];
  // Deputies the office chose to create from the file are workflow data like any other: audited here.
  if (created.length) {
    await tx.auditEvent.createMany({
      data: created.map((d) => ({ actorId: actor.id, action: "deputy.create", entity: "Deputy", entityId: d.id, after: { name: d.name, delegation: d.delegation, source: "import" } })),
    });
  }
  for (const d of created) {
    plan.deputyIds.set(deputyKey(d.name, d.delegation), d.id);
    plan.deputyIdsByName.set(d.name, [...(plan.deputyIdsByName.get(d.name) ?? []), { id: d.id, delegation: d.delegation }]);
  }
  const coSignerId = (name: string, delegation: string) => {
    const candidates = plan.deputyIdsByName.get(name) ?? [];
    return (candidates.find((c) => c.delegation === delegation) ?? candidates[0])?.id;
  };

  let assigned = 0;
  const unitLoad = new Map<string, number>();
  for (const rows of chunks(plan.newRows)) {
    const suggestions = await tx.suggestion.createManyAndReturn({
      data: rows.map((r) => ({
        sessionId: plan.sessionId,
        number: r.number,
        title: r.title,
        content: r.content,
        field: r.field,
        leadDeputyId: plan.deputyIds.get(deputyKey(r.leadDeputy, r.delegation))!,
        submittedAt: r.submittedAt ?? now,
        urgent: r.urgent,
        confidential: r.confidential,
        status: r.leadUnit ? "IN_PROGRESS" : "PENDING",
      })),
      select: { id: true, number: true, leadDeputyId: true },
    });
    const byNumber = new Map(suggestions.map((s) => [s.number, s]));
    const coSigners = rows.flatMap((r) => {
      const s = byNumber.get(r.number)!;
      const ids = new Set(r.coSigners.map((name) => coSignerId(name, r.delegation)).filter((id): id is string => !!id && id !== s.leadDeputyId));
      return [...ids].map((deputyId) => ({ suggestionId: s.id, deputyId }));
    });
    if (coSigners.length) await tx.suggestionCoSigner.createMany({ data: coSigners, skipDuplicates: true });
    const assignments = rows.flatMap((r) => {
      if (!r.leadUnit) return [];
      const suggestionId = byNumber.get(r.number)!.id;
      const lead = { suggestionId, unitId: plan.unitIds.get(r.leadUnit)!, role: "LEAD" as const, assignedAt: now, dueAt: leadDueAt(now, plan.replyDays, r.urgent), originalDueAt: leadDueAt(now, plan.replyDays, r.urgent), createdById: actor.id };
      const cos = r.coUnits.map((name) => ({ suggestionId, unitId: plan.unitIds.get(name)!, role: "CO" as const, assignedAt: now, dueAt: coDueAt(now), originalDueAt: coDueAt(now), createdById: actor.id }));
      return [lead, ...cos];
    });
    if (assignments.length) {
      await tx.assignment.createMany({ data: assignments });
      for (const a of assignments) unitLoad.set(a.unitId, (unitLoad.get(a.unitId) ?? 0) + 1);
      assigned += rows.filter((r) => r.leadUnit).length;
    }
    await tx.auditEvent.createMany({
      data: rows.map((r) => {
        const s = byNumber.get(r.number)!;
        return { actorId: actor.id, action: "suggestion.import", entity: "Suggestion", entityId: s.id, suggestionId: s.id, after: { number: r.number, title: r.title, urgent: r.urgent, confidential: r.confidential, leadUnit: r.leadUnit || null, coUnits: r.coUnits } };
      }),
    });
  }
  await notifyUnits(tx, unitLoad);
  return { kind: "imported", created: plan.newRows.length, skipped: plan.skipped.length, assigned, deputiesCreated: created.length };
}

/** One notification per unit user for the whole batch, rather than one per suggestion. */
async function notifyUnits(tx: TxOf, unitLoad: Map<string, number>) {
  if (!unitLoad.size) return;
  const users = await tx.user.findMany({
    where: { unitId: { in: [...unitLoad.keys()] }, active: true, role: { in: ["UNIT_HANDLER", "UNIT_LEADER"] } },
    select: { id: true, unitId: true },
  });
  await tx.notification.createMany({
    data: users.map((u) => ({ userId: u.id, kind: "assignment.batch", params: { count: unitLoad.get(u.unitId!) ?? 0 } })),
  });
}
