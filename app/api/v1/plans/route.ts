// POST /api/v1/plans — OFFICE: {sessionCode, dryRun?, items:[{number, leadUnit, coUnits?}]} applies a distribution
// plan (分办方案) to suggestions already registered, all or nothing → 200 {kind:"preview"|"applied", …}; any row
// problem is 422 with every one in `fields` as "items.<index>.<number|leadUnit|coUnits>".
import { withApi } from "@/lib/api/handler";
import { ApiError } from "@/lib/api/errors";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { translatorFor } from "@/lib/i18n/catalogue";
import { PLAN_COLUMNS } from "@/lib/import/plan-rows";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { applyPlanItems } from "@/lib/workflow/plan";

const t = translatorFor("zh-CN");
const keyOf = (column: string) => Object.entries(PLAN_COLUMNS).find(([, name]) => name === column)?.[0] ?? "items";

export const POST = withApi(
  async ({ request, actor }) => {
    const result = await applyPlanItems({ actor }, await readUntrusted(request));
    if (result.kind !== "invalid") return json(result);
    const fields: Record<string, string> = {};
    for (const e of result.errors) fields[`items.${e.row}.${keyOf(e.column)}`] ??= t(e.messageKey, e.params);
    throw new ApiError(422, "RULE", "standing.plan.invalid", fields, { count: result.errors.length });
  },
  { auth: true, roles: ROLE_GROUPS.office },
);
