import "server-only";
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { notFound } from "@/lib/errors";
import { Prisma } from "@/lib/generated/prisma/client";
import { canAssign } from "@/lib/permissions/can";
import { HANDLING_STATUSES, statusInSql } from "@/lib/workflow/states";

export interface UnitLoad {
  code: string;
  name: string;
  kind: string;
  /** Active lead assignments awaiting a signed reply. */
  openLead: number;
  /** Active co assignments without an opinion yet. */
  openCo: number;
}

/** Each active unit's current open work, for choosing units in the assignment workspace (the office only). One query. */
export async function listUnitLoad(actor: Actor): Promise<UnitLoad[]> {
  if (!canAssign(actor)) throw notFound();
  return db.$queryRaw<UnitLoad[]>`
    SELECT u.code, u.name, u.kind::text AS kind,
      count(*) FILTER (WHERE a.role = 'LEAD')::int AS "openLead",
      count(*) FILTER (WHERE a.role = 'CO' AND NOT EXISTS (SELECT 1 FROM "Opinion" o WHERE o."assignmentId" = a.id))::int AS "openCo"
    FROM "Unit" u
    LEFT JOIN "Assignment" a ON a."unitId" = u.id AND a.state = 'ACTIVE'
      AND EXISTS (SELECT 1 FROM "Suggestion" s WHERE s.id = a."suggestionId" AND ${statusInSql(Prisma.sql`s.status`, HANDLING_STATUSES)})
    WHERE u.active
    GROUP BY u.id
    ORDER BY u.kind, u.code`;
}
