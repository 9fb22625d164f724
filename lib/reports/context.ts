import "server-only";
// What every export starts from: who asks (an Actor, from the signed-in session), the URL's query, the
// translator of their language; and the checks every export makes before reading anything.
import type { Actor } from "@/lib/auth/user";
import { listSessions } from "@/lib/data/sessions";
import { notFound } from "@/lib/errors";
import type { Translate } from "@/lib/i18n/catalogue";
import { canSeeStatistics } from "@/lib/permissions/roles";
import { resolveReport, type ResolvedReport } from "./report-filter";
import type { ReportQuery } from "./report-query";

export interface ExportRequest {
  actor: Actor;
  query: ReportQuery;
  t: Translate;
  /** The statistics' "now" (overdue is computed against it); the current time by default. */
  now?: Date;
}

export interface ExportFile {
  filename: string;
  body: Buffer;
}

/** The report's session and filter; an unknown session is a 404. */
export async function resolveExport(query: ReportQuery): Promise<ResolvedReport> {
  const resolved = await resolveReport(query, await listSessions());
  if (!resolved) throw notFound();
  return resolved;
}

/** Statistics are for OFFICE, LEADER and ADMIN; to anyone else they do not exist (404, as the pages). */
export function assertStatsReader(actor: Actor): void {
  if (!canSeeStatistics(actor)) throw notFound();
}

/** "办理情况表-13-5.xlsx": letters, digits, CJK and - _ . kept, anything else becomes "_". */
export function fileName(base: string): string {
  return `${base.replace(/[^\p{L}\p{N}\-_.]+/gu, "_")}.xlsx`;
}
