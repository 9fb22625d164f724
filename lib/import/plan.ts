// Resolves the rows of an import against the database: which rows are new, which were imported before
// (same number in the session: skipped, so a second import creates nothing), which deputies are unknown,
// and which unit names match no unit. The same plan serves the preview and the import, so both find the
// same problems.
import type { Tx } from "@/lib/db";
import { cellError, type RowError, type SuggestionRow } from "./suggestion-rows";
import { unitMatcher } from "./units";

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
  /** name in the file → unit id */
  unitIds: Map<string, string>;
}

export const deputyKey = (name: string, delegation: string) => `${name}|${delegation}`;

export async function planImport(
  tx: Tx,
  session: { id: string; replyDays: number },
  rows: SuggestionRow[],
  createUnknownDeputies: boolean,
): Promise<ImportPlan> {
  const numbers = rows.map((r) => r.number).filter(Boolean);
  const existing = await tx.suggestion.findMany({ where: { sessionId: session.id, number: { in: numbers } }, select: { number: true } });
  const existingNumbers = new Set(existing.map((s) => s.number));
  const newRows = rows.filter((r) => !existingNumbers.has(r.number));
  const skipped = rows.filter((r) => existingNumbers.has(r.number)).map((r) => ({ row: r.row, number: r.number }));
  const errors: RowError[] = [];

  const names = [...new Set(newRows.flatMap((r) => [r.leadDeputy, ...r.coSigners]).filter(Boolean))];
  const deputies = await tx.deputy.findMany({ where: { name: { in: names } }, select: { id: true, name: true, delegation: true } });
  const deputyIds = new Map(deputies.map((d) => [deputyKey(d.name, d.delegation), d.id]));
  const deputyIdsByName = new Map<string, { id: string; delegation: string }[]>();
  for (const d of deputies) deputyIdsByName.set(d.name, [...(deputyIdsByName.get(d.name) ?? []), { id: d.id, delegation: d.delegation }]);

  const unknown = new Map<string, DeputyKey>();
  for (const r of newRows) {
    if (r.leadDeputy && r.delegation && !deputyIds.has(deputyKey(r.leadDeputy, r.delegation))) {
      unknown.set(deputyKey(r.leadDeputy, r.delegation), { name: r.leadDeputy, delegation: r.delegation });
      if (!createUnknownDeputies)
        errors.push(cellError(r.row, "leadDeputy", "unknownDeputy", { name: r.leadDeputy, delegation: r.delegation }));
    }
    // A co-signer named in the file is matched by name; when unknown, assume the lead deputy's delegation.
    for (const name of r.coSigners) {
      if (deputyIdsByName.has(name)) continue;
      if (r.delegation) unknown.set(deputyKey(name, r.delegation), { name, delegation: r.delegation });
      if (!createUnknownDeputies) errors.push(cellError(r.row, "coSigners", "unknownDeputy", { name, delegation: r.delegation }));
    }
  }

  const match = await unitMatcher(tx);
  const unitIds = new Map<string, string>();
  const resolve = (row: number, column: "leadUnit" | "coUnits", name: string) => {
    const found = match(name);
    if ("id" in found) unitIds.set(name, found.id);
    else errors.push(cellError(row, column, found.problem, { name }));
    return "id" in found ? found.id : null;
  };
  for (const r of newRows) {
    const lead = r.leadUnit ? resolve(r.row, "leadUnit", r.leadUnit) : null;
    const seen = new Set<string>();
    for (const name of r.coUnits) {
      const id = resolve(r.row, "coUnits", name);
      if (id && id === lead) errors.push(cellError(r.row, "coUnits", "coIsLead", { name }));
      else if (id && seen.has(id)) errors.push(cellError(r.row, "coUnits", "duplicateUnit", { name }));
      if (id) seen.add(id);
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
