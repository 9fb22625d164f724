import "server-only";
// What a signed reply's letter (答复函) prints: the reply, its unit's name, the suggestion and its deputies,
// the co-handling units for 抄送, and the signing leader and handling officer with their telephones.
// Only SIGNED replies have a letter; the suggestion is read through the caller's scope, so a letter the
// caller may not see is not found.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";
import { unitNamesAt } from "./unit-names";

const person = { select: { id: true, name: true, phone: true } } as const;
const deputy = { select: { id: true, name: true } } as const;

export async function getReplyLetter(actor: Actor, suggestionId: string, replyId: string) {
  if (!suggestionId || !replyId) return null;
  const reply = await db.reply.findFirst({
    where: { id: replyId, state: "SIGNED", suggestion: { id: suggestionId, ...suggestionScope(actor) } },
    select: {
      id: true,
      category: true,
      text: true,
      publishable: true,
      docNumber: true,
      signedAt: true,
      signedById: true,
      createdById: true,
      unit: { select: { id: true, name: true } },
      commitments: {
        where: { removedAt: null },
        orderBy: [{ dueAt: "asc" }, { id: "asc" }],
        select: { id: true, text: true, dueAt: true },
      },
      suggestion: {
        select: {
          number: true,
          title: true,
          session: { select: { name: true } },
          leadDeputy: deputy,
          coSigners: { where: { removedAt: null }, select: { deputy }, orderBy: [{ deputy: { name: "asc" } }, { deputyId: "asc" }] },
          // 抄送: the co-handling units still on the suggestion (not those moved off by a reassignment).
          assignments: {
            where: { role: "CO", state: "ACTIVE" },
            orderBy: [{ assignedAt: "asc" }, { id: "asc" }],
            select: { unit: { select: { id: true, name: true } } },
          },
        },
      },
    },
  });
  if (!reply) return null;
  const ids = [reply.signedById, reply.createdById].filter((v): v is string => Boolean(v));
  const people = new Map((await db.user.findMany({ where: { id: { in: ids } }, ...person })).map((u) => [u.id, u]));
  const { suggestion, ...rest } = reply;
  // The names the units had when the letter was signed: a unit renamed since keeps its old name here.
  const nameAt = await unitNamesAt([reply.unit.id, ...suggestion.assignments.map((a) => a.unit.id)]);
  return {
    ...rest,
    unit: { ...reply.unit, name: nameAt(reply.unit.id, reply.signedAt, reply.unit.name) },
    suggestion,
    deputies: [suggestion.leadDeputy, ...suggestion.coSigners.map((c) => c.deputy)],
    coUnits: suggestion.assignments.map((a) => nameAt(a.unit.id, reply.signedAt, a.unit.name)),
    signer: reply.signedById ? (people.get(reply.signedById) ?? null) : null,
    handler: reply.createdById ? (people.get(reply.createdById) ?? null) : null,
  };
}

export type ReplyLetter = NonNullable<Awaited<ReturnType<typeof getReplyLetter>>>;
