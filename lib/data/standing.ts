import "server-only";
// Reads behind the office's merge corrections on the detail page: the suggestions a clerk names by number,
// looked up in the merged group's session, as the actor may see them.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { forbidden, notFound } from "@/lib/errors";
import { canCorrectMerge } from "@/lib/permissions/can";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { invalidField } from "@/lib/validation/parse";

/** The ids of `numbers` in the group's session, in the order typed; an unknown number is a field error on `numbers`. */
export async function suggestionIdsForMerge(actor: Actor, groupId: string, numbers: string[]): Promise<string[]> {
  if (!canCorrectMerge(actor)) throw forbidden();
  const group = await db.mergeGroup.findUnique({ where: { id: groupId }, select: { sessionId: true } });
  if (!group) throw notFound();
  if (numbers.length === 0) throw invalidField("numbers", "errors.field.required");
  const rows = await db.suggestion.findMany({
    where: { AND: [{ sessionId: group.sessionId, number: { in: numbers } }, suggestionScope(actor)] },
    select: { id: true, number: true },
  });
  const byNumber = new Map(rows.map((r) => [r.number, r.id]));
  const ids = numbers.map((n) => byNumber.get(n));
  if (ids.some((id) => !id)) throw invalidField("numbers", "standing.errors.unknownNumber");
  return ids.filter((id): id is string => !!id);
}
