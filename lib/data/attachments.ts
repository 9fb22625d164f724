import "server-only";
// The files of one suggestion the caller may see (issue 14 item 2), and the records they may attach to.
// Read through the suggestion's scope; within it lib/permissions/attachments.ts decides per record.
import type { Actor } from "@/lib/auth/user";
import type { Owner } from "@/lib/attachments/owner";
import { db } from "@/lib/db";
import { canAttach, canRemoveAttachment, maySeeAttachment } from "@/lib/permissions/attachments";
import { suggestionScope } from "@/lib/permissions/suggestion-scope";

export interface AttachmentTarget {
  ownerType: Owner["ownerType"];
  ownerId: string;
  /** 1-based among the records of its kind, oldest first, to tell them apart in the picker. */
  n: number;
}

export async function listAttachments(actor: Actor, suggestionId: string) {
  const s = await db.suggestion.findFirst({
    where: { id: suggestionId, ...suggestionScope(actor) },
    select: {
      id: true,
      replies: { orderBy: { createdAt: "asc" }, select: { id: true, unitId: true, state: true } },
      communications: { orderBy: { occurredAt: "asc" }, select: { id: true, unitId: true } },
      supervisions: { orderBy: { createdAt: "asc" }, select: { id: true, unitId: true } },
    },
  });
  if (!s) return null;
  const owners: (Owner & { n: number })[] = [
    { ownerType: "SUGGESTION", ownerId: s.id, suggestionId, unitId: null, n: 1 },
    ...s.replies.map((r, i) => ({
      ownerType: "REPLY" as const,
      ownerId: r.id,
      suggestionId,
      unitId: r.unitId,
      signed: r.state === "SIGNED",
      n: i + 1,
    })),
    ...s.communications.map((c, i) => ({ ownerType: "COMMUNICATION" as const, ownerId: c.id, suggestionId, unitId: c.unitId, n: i + 1 })),
    ...s.supervisions.map((v, i) => ({ ownerType: "SUPERVISION" as const, ownerId: v.id, suggestionId, unitId: v.unitId, n: i + 1 })),
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

export type AttachmentList = NonNullable<Awaited<ReturnType<typeof listAttachments>>>;
