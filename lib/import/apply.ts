// The import of a suggestion file (SPEC §7): validate every row, resolve it against the database, then
// write everything — new deputies, suggestions, co-signers, the distribution plan's assignments, audit
// events and notifications — in one transaction, or nothing at all. The writes are the workflow's
// (lib/workflow/import.ts), like every other change of workflow data.
import { db } from "@/lib/db";
import { DomainError, forbidden } from "@/lib/errors";
import { isOffice } from "@/lib/permissions/roles";
import type { Ctx } from "@/lib/workflow/context";
import { writeImport } from "@/lib/workflow/import";
import { transact } from "@/lib/workflow/transaction";
import { planImport, type DeputyKey } from "./plan";
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
    // transact: a number taken meanwhile (a unique index) is 409, as for every act.
    return await transact(
      async (tx) => {
        const plan = await planImport(tx, session, rows, input.createUnknownDeputies);
        const all = sortErrors([...errors, ...plan.errors]);
        if (all.length) throw new Rollback({ kind: "invalid", errors: all });
        if (input.dryRun) {
          const assignCount = plan.newRows.filter((r) => r.leadUnit).length;
          return {
            kind: "preview",
            newCount: plan.newRows.length,
            skippedCount: plan.skipped.length,
            assignCount,
            unknownDeputies: plan.unknownDeputies,
          };
        }
        return { kind: "imported", ...(await writeImport(tx, ctx, plan)) };
      },
      { timeout: 180_000 },
    );
  } catch (error) {
    if (error instanceof Rollback) return error.result;
    throw error;
  }
}
