// Row locks: acts on one suggestion run one after another, and every read after the lock sees the state the
// act will change. Several rows are locked in id order, so two acts on the same set never deadlock.
import type { Tx } from "@/lib/db";

/** Locks the suggestions' rows until the transaction ends; answers the ids that exist. */
export async function lockSuggestions(tx: Tx, ids: string[]): Promise<string[]> {
  if (!ids.length) return [];
  const sorted = [...new Set(ids)].sort();
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Suggestion" WHERE id = ANY(${sorted}) ORDER BY id FOR UPDATE`;
  return rows.map((r) => r.id);
}
