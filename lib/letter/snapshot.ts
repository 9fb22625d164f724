// What a reply letter (答复函) prints, as one plain value: read live from the rows (`readLetter`) or frozen
// at signing into SignedLetter (`freezeLetter`, issue 14 item 3) and read back (`parseSnapshot`). The frozen
// copy keeps the unit's name, the signer and the text as they were, whatever changes later.
import { z } from "zod";
import type { Tx } from "@/lib/db";
import type { Prisma } from "@/lib/generated/prisma/client";
import { unitNamesAt } from "@/lib/data/unit-names";

const person = z.object({ name: z.string(), phone: z.string().nullable() });

export const letterSnapshot = z.object({
  id: z.string(),
  category: z.enum(["A", "B", "C", "D"]),
  text: z.string(),
  publishable: z.boolean(),
  docNumber: z.string().nullable(),
  signedAt: z.coerce.date().nullable(),
  unit: z.object({ id: z.string(), name: z.string() }),
  commitments: z.array(z.object({ id: z.string(), text: z.string(), dueAt: z.coerce.date() })),
  suggestion: z.object({ number: z.string(), title: z.string(), session: z.object({ name: z.string() }) }),
  deputies: z.array(z.object({ id: z.string(), name: z.string() })),
  coUnits: z.array(z.string()),
  signer: person.nullable(),
  handler: person.nullable(),
});

export type LetterView = z.infer<typeof letterSnapshot> & {
  /** When the letter was archived; null for a reply signed before letters were archived (shown live). */
  archivedAt: Date | null;
};

const personSelect = { select: { id: true, name: true, phone: true } } as const;
const deputySelect = { select: { id: true, name: true } } as const;

/** The letter of a signed reply as the rows say now; `where` carries the caller's scope. */
export async function readLetter(client: Tx, where: Prisma.ReplyWhereInput): Promise<LetterView | null> {
  const reply = await client.reply.findFirst({
    where: { ...where, state: "SIGNED" },
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
          leadDeputy: deputySelect,
          coSigners: {
            where: { removedAt: null },
            select: { deputy: deputySelect },
            orderBy: [{ deputy: { name: "asc" } }, { deputyId: "asc" }],
          },
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
  const people = new Map((await client.user.findMany({ where: { id: { in: ids } }, ...personSelect })).map((u) => [u.id, u]));
  const who = (id: string | null) => {
    const p = id ? people.get(id) : undefined;
    return p ? { name: p.name, phone: p.phone } : null;
  };
  const { suggestion: s } = reply;
  // The names the units had when the letter was signed: a unit renamed since keeps its old name here.
  const nameAt = await unitNamesAt([reply.unit.id, ...s.assignments.map((a) => a.unit.id)], client);
  return {
    id: reply.id,
    category: reply.category,
    text: reply.text,
    publishable: reply.publishable,
    docNumber: reply.docNumber,
    signedAt: reply.signedAt,
    unit: { ...reply.unit, name: nameAt(reply.unit.id, reply.signedAt, reply.unit.name) },
    commitments: reply.commitments,
    suggestion: { number: s.number, title: s.title, session: s.session },
    deputies: [s.leadDeputy, ...s.coSigners.map((c) => c.deputy)],
    coUnits: s.assignments.map((a) => nameAt(a.unit.id, reply.signedAt, a.unit.name)),
    signer: who(reply.signedById),
    handler: who(reply.createdById),
    archivedAt: null,
  };
}

/** Freezes the just-signed reply's letter, in the signing transaction. */
export async function freezeLetter(tx: Tx, args: { replyId: string; suggestionId: string; signedById: string; at: Date }): Promise<void> {
  const view = await readLetter(tx, { id: args.replyId });
  if (!view) throw new Error(`freezeLetter: reply ${args.replyId} is not signed`);
  // The schema keeps what the letter prints and drops the rest (archivedAt).
  const letter = letterSnapshot.parse(view);
  await tx.signedLetter.create({
    data: {
      replyId: args.replyId,
      suggestionId: args.suggestionId,
      unitName: letter.unit.name,
      docNumber: letter.docNumber,
      signedAt: letter.signedAt ?? args.at,
      signedById: args.signedById,
      letter: JSON.parse(JSON.stringify(letter)) as Prisma.InputJsonValue,
      createdAt: args.at,
    },
  });
}

/** The frozen letter read back; null when the stored value does not fit (never expected: it is written here). */
export function parseSnapshot(value: unknown, archivedAt: Date): LetterView | null {
  const parsed = letterSnapshot.safeParse(value);
  return parsed.success ? { ...parsed.data, archivedAt } : null;
}
