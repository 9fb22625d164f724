// The key-suggestion operations of HTTP API v1 (领导领办), listed in lib/api/operations.ts's OPERATIONS.
import { assignKeyInput, keySuggestionsQuery, progressReportInput } from "@/lib/validation/keys";
import { KeySuggestionList, ProgressReportObject } from "@/lib/validation/keys-api";
import { SuggestionObject } from "@/lib/validation/api";
import type { Operation } from "./operations";

export const KEY_OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/key-suggestions",
    operationId: "listKeySuggestions",
    tag: "keys",
    summary: "领导领办的重点建议及其办理进展（状态、承办单位、期限、是否逾期、最近一次汇报）：LEADER 只见本人领办的，OFFICE、ADMIN 见全部",
    roles: "LEADER（本人领办的）、OFFICE、ADMIN",
    auth: true,
    query: keySuggestionsQuery,
    response: KeySuggestionList,
    status: 200,
    errors: [400, 401, 403],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/key",
    operationId: "assignKeyLeader",
    tag: "keys",
    summary: "将建议列为重点建议并交由省政府领导领办（key: true, leaderId），改由其他领导领办，或取消（key: false）",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: assignKeyInput,
    response: SuggestionObject,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/progress-reports",
    operationId: "reportKeyProgress",
    tag: "keys",
    summary: "主办单位向领办领导汇报重点建议的办理进展（汇报不可修改或删除）",
    roles: "主办单位（UNIT_HANDLER、UNIT_LEADER）",
    auth: true,
    body: progressReportInput,
    response: ProgressReportObject,
    status: 201,
    errors: [400, 401, 403, 404, 422],
  },
];
