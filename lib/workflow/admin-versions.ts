// The optimistic check shared by the administration edits (issue 11): a record's row is locked, compared with
// the version the editor saw, and only then changed, so two editors never overwrite each other silently.
import type { Tx } from "@/lib/db";
import { notFound, staleVersion } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";

type Table = "User" | "Unit" | "Session" | "Deputy";

/**
 * Locks the row whose id is `key` (or, for units and sessions, whose code is: the API names those by code) and
 * answers its id; 404 when absent, 409 when `expected` is not its version.
 */
export async function lockVersioned(tx: Tx, table: Table, key: string, expected: number | undefined) {
  const byCode = table === "Unit" || table === "Session" ? Prisma.sql`OR code = ${key}` : Prisma.empty;
  const rows = await tx.$queryRaw<{ id: string; version: number }[]>`
    SELECT id, version FROM ${Prisma.raw(`"${table}"`)} WHERE id = ${key} ${byCode} ORDER BY id LIMIT 1 FOR UPDATE`;
  const [row] = rows;
  if (!row) throw notFound();
  if (expected !== undefined && expected !== row.version) throw staleVersion();
  return row.id;
}

/** The fields whose values differ: what an edit's audit event keeps as before and after. */
export function changes<T extends Record<string, unknown>>(before: T, after: Partial<T>) {
  const keys = (Object.keys(after) as (keyof T)[]).filter((k) => after[k] !== undefined && after[k] !== before[k]);
  return {
    before: Object.fromEntries(keys.map((k) => [k, before[k]])) as Partial<T>,
    after: Object.fromEntries(keys.map((k) => [k, after[k]])) as Partial<T>,
    changed: keys.length > 0,
  };
}
