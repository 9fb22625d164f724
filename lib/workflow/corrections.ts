// The office corrects a registered suggestion's own facts (issue 11): title, content, field, lead deputy,
// co-signers, urgency, confidentiality. A co-signer taken off keeps their row (removedAt), so nothing is deleted.
import type { Tx } from "@/lib/db";
import { parseInput, invalidField, type InputOf } from "@/lib/validation/parse";
import { correctSuggestionInput } from "@/lib/validation/corrections";
import { nowOf, type Ctx } from "./context";
import { assertMayCorrect, assertSeen, assertSomeChange, noteChange, recordCorrection, type Change } from "./corrections-common";
import { loadSuggestion } from "./load";
import { transact } from "./transaction";
import { bumpSuggestion } from "./version";

const deputy = { select: { id: true, name: true } } as const;
const include = { leadDeputy: deputy, coSigners: { include: { deputy } } };

/** The deputies of `ids` by id; an unknown id is 400 on `field` (with its index for a list). */
async function deputiesOf(tx: Tx, ids: string[], field: string) {
  const found = await tx.deputy.findMany({ where: { id: { in: ids } }, select: { id: true, name: true } });
  const byId = new Map(found.map((d) => [d.id, d]));
  ids.forEach((id, i) => {
    if (!byId.has(id)) throw invalidField(field.endsWith("s") ? `${field}.${i}` : field, "errors.field.unknownDeputy");
  });
  return byId;
}

/**
 * Corrects what was registered. OFFICE/ADMIN (403 otherwise), a reason always, `expectedVersion` current (409).
 * `coSignerIds` is the whole new list; the lead deputy is never also a co-signer. Making a suggestion
 * confidential takes its published replies off the public page. The lead deputy (and the one replaced) is told.
 */
export async function correctSuggestion(ctx: Ctx, suggestionId: string, input: InputOf<typeof correctSuggestionInput>) {
  return transact(async (tx) => {
    const s = await loadSuggestion(tx, ctx.actor, suggestionId, include);
    assertMayCorrect(ctx);
    const data = parseInput(correctSuggestionInput, input);
    assertSeen(data.expectedVersion, s);
    const now = nowOf(ctx);
    const lead =
      data.leadDeputyId && data.leadDeputyId !== s.leadDeputyId
        ? (await deputiesOf(tx, [data.leadDeputyId], "leadDeputyId")).get(data.leadDeputyId)!
        : s.leadDeputy;
    const current = s.coSigners.filter((c) => !c.removedAt);
    const wanted = (data.coSignerIds ?? current.map((c) => c.deputyId)).filter((id) => id !== lead.id);
    const names = await deputiesOf(tx, data.coSignerIds ?? [], "coSignerIds");
    for (const c of s.coSigners) names.set(c.deputyId, c.deputy);

    const changes: Change[] = [];
    noteChange(changes, "title", s.title, data.title);
    // A browser sends a textarea's line breaks as CRLF: the same text with other line ends is no correction.
    const lines = (text: string) => text.replace(/\r\n?/g, "\n");
    const content = data.content !== undefined && lines(data.content) !== lines(s.content) ? data.content : undefined;
    if (content !== undefined) changes.push({ field: "content", from: null, to: null });
    noteChange(changes, "field", s.field, data.field);
    noteChange(changes, "leadDeputy", s.leadDeputy.name, lead.name);
    const nameList = (ids: string[]) => ids.map((id) => names.get(id)?.name ?? id);
    const currentIds = current.map((c) => c.deputyId);
    if ([...currentIds].sort().join() !== [...wanted].sort().join())
      changes.push({ field: "coSigners", from: nameList(currentIds), to: nameList(wanted) });
    noteChange(changes, "urgent", s.urgent, data.urgent);
    noteChange(changes, "confidential", s.confidential, data.confidential);
    assertSomeChange(changes);

    const removed = currentIds.filter((id) => !wanted.includes(id));
    const added = wanted.filter((id) => !currentIds.includes(id));
    if (removed.length)
      await tx.suggestionCoSigner.updateMany({ where: { suggestionId: s.id, deputyId: { in: removed } }, data: { removedAt: now } });
    for (const deputyId of added) {
      await tx.suggestionCoSigner.upsert({
        where: { suggestionId_deputyId: { suggestionId: s.id, deputyId } },
        create: { suggestionId: s.id, deputyId },
        update: { removedAt: null },
      });
    }
    // Confidential matters are never published (SPEC §2): replies already public leave the public page.
    const unpublished =
      data.confidential && !s.confidential
        ? await tx.reply.updateMany({ where: { suggestionId: s.id, publishable: true }, data: { publishable: false } })
        : undefined;
    const facts = {
      title: data.title,
      content,
      field: data.field,
      leadDeputyId: lead.id,
      urgent: data.urgent,
      confidential: data.confidential,
    };
    const updated = await bumpSuggestion(tx, ctx, s, facts);
    // The facts before and after, the content only when it changed (it may be long).
    const factsOf = (row: typeof updated, coSignerIds: string[]) => ({
      title: row.title,
      ...(changes.some((c) => c.field === "content") ? { content: row.content } : {}),
      field: row.field,
      leadDeputyId: row.leadDeputyId,
      coSignerIds,
      urgent: row.urgent,
      confidential: row.confidential,
    });
    await recordCorrection(
      tx,
      ctx,
      updated,
      "correction.facts",
      {
        changes,
        reason: data.reason,
        before: factsOf(s, currentIds),
        after: { ...factsOf(updated, wanted), ...(unpublished?.count ? { unpublishedReplies: unpublished.count } : {}) },
      },
      [lead.id, s.leadDeputyId],
    );
    return updated;
  });
}
