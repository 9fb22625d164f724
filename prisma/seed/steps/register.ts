// Registration: the office enters each batch of suggestions (one session, one registration time) at once.
import type { Actor } from "@/lib/auth/user";
import { registerSuggestions } from "@/lib/workflow/register";
import type { DemoPlan, PlannedSuggestion } from "../data/plan";

/** Registers every planned suggestion; returns their ids by "<session>/<number>". */
export async function registerPlannedSuggestions(
  office: Actor,
  plan: DemoPlan,
  deputyIds: Map<number, string>,
): Promise<Map<string, string>> {
  const batches = new Map<string, PlannedSuggestion[]>();
  for (const s of plan.suggestions) {
    const key = `${s.sessionCode}@${s.registeredAt.getTime()}`;
    batches.set(key, [...(batches.get(key) ?? []), s]);
  }
  const ids = new Map<string, string>();
  for (const batch of batches.values()) {
    const first = batch[0];
    if (!first) continue;
    const created = await registerSuggestions(
      { actor: office, now: first.registeredAt },
      {
        sessionCode: first.sessionCode,
        items: batch.map((s) => ({
          number: s.number,
          title: s.title,
          content: s.content,
          field: s.field,
          leadDeputyId: deputyIds.get(s.leadDeputy)!,
          coSignerIds: s.coSigners.map((i) => deputyIds.get(i)!),
          submittedAt: s.submittedAt.toISOString(),
          urgent: s.urgent,
        })),
      },
    );
    for (const c of created) ids.set(`${first.sessionCode}/${c.number}`, c.id);
  }
  return ids;
}
