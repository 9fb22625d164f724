import "server-only";
// The files of one suggestion the caller may see (issue 14 item 2), and the records they may attach to.
// Read from the suggestion's detail, loaded through the caller's scope; lib/permissions/attachments.ts decides per record.
import type { Actor } from "@/lib/auth/user";
import type { Owner } from "@/lib/attachments/owner";
import { db } from "@/lib/db";
import { canAttach, canRemoveAttachment, maySeeAttachment } from "@/lib/permissions/attachments";
import type { SuggestionDetail } from "./suggestion-detail";

export interface AttachmentTarget {
  ownerType: Owner["ownerType"];
  ownerId: string;
  /** 1-based among the records of its kind, oldest first, to tell them apart in the picker. */
  n: number;
}

/**
 * The files of a suggestion and the records the actor may attach to, from the detail already loaded for them
 * (lib/data/suggestion-detail.ts, through their scope): it holds every record whose files they may see, so the
 * owners cost no query of their own. Records are numbered among those the detail shows, as its sections list them.
 */
export async function listAttachments(actor: Actor, detail: Pick<SuggestionDetail, "id" | "replies" | "communications" | "supervisions">) {
  const suggestionId = detail.id;
  const owners: (Owner & { n: number })[] = [
    { ownerType: "SUGGESTION", ownerId: suggestionId, suggestionId, unitId: null, n: 1 },
    ...detail.replies.map((r, i) => ({
      ownerType: "REPLY" as const,
      ownerId: r.id,
      suggestionId,
      unitId: r.unitId,
      signed: r.state === "SIGNED",
      n: i + 1,
    })),
    ...detail.communications.map((c, i) => ({
      ownerType: "COMMUNICATION" as const,
      ownerId: c.id,
      suggestionId,
      unitId: c.unitId,
      n: i + 1,
    })),
    ...detail.supervisions.map((v, i) => ({ ownerType: "SUPERVISION" as const, ownerId: v.id, suggestionId, unitId: v.unitId, n: i + 1 })),
  ];
  const seen = new Map(owners.filter((o) => maySeeAttachment(actor, o)).map((o) => [o.ownerId, o]));
  const rows = await db.attachment.findMany({
    where: { suggestionId, removedAt: null, ownerId: { in: [...seen.keys()] } },
    orderBy: [{ createdAt: "asc" }, { id: "asc" }],
    select: { id: true, ownerType: true, ownerId: true, fileName: true, size: true, createdAt: true, createdById: true },
  });
  const files = rows.flatMap((row) => {
    const owner = seen.get(row.ownerId);
    return owner ? [{ ...row, n: owner.n, canRemove: canRemoveAttachment(actor, { ...owner, createdById: row.createdById }) }] : [];
  });
  const targets: AttachmentTarget[] = [...seen.values()]
    .filter((o) => canAttach(actor, o))
    .map(({ ownerType, ownerId, n }) => ({ ownerType, ownerId, n }));
  return { suggestionId, files, targets };
}

export type AttachmentList = Awaited<ReturnType<typeof listAttachments>>;
