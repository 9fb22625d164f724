// The office's standing decisions and merge corrections (issue 11) in HTTP API v1, described beside the others.
import { z } from "zod";
import { SuggestionObject } from "@/lib/validation/api";
import { extendMergeInput, planInput, standingInput, undoMergeInput } from "@/lib/validation/standing";
import type { Operation } from "./operations";

const MergeGroupChange = z
  .object({
    groupId: z.string(),
    suggestionIds: z.array(z.string()).meta({ description: "调整后仍在组内的建议" }),
    removed: z.array(z.string()).optional(),
    added: z.array(z.string()).optional(),
  })
  .meta({ title: "MergeGroupChange" });

const PlanResult = z
  .object({
    kind: z.enum(["preview", "applied"]),
    assignCount: z.number().int().optional().meta({ description: "预览：将交办的件数" }),
    skippedCount: z.number().int().optional().meta({ description: "预览：已按方案交办而跳过的件数" }),
    assigned: z.number().int().optional(),
    skipped: z.number().int().optional(),
  })
  .meta({ title: "PlanResult" });

export const STANDING_OPERATIONS: Operation[] = [
  {
    method: "POST",
    path: "/plans",
    operationId: "applyPlan",
    tag: "handling",
    summary:
      "应用分办方案：按建议编号对已登记的建议交办主办、会办单位（单位可填代码、名称或全称）。全部校验通过才写入，否则 422，fields 逐行列出问题（items.<序号>.<列>）；已按方案交办的跳过；dryRun 只预览",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: planInput,
    response: PlanResult,
    status: 200,
    errors: [400, 401, 403, 413, 422],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/standing",
    operationId: "decideStanding",
    tag: "handling",
    summary:
      "认定不是建议：不予立案（NOT_ACCEPTED）或转为来信（TO_LETTER），须写明理由；该件退出统计，承办单位的办理结束，告知领衔代表。standing=SUGGESTION 撤销认定，恢复为待交办的建议（需重新交办）。仅在签发答复前、未并案时可认定",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: standingInput,
    response: SuggestionObject,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/suggestions/merges/{id}/undo",
    operationId: "undoMerge",
    tag: "handling",
    summary: "撤销并案：所列建议（省略 items 时整组）退出并案组，须写明理由；组内只剩一件时整组撤销。各件的承办单位和答复不变",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: undoMergeInput,
    response: MergeGroupChange,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/suggestions/merges/{id}/extend",
    operationId: "extendMerge",
    tag: "handling",
    summary: "扩大并案组：所列建议加入并案组，由组的主办单位办理（待交办的随即交办给它），须写明理由；已并案的 409，主办单位不同的 422",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: extendMergeInput,
    response: MergeGroupChange,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
];
