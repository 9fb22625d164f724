// The records the fuzz tests aim at: suggestions in every state, one that belongs to another unit and
// another deputy (the "other people's records"), open requests, and an API token for every user.
import fc from "fast-check";
import type { Actor } from "@/lib/auth/user";
import { issueToken } from "@/lib/api/tokens";
import { db } from "@/lib/db";
import { recordCommunication } from "@/lib/workflow/communications";
import { draftReply, submitReply } from "@/lib/workflow/replies";
import { registerSuggestions } from "@/lib/workflow/register";
import { requestExtension, requestReassignment } from "@/lib/workflow/requests";
import { assignSuggestion } from "@/lib/workflow/assign";
import { assignTo, at, buildWorld, ctxOf, newSuggestion, replyAndSign, type World } from "../../integration/workflow-fixtures";

export interface FuzzWorld {
  w: World;
  actors: Record<string, Actor>;
  tokens: Record<string, string>;
  /** Who may never touch `foreign` (a suggestion of another unit and deputy) or its reply. */
  strangersToForeign: string[];
  foreign: { suggestionId: string; replyId: string };
  ids: { suggestions: string[]; replies: string[]; requests: string[]; commitments: string[]; users: string[]; tokens: string[] };
  codes: { units: string[]; sessions: string[]; deputies: string[] };
}

export async function buildFuzzWorld(): Promise<FuzzWorld> {
  const w = await buildWorld();
  const pending = await newSuggestion(w);
  const assigned = await newSuggestion(w);
  await assignTo(w, assigned.id);
  const signed = await newSuggestion(w);
  await assignTo(w, signed.id);
  const signedReply = await replyAndSign(w, signed.id, { category: "B" });
  const review = await newSuggestion(w);
  await assignTo(w, review.id);
  await recordCommunication(ctxOf(w.leadHandler, at(1)), review.id, { method: "PHONE", occurredAt: at(1), summary: "电话" });
  const draft = await draftReply(ctxOf(w.leadHandler, at(1)), review.id, { category: "A", text: "答复" });
  await submitReply(ctxOf(w.leadHandler, at(1)), draft.id);
  const reassign = await requestReassignment(ctxOf(w.leadHandler, at(0.5)), assigned.id, { reason: "不属于本单位职责" });
  const extension = await requestExtension(ctxOf(w.leadHandler, at(2)), review.id, {
    reason: "需要时间",
    requestedDueAt: at(120),
    toldDeputyAt: at(1),
  });

  // Someone else's: led by another deputy, handled by another unit.
  const [foreign] = await registerSuggestions(ctxOf(w.office, at(-1)), {
    sessionCode: w.session.code,
    items: [{ number: "9001", title: "别人的建议", content: "内容", leadDeputyId: w.deputies.stranger.id }],
  });
  await assignSuggestion(ctxOf(w.office, at(0)), foreign.id, { leadUnitCode: w.units.other.code });
  await recordCommunication(ctxOf(w.otherHandler, at(1)), foreign.id, { method: "PHONE", occurredAt: at(1), summary: "电话" });
  const foreignReply = await draftReply(ctxOf(w.otherHandler, at(1)), foreign.id, { category: "A", text: "答复" });

  const actors: Record<string, Actor> = {
    admin: w.admin,
    office: w.office,
    leader: w.leader,
    leadHandler: w.leadHandler,
    leadLeader: w.leadLeader,
    coHandler: w.coHandler,
    coLeader: w.coLeader,
    otherHandler: w.otherHandler,
    otherLeader: w.otherLeader,
    leadDeputy: w.leadDeputy,
    cosignerDeputy: w.cosignerDeputy,
    strangerDeputy: w.strangerDeputy,
  };
  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(actors)) tokens[name] = (await issueToken(actor.id)).token;
  tokens.revoked = (await issueToken(w.office.id, "revoked")).token;
  await db.apiToken.updateMany({ where: { name: "revoked" }, data: { revokedAt: new Date() } });

  const commitments = await db.commitment.findMany({ where: { replyId: signedReply.id }, select: { id: true } });
  const users = await db.user.findMany({ select: { id: true } });
  const apiTokens = await db.apiToken.findMany({ select: { id: true } });
  return {
    w,
    actors,
    tokens,
    strangersToForeign: ["leadHandler", "leadLeader", "coHandler", "coLeader", "leadDeputy", "cosignerDeputy"],
    foreign: { suggestionId: foreign.id, replyId: foreignReply.id },
    ids: {
      suggestions: [pending.id, assigned.id, signed.id, review.id, foreign.id],
      replies: [signedReply.id, draft.id, foreignReply.id],
      requests: [reassign.id, extension.id],
      commitments: commitments.map((c) => c.id),
      users: users.map((u) => u.id),
      tokens: apiTokens.map((t) => t.id),
    },
    codes: {
      units: [w.units.lead.code, w.units.co.code, w.units.other.code],
      sessions: [w.session.code],
      deputies: [w.deputies.lead.id, w.deputies.cosigner.id, w.deputies.stranger.id],
    },
  };
}

/** Real ids and codes of every kind, plus near misses: what "an id of someone else's record" draws from. */
export function poolOf(fw: FuzzWorld): fc.Arbitrary<string> {
  const all = [...Object.values(fw.ids).flat(), ...Object.values(fw.codes).flat()];
  return fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...all) },
    { weight: 1, arbitrary: fc.constantFrom(...all).map((s) => `${s}x`) },
    { weight: 1, arbitrary: fc.constantFrom("", " ", "missing", "../..", "%00", "0", "-1", "null") },
  );
}

/** Hints for zod-arbitrary: fields that name records draw real ids and codes. */
export function hintsOf(fw: FuzzWorld) {
  const pick = (list: string[]) => fc.constantFrom(...list);
  const units = pick(fw.codes.units);
  const deputies = pick(fw.codes.deputies);
  return {
    leadUnitCode: units,
    unitCode: units,
    newLeadUnitCode: units,
    unit: units,
    coUnitCodes: fc.uniqueArray(units, { maxLength: 2 }),
    sessionCode: pick(fw.codes.sessions),
    session: pick(fw.codes.sessions),
    leadDeputyId: deputies,
    deputyId: deputies,
    coSignerIds: fc.uniqueArray(deputies, { maxLength: 2 }),
    commitmentId: pick([...fw.ids.commitments, "nope"]),
    suggestionIds: fc.uniqueArray(pick(fw.ids.suggestions), { minLength: 1, maxLength: 3 }),
  };
}
