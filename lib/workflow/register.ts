// Registration of suggestions by OFFICE (one or a batch, all or nothing) and withdrawal (撤回).
import { DomainError, forbidden, ruleBlocks } from "@/lib/errors";
import { activeLead, canRegister, canWithdraw } from "@/lib/permissions/can";
import { registerSuggestionInput, registerSuggestionsInput } from "@/lib/validation/suggestions";
import { invalidField, parseInput, unwrap, type InputOf } from "@/lib/validation/parse";
import { nowOf, type Ctx } from "./context";
import { assignmentsInclude, loadSuggestion } from "./load";
import { record, recordMany } from "./record";
import { isWithdrawable } from "./states";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";
import { notifyUnit } from "@/lib/notifications/notify";

export type RegisterInput = InputOf<typeof registerSuggestionsInput> | InputOf<typeof registerSuggestionInput>;

/**
 * Registers suggestions in a session. OFFICE. Accepts `{sessionCode, items:[…]}` or one suggestion's fields
 * beside `sessionCode`. All or nothing: a number already in the session (or twice in the batch) is 409
 * naming the number; an unknown session or deputy is 400 on that field. Returns the created suggestions.
 */
export async function registerSuggestions(ctx: Ctx, input: RegisterInput) {
  if (!canRegister(ctx.actor)) throw forbidden();
  const raw = unwrap(input);
  const data =
    raw && typeof raw === "object" && !("items" in raw) && "number" in raw
      ? (({ sessionCode, ...item }) => ({ sessionCode, items: [item] }))(parseInput(registerSuggestionInput, input))
      : parseInput(registerSuggestionsInput, input);
  const now = nowOf(ctx);

  const seen = new Set<string>();
  for (const item of data.items) {
    if (seen.has(item.number)) throw new DomainError("CONFLICT", "errors.duplicateNumber", undefined, { number: item.number });
    seen.add(item.number);
  }

  return transact(
    async (tx) => {
      const session = await tx.session.findUnique({ where: { code: data.sessionCode } });
      if (!session) throw invalidField("sessionCode", "errors.field.unknownSession");
      const existing = await tx.suggestion.findFirst({
        where: { sessionId: session.id, number: { in: [...seen] } },
        select: { number: true },
      });
      if (existing) throw new DomainError("CONFLICT", "errors.duplicateNumber", undefined, { number: existing.number });

      const deputyIds = new Set(data.items.flatMap((i) => [i.leadDeputyId, ...(i.coSignerIds ?? [])]));
      const known = new Set((await tx.deputy.findMany({ where: { id: { in: [...deputyIds] } }, select: { id: true } })).map((d) => d.id));
      data.items.forEach((item, i) => {
        if (!known.has(item.leadDeputyId)) throw invalidField(`items.${i}.leadDeputyId`, "errors.field.unknownDeputy");
        const unknown = (item.coSignerIds ?? []).findIndex((id) => !known.has(id));
        if (unknown >= 0) throw invalidField(`items.${i}.coSignerIds.${unknown}`, "errors.field.unknownDeputy");
      });

      const created = await tx.suggestion.createManyAndReturn({
        data: data.items.map((item) => ({
          sessionId: session.id,
          number: item.number,
          title: item.title,
          content: item.content,
          field: item.field ?? "其他",
          leadDeputyId: item.leadDeputyId,
          submittedAt: item.submittedAt ?? now,
          urgent: item.urgent ?? false,
          confidential: item.confidential ?? false,
          createdAt: now,
          updatedAt: now,
        })),
      });
      const byNumber = new Map(created.map((s) => [s.number, s]));
      const coSigners = data.items.flatMap((item) => {
        const s = byNumber.get(item.number)!;
        return (item.coSignerIds ?? []).filter((id) => id !== item.leadDeputyId).map((deputyId) => ({ suggestionId: s.id, deputyId }));
      });
      if (coSigners.length) await tx.suggestionCoSigner.createMany({ data: coSigners, skipDuplicates: true });
      await recordMany(
        tx,
        ctx,
        data.items.map((item) => {
          const s = byNumber.get(item.number)!;
          return {
            action: "suggestion.register",
            entity: "Suggestion",
            entityId: s.id,
            suggestionId: s.id,
            after: { ...s, coSignerIds: item.coSignerIds ?? [] },
          };
        }),
      );
      return data.items.map((item) => byNumber.get(item.number)!);
    },
    { timeout: 180_000 },
  );
}

/**
 * Withdraws a suggestion (撤回) before any signed reply: the lead deputy, or OFFICE on their behalf.
 * A co-signer or a unit is 403; status after a signed reply is 422. The lead unit is told.
 */
export async function withdrawSuggestion(ctx: Ctx, suggestionId: string) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, assignmentsInclude);
    if (!canWithdraw(ctx.actor, s)) throw forbidden();
    if (s.status === "WITHDRAWN") throw ruleBlocks("withdrawn");
    const signed = await tx.reply.count({ where: { suggestionId: s.id, state: "SIGNED" } });
    if (signed > 0 || !isWithdrawable(s.status)) throw ruleBlocks("withdrawAfterReply");
    const now = nowOf(ctx);
    const updated = await bumpSuggestion(tx, ctx, s, { status: "WITHDRAWN", withdrawnAt: now });
    await record(tx, ctx, {
      action: "suggestion.withdraw",
      entity: "Suggestion",
      entityId: s.id,
      suggestionId: s.id,
      before: { status: s.status },
      after: { status: updated.status, withdrawnAt: now },
    });
    const lead = activeLead(s.assignments);
    if (lead) await notifyUnit(tx, lead.unitId, "suggestion.withdrawn", s.id, { number: s.number, title: s.title }, undefined, { at: now });
    return updated;
  });
}
