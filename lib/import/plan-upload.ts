// POST /office/plan/upload?session=…&dryRun=1 — a distribution plan file (分办方案) as the body, received with the
// import's checks and cap (./upload.ts), read like the import's files, and applied all or nothing
// (lib/workflow/plan.ts). Answers {result, message} or {"error":{code,message,fields?,rows?}} like the import.
import type { Actor } from "@/lib/auth/user";
import type { Translate } from "@/lib/i18n/catalogue";
import { applyPlan, type PlanResult } from "@/lib/workflow/plan";
import { validatePlanTable } from "./plan-rows";
import { readTable } from "./read-table";
import { domainFailure, receiveUpload, rowsFailure, uploadJson } from "./upload";

export async function handlePlanUpload(request: Request, actor: Actor | null, t: Translate): Promise<Response> {
  const received = await receiveUpload(request, actor, t);
  if (received instanceof Response) return received;
  try {
    const { rows, errors, headerErrors } = validatePlanTable(await readTable(received.fileName, received.data));
    if (headerErrors) return rowsFailure(errors, t);
    const result = await applyPlan({ actor: received.actor }, { sessionCode: received.session, rows, errors, dryRun: received.dryRun });
    if (result.kind === "invalid") return rowsFailure(result.errors, t);
    return uploadJson(200, { result, message: planMessage(result, t) });
  } catch (error) {
    return domainFailure(error, t);
  }
}

export function planMessage(result: Exclude<PlanResult, { kind: "invalid" }>, t: Translate): string {
  return result.kind === "preview"
    ? t("standing.plan.previewResult", { assign: result.assignCount, skipped: result.skippedCount })
    : t("standing.plan.done", { assigned: result.assigned, skipped: result.skipped });
}
