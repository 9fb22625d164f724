// Which unit a name in the file means: its code (D18), its name (省文旅厅) or one of its aliases — the
// official full name (省文化和旅游厅), a former name (its UnitName history). Spaces and the width of brackets do not matter.
import type { Tx } from "@/lib/db";

export type UnitMatch = { id: string } | { problem: "unknownUnit" | "ambiguousUnit" };

const normalize = (name: string) => name.replace(/\s+/g, "").replace(/（/g, "(").replace(/）/g, ")").toUpperCase();

/** Loads every active unit once (a province has hundreds at most) and answers names from memory. */
export async function unitMatcher(tx: Tx): Promise<(name: string) => UnitMatch> {
  const units = await tx.unit.findMany({
    where: { active: true },
    // Former names (issue 11: a unit renamed) match like aliases: a current name or code still wins.
    select: { id: true, code: true, name: true, aliases: true, names: { where: { validTo: { not: null } }, select: { name: true } } },
  });
  const ids = new Map<string, Set<string>>();
  const add = (key: string, id: string) => ids.set(key, (ids.get(key) ?? new Set()).add(id));
  for (const unit of units)
    for (const key of [unit.code, unit.name, ...unit.aliases, ...unit.names.map((n) => n.name)]) add(normalize(key), unit.id);
  // A code or a name is exact; an alias shared by two units cannot decide between them.
  const exact = new Map<string, string>();
  for (const unit of units) for (const key of [unit.code, unit.name]) exact.set(normalize(key), unit.id);
  return (name) => {
    const key = normalize(name);
    const found = exact.get(key);
    if (found) return { id: found };
    const candidates = ids.get(key);
    if (!candidates) return { problem: "unknownUnit" };
    const [only, ...others] = candidates;
    return only && others.length === 0 ? { id: only } : { problem: "ambiguousUnit" };
  };
}
