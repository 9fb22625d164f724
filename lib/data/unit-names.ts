import "server-only";
// A unit's name at a moment (issue 11): a signed letter prints the name its unit had when it was signed, not
// the name it has since been renamed to. The names over time are UnitName rows; a unit without any (written
// before the table existed, or by a test fixture) has only ever had its current name.
import { db } from "@/lib/db";

export type NameAt = (unitId: string, at: Date | null | undefined, current: string) => string;

/** Loads the name histories of `unitIds` once and answers names at any moment from memory. */
export async function unitNamesAt(unitIds: Iterable<string>): Promise<NameAt> {
  const ids = [...new Set(unitIds)];
  const rows = ids.length
    ? await db.unitName.findMany({ where: { unitId: { in: ids } }, orderBy: [{ validFrom: "asc" }, { id: "asc" }] })
    : [];
  return (unitId, at, current) => {
    if (!at) return current; // not signed yet: the name it has now
    // The first name still valid at `at`; a moment before the first recorded name gets that first name.
    const row = rows.find((r) => r.unitId === unitId && (r.validTo === null || r.validTo > at));
    return row?.name ?? current;
  };
}
