// The import's bulk inserts (lib/workflow/import.ts): each is one INSERT … SELECT FROM unnest(one array per
// column), so a chunk of 1,000 suggestions is a dozen parameters rather than 13,000. Prisma's createMany spent
// longer building and binding its parameters than PostgreSQL spent inserting (issue 12: half of the
// 10,000-row import's time). Ids as the app's other SQL inserts make them (gen_random_uuid); instants are
// sent as ISO strings into timestamp(3) columns, which keep UTC as Prisma does.
import type { Tx } from "@/lib/db";
import type { AssignmentRole, SuggestionStatus } from "@/lib/generated/prisma/client";

export interface NewSuggestion {
  number: string;
  title: string;
  content: string;
  field: string;
  leadDeputyId: string;
  submittedAt: Date;
  urgent: boolean;
  confidential: boolean;
  status: SuggestionStatus;
}

export interface NewAssignment {
  suggestionId: string;
  unitId: string;
  role: AssignmentRole;
  assignedAt: Date;
  dueAt: Date;
  createdById: string | null;
}

const iso = (d: Date) => d.toISOString();

/** Inserts deputies (name and delegation); returns them with their ids. */
export async function insertDeputies(tx: Tx, deputies: { name: string; delegation: string }[], writtenAt: Date) {
  return tx.$queryRaw<{ id: string; name: string; delegation: string }[]>`
    INSERT INTO "Deputy" (id, name, delegation, "createdAt")
    SELECT gen_random_uuid()::text, u.name, u.delegation, ${iso(writtenAt)}::timestamp(3)
    FROM unnest(${deputies.map((d) => d.name)}::text[], ${deputies.map((d) => d.delegation)}::text[]) AS u(name, delegation)
    RETURNING id, name, delegation`;
}

/** Inserts a session's suggestions; returns each one's id with its number and lead deputy. */
export async function insertSuggestions(tx: Tx, sessionId: string, rows: NewSuggestion[], writtenAt: Date) {
  const col = <K extends keyof NewSuggestion>(key: K) => rows.map((r) => r[key]);
  return tx.$queryRaw<{ id: string; number: string; leadDeputyId: string }[]>`
    INSERT INTO "Suggestion" (id, "sessionId", number, title, content, field, "leadDeputyId", "submittedAt", urgent,
                              confidential, status, "createdAt", "updatedAt")
    SELECT gen_random_uuid()::text, ${sessionId}, u.number, u.title, u.content, u.field, u.lead, u.submitted, u.urgent,
           u.confidential, u.status::"SuggestionStatus", ${iso(writtenAt)}::timestamp(3), ${iso(writtenAt)}::timestamp(3)
    FROM unnest(${col("number")}::text[], ${col("title")}::text[], ${col("content")}::text[], ${col("field")}::text[],
                ${col("leadDeputyId")}::text[], ${rows.map((r) => iso(r.submittedAt))}::timestamp(3)[],
                ${col("urgent")}::boolean[], ${col("confidential")}::boolean[], ${col("status")}::text[])
      AS u(number, title, content, field, lead, submitted, urgent, confidential, status)
    RETURNING id, number, "leadDeputyId"`;
}

/** Adds co-signers; a pair already there is left alone. */
export async function insertCoSigners(tx: Tx, pairs: { suggestionId: string; deputyId: string }[]) {
  if (!pairs.length) return;
  await tx.$executeRaw`
    INSERT INTO "SuggestionCoSigner" ("suggestionId", "deputyId")
    SELECT * FROM unnest(${pairs.map((p) => p.suggestionId)}::text[], ${pairs.map((p) => p.deputyId)}::text[])
    ON CONFLICT DO NOTHING`;
}

/** Inserts active assignments, due (and originally due) at their dueAt. */
export async function insertAssignments(tx: Tx, rows: NewAssignment[], writtenAt: Date) {
  if (!rows.length) return;
  await tx.$executeRaw`
    INSERT INTO "Assignment" (id, "suggestionId", "unitId", role, "assignedAt", "dueAt", "originalDueAt", "createdById", "createdAt")
    SELECT gen_random_uuid()::text, u.suggestion, u.unit, u.role::"AssignmentRole", u.assigned, u.due, u.due, u.creator,
           ${iso(writtenAt)}::timestamp(3)
    FROM unnest(${rows.map((r) => r.suggestionId)}::text[], ${rows.map((r) => r.unitId)}::text[],
                ${rows.map((r) => r.role)}::text[], ${rows.map((r) => iso(r.assignedAt))}::timestamp(3)[],
                ${rows.map((r) => iso(r.dueAt))}::timestamp(3)[], ${rows.map((r) => r.createdById)}::text[])
      AS u(suggestion, unit, role, assigned, due, creator)`;
}
