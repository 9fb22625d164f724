// Key suggestions led by the demo's provincial leader (领导领办): the office assigns a few suggestions in
// handling to the leader, and each lead unit reports progress once or twice, through the workflow functions.
// Chosen among units and deputies the browser tests leave alone, so their figures and timelines stay put.
import { db } from "@/lib/db";
import { toChinaDate } from "@/lib/dates/china-date";
import { assignKeyLeader, reportKeyProgress } from "@/lib/workflow/keys";
import { unitUsername } from "./accounts";
import type { DemoWorld } from "./replay-state";

const HOUR = 3_600_000;
/** Units the e2e specs act as (edu = D02, u-D01, u-D30…D32): their suggestions are not made key here. */
const AVOID_UNITS = ["D01", "D02", "D30", "D31", "D32"];
const REPORTS = [
  ["已成立工作专班，完成实地调研，形成初步工作方案。", "方案已经厅务会审议，正在征求相关部门意见，预计下月报省政府。"],
  ["已与代表面商，明确了办理重点和时间表。"],
  ["已会同相关市州开展专项调研，梳理出三方面问题，正在研究政策措施。", "政策措施初稿已形成，已向代表通报进展。"],
];

export async function seedKeySuggestions(w: DemoWorld, now: Date): Promise<number> {
  const demoDeputy = await db.user.findUnique({ where: { username: "deputy" }, select: { deputyId: true } });
  const candidates = await db.suggestion.findMany({
    where: {
      session: { code: "14-1" },
      status: "IN_PROGRESS",
      key: false,
      ...(demoDeputy?.deputyId ? { leadDeputyId: { not: demoDeputy.deputyId } } : {}),
      assignments: { some: { role: "LEAD", state: "ACTIVE", unit: { code: { notIn: AVOID_UNITS } } } },
    },
    orderBy: { number: "asc" },
    take: REPORTS.length,
    select: { id: true, assignments: { where: { role: "LEAD", state: "ACTIVE" }, select: { unit: { select: { code: true } } } } },
  });
  for (const [i, s] of candidates.entries()) {
    const last = await db.auditEvent.findFirst({
      where: { suggestionId: s.id },
      orderBy: { createdAt: "desc" },
      select: { createdAt: true },
    });
    // After everything already done on it, and before now.
    let at = Math.max(last?.createdAt.getTime() ?? 0, now.getTime() - 6 * 24 * HOUR) + HOUR;
    const when = () => new Date(Math.min((at += 20 * HOUR), now.getTime() - 60_000));
    await assignKeyLeader({ actor: w.office, now: when() }, s.id, { key: true, leaderId: w.leader.id, reason: "省政府领导领办" });
    const handler = w.actor(unitUsername(s.assignments[0]!.unit.code, false));
    for (const text of REPORTS[i]!) {
      const reportNow = when();
      await reportKeyProgress({ actor: handler, now: reportNow }, s.id, { text, reportedOn: toChinaDate(reportNow)! });
    }
  }
  return candidates.length;
}
