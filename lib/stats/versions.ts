// Versions of the statistics cache (lib/stats/cache.ts) that writes without an audit event move. Every audited
// write moves its session's and "*"'s in its own transaction (the AuditEvent trigger of migration
// stats_cache_issue12); these writes move a scope of their own instead, which only the values kept across
// sessions check (they are valid while the sum of all versions is unchanged), so session statistics stay kept.
import { Prisma } from "@/lib/generated/prisma/client";

export const UNAUDITED_SCOPES = {
  /** A unit's first look at an assignment (lib/workflow/opened.ts). */
  opened: "opened",
  /** The start's seed of the working calendar (lib/calendar/seed.ts). */
  calendar: "calendar",
} as const;

/** The statement that moves `scope`'s version by one, when `onlyIf` holds (as the audit trigger moves a session's). */
export function moveVersionSql(
  scope: (typeof UNAUDITED_SCOPES)[keyof typeof UNAUDITED_SCOPES],
  onlyIf: Prisma.Sql = Prisma.sql`TRUE`,
): Prisma.Sql {
  return Prisma.sql`INSERT INTO "StatsVersion" (scope, version) SELECT ${scope}, 1 WHERE ${onlyIf}
    ON CONFLICT (scope) DO UPDATE SET version = "StatsVersion".version + 1`;
}
