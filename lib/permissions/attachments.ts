// Who may attach a file to a record, see it and remove it (issue 14 item 2). Reading starts from the
// suggestion's scope (suggestionScope); within it a unit sees its own records' files and the suggestion's,
// a deputy the scanned original and the signed replies' files. Anything else is a 404, not a 403.
import type { Actor } from "@/lib/auth/user";
import type { AttachmentOwner } from "@/lib/generated/prisma/client";
import { isDeputy, isLeader, isOffice, isUnitUser, seesEverything } from "./roles";

export interface OwnerFacts {
  ownerType: AttachmentOwner;
  /** The unit whose record it is (communication, reply, a notice to one unit); null for the suggestion's. */
  unitId: string | null;
  /** For a reply: signed (a deputy sees its files only then). */
  signed?: boolean;
}

export function canAttach(actor: Actor, owner: OwnerFacts): boolean {
  if (isOffice(actor)) return true;
  if (owner.ownerType === "SUPERVISION") return isLeader(actor);
  if (owner.ownerType === "COMMUNICATION" || owner.ownerType === "REPLY") return isUnitUser(actor) && actor.unitId === owner.unitId;
  return false;
}

/** Within the suggestion's scope (checked by the caller). */
export function maySeeAttachment(actor: Actor, owner: OwnerFacts): boolean {
  if (seesEverything(actor)) return true;
  if (isUnitUser(actor)) return owner.unitId === null || owner.unitId === actor.unitId;
  if (isDeputy(actor)) return owner.ownerType === "SUGGESTION" || (owner.ownerType === "REPLY" && owner.signed === true);
  return false;
}

export function canRemoveAttachment(actor: Actor, attachment: OwnerFacts & { createdById: string | null }): boolean {
  return isOffice(actor) || (attachment.createdById === actor.id && canAttach(actor, attachment));
}
