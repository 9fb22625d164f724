import "server-only";
// A unit's name at a moment (issue 11): a signed letter prints the name its unit had when it was signed, not
// the name it has since been renamed to. The names over time are UnitName rows; a unit without any (written
// before the table existed, or by a test fixture) has only ever had its current name.
import { db, type Tx } from "@/lib/db";

export type NameAt = (unitId: string, at: Date | null | undefined, current: string) => string;

/** A unit's name rows as a query selects them (oldest first) to go with its record, e.g. a reply's unit. */
export const unitNameRows = {
  select: { unitId: true, name: true, validTo: true },
  orderBy: [{ validFrom: "asc" as const }, { id: "asc" as const }],
};

/** Names at any moment from the name rows of the units concerned, oldest first. */
export function nameAtFrom(rows: readonly { unitId: string; name: string; validTo: Date | null }[]): NameAt {
  return (unitId, at, current) => {
    if (!at) return current; // not signed yet: the name it has now
    // The first name still valid at `at`; a moment before the first recorded name gets that first name.
    const row = rows.find((r) => r.unitId === unitId && (r.validTo === null || r.validTo > at));
    return row?.name ?? current;
  };
}

/**
 * Loads the name histories of `unitIds` once and answers names at any moment from memory. Inside a
 * transaction pass its client: another connection from the pool while holding one can exhaust the pool.
 */
export async function unitNamesAt(unitIds: Iterable<string>, client: Tx = db): Promise<NameAt> {
  const ids = [...new Set(unitIds)];
  return nameAtFrom(ids.length ? await client.unitName.findMany({ where: { unitId: { in: ids } }, ...unitNameRows }) : []);
}
