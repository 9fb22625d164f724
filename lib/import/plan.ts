// Resolves the validated rows of an import against the database: which rows are new, which were imported
// before (same number in the session: skipped, so a second import creates nothing), which deputies are
// unknown (the office chooses to create them), and which unit names do not exist (row errors).
import type { Tx } from "@/lib/db";
import { COLUMNS, type RowError, type SuggestionRow } from "./suggestion-rows";

export interface DeputyKey {
  name: string;
  delegation: string;
}

export interface ImportPlan {
  sessionId: string;
  replyDays: number;
  newRows: SuggestionRow[];
  skipped: { row: number; number: string }[];
  unknownDeputies: DeputyKey[];
  errors: RowError[];
  /** name|delegation → id, and name → ids for co-signers */
  deputyIds: Map<string, string>;
  deputyIdsByName: Map<string, { id: string; delegation: string }[]>;
  unitIds: Map<string, string>;
}

export const deputyKey = (name: string, delegation: string) => `${name}|${delegation}`;

export async function planImport(tx: Tx, session: { id: string; replyDays: number }, rows: SuggestionRow[]): Promise<ImportPlan> {
  const numbers = rows.map((r) => r.number);
  const existing = await tx.suggestion.findMany({ where: { sessionId: session.id, number: { in: numbers } }, select: { number: true } });
  const existingNumbers = new Set(existing.map((s) => s.number));
  const newRows = rows.filter((r) => !existingNumbers.has(r.number));
  const skipped = rows.filter((r) => existingNumbers.has(r.number)).map((r) => ({ row: r.row, number: r.number }));

  const names = [...new Set(newRows.flatMap((r) => [r.leadDeputy, ...r.coSigners]))];
  const deputies = await tx.deputy.findMany({ where: { name: { in: names } }, select: { id: true, name: true, delegation: true } });
  const deputyIds = new Map(deputies.map((d) => [deputyKey(d.name, d.delegation), d.id]));
  const deputyIdsByName = new Map<string, { id: string; delegation: string }[]>();
  for (const d of deputies) deputyIdsByName.set(d.name, [...(deputyIdsByName.get(d.name) ?? []), { id: d.id, delegation: d.delegation }]);

  const unknown = new Map<string, DeputyKey>();
  for (const r of newRows) {
    if (!deputyIds.has(deputyKey(r.leadDeputy, r.delegation))) unknown.set(deputyKey(r.leadDeputy, r.delegation), { name: r.leadDeputy, delegation: r.delegation });
    // A co-signer named in the file is matched by name; when unknown, assume the lead deputy's delegation.
    for (const name of r.coSigners) {
      if (!deputyIdsByName.has(name) && !unknown.has(deputyKey(name, r.delegation))) unknown.set(deputyKey(name, r.delegation), { name, delegation: r.delegation });
    }
  }

  const unitNames = [...new Set(newRows.flatMap((r) => [r.leadUnit, ...r.coUnits]).filter(Boolean))];
  const units = await tx.unit.findMany({
    where: { active: true, OR: [{ name: { in: unitNames } }, { code: { in: unitNames } }] },
    select: { id: true, name: true, code: true },
  });
  const unitIds = new Map<string, string>();
  for (const u of units) unitIds.set(u.name, u.id).set(u.code, u.id);
  const errors: RowError[] = [];
  for (const r of newRows) {
    if (r.leadUnit && !unitIds.has(r.leadUnit)) errors.push({ row: r.row, column: COLUMNS.leadUnit, messageKey: "office.import.errors.cell.unknownUnit" });
    for (const name of r.coUnits) {
      if (!unitIds.has(name)) errors.push({ row: r.row, column: COLUMNS.coUnits, messageKey: "office.import.errors.cell.unknownUnit" });
      else if (unitIds.get(name) === unitIds.get(r.leadUnit)) errors.push({ row: r.row, column: COLUMNS.coUnits, messageKey: "office.import.errors.cell.coIsLead" });
    }
  }
  return {
    sessionId: session.id,
    replyDays: session.replyDays,
    newRows,
    skipped,
    unknownDeputies: [...unknown.values()],
    errors,
    deputyIds,
    deputyIdsByName,
    unitIds,
  };
}
