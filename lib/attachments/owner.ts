// The record a file is attached to, read through the caller's suggestion scope: its suggestion, its unit
// and (for a reply) whether it is signed. Null when the caller may not see it (the caller answers 404).
import type { Actor } from "@/lib/auth/user";
import type { Tx } from "@/lib/db";
import type { AttachmentOwner } from "@/lib/generated/prisma/client";
import type { OwnerFacts } from "@/lib/permissions/attachments";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";

export type Owner = OwnerFacts & { ownerId: string; suggestionId: string };

export async function findOwner(client: Tx, actor: Actor, ownerType: AttachmentOwner, ownerId: string): Promise<Owner | null> {
  const suggestion = suggestionScope(actor);
  const base = { ownerType, ownerId };
  switch (ownerType) {
    case "SUGGESTION": {
      const s = await client.suggestion.findFirst({ where: { id: ownerId, ...suggestion }, select: { id: true } });
      return s ? { ...base, suggestionId: s.id, unitId: null } : null;
    }
    case "COMMUNICATION": {
      const c = await client.communication.findFirst({ where: { id: ownerId, suggestion }, select: { suggestionId: true, unitId: true } });
      return c ? { ...base, ...c } : null;
    }
    case "REPLY": {
      const r = await client.reply.findFirst({
        where: { id: ownerId, suggestion },
        select: { suggestionId: true, unitId: true, state: true },
      });
      return r ? { ...base, suggestionId: r.suggestionId, unitId: r.unitId, signed: r.state === "SIGNED" } : null;
    }
    case "SUPERVISION": {
      const v = await client.supervision.findFirst({ where: { id: ownerId, suggestion }, select: { suggestionId: true, unitId: true } });
      return v ? { ...base, ...v } : null;
    }
  }
}
