// The demo's structure, created as the administrator: units (with their official aliases), sessions, deputies.
import type { Actor } from "@/lib/auth/user";
import { db } from "@/lib/db";
import { createDeputy, createSession, createUnit } from "@/lib/workflow/admin";
import type { Ctx } from "@/lib/workflow/context";
import type { DemoPlan } from "../data/plan";
import { UNITS } from "../data/units";
import { pool } from "../pool";

export async function createUnits(asAdmin: Ctx): Promise<void> {
  const prefixes = docPrefixes(UNITS);
  for (const unit of UNITS)
    await createUnit(asAdmin, { code: unit.code, name: unit.name, kind: unit.kind, docPrefix: prefixes.get(unit.code) });
  // The units' official full names, so an import file that uses them matches (lib/import/units.ts).
  for (const unit of UNITS) await db.unit.update({ where: { code: unit.code }, data: { aliases: unit.aliases } });
}

/** Each session created at its own date, as the office would have at the time. */
export async function createSessions(admin: Actor, plan: DemoPlan): Promise<void> {
  for (const s of plan.sessions) {
    await createSession({ actor: admin, now: s.createdAt }, { code: s.code, name: s.name, year: s.year, replyDays: 90 });
  }
}

/** The deputies; returns their ids by the plan's deputy index. */
export async function createDeputies(asAdmin: Ctx, plan: DemoPlan): Promise<Map<number, string>> {
  const deputyIds = new Map<number, string>();
  await pool(plan.deputies, 4, async (d) => {
    const created = await createDeputy(asAdmin, { name: d.name, delegation: d.delegation, code: d.code });
    deputyIds.set(d.index, created.id);
  });
  return deputyIds;
}

/**
 * The 文号 prefixes of the demo units, as 吉林 writes them: 吉 + the department's short name + 建字 (吉教建字),
 * a city's name + 建字 (长春建字). A second character is taken where the first is already used.
 */
export function docPrefixes(units: readonly { code: string; name: string; kind: string }[]): Map<string, string> {
  const used = new Set<string>();
  const result = new Map<string, string>();
  for (const unit of units) {
    const short = unit.name.replace(/^省/, "").replace(/市$/, "");
    const core = unit.kind === "CITY" ? short : [short.slice(0, 1), short.slice(0, 2), short].find((c) => !used.has(c))!;
    used.add(core);
    result.set(unit.code, unit.kind === "CITY" ? `${core}建字` : `吉${core}建字`);
  }
  return result;
}
