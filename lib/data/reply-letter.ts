import "server-only";
// The letter (答复函) of a signed reply, read through the caller's scope (a letter the caller may not see is
// not found). The letter archived at signing (SignedLetter) when there is one; a reply signed before letters
// were archived is shown from the live rows.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { parseSnapshot, readLetter, type LetterView } from "@/lib/letter/snapshot";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";

export async function getReplyLetter(actor: Actor, suggestionId: string, replyId: string): Promise<LetterView | null> {
  if (!suggestionId || !replyId) return null;
  const where = { id: replyId, suggestion: { id: suggestionId, ...suggestionScope(actor) } };
  const visible = await db.reply.findFirst({ where: { ...where, state: "SIGNED" }, select: { id: true } });
  if (!visible) return null;
  const frozen = await db.signedLetter.findUnique({ where: { replyId }, select: { letter: true, createdAt: true } });
  return (frozen && parseSnapshot(frozen.letter, frozen.createdAt)) ?? readLetter(db, where);
}

export type ReplyLetter = LetterView;
