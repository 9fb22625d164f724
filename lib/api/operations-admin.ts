// The administration operations of issue 11 (search units and deputies; edit users, units, sessions, deputies),
// kept apart from lib/api/operations.ts so that its list stays readable; OPERATIONS includes these.
import { updateDeputyInput, updateSessionInput, updateUnitInput, updateUserInput } from "@/lib/validation/admin-edits";
import {
  DeputyList,
  DeputyListItem,
  DeputySearchQuery,
  EditedSession,
  EditedUnit,
  EditedUser,
  UnitList,
  UnitSearchQuery,
} from "@/lib/validation/api-admin";
import type { Operation } from "./operations";

const EDIT_ERRORS = [400, 401, 403, 404, 409];
const edit = { method: "PATCH" as const, tag: "admin", auth: true, status: 200, errors: EDIT_ERRORS };

export const ADMIN_OPERATIONS: Operation[] = [
  {
    method: "GET",
    path: "/units",
    operationId: "listUnits",
    tag: "admin",
    summary: "检索承办单位（代码、名称、别名、曾用名）；默认只列在用的单位",
    roles: "OFFICE, ADMIN",
    auth: true,
    query: UnitSearchQuery,
    response: UnitList,
    status: 200,
    errors: [400, 401, 403],
  },
  {
    method: "GET",
    path: "/deputies",
    operationId: "listDeputies",
    tag: "admin",
    summary: "检索代表（姓名、代表团、代码），分页",
    roles: "OFFICE, ADMIN",
    auth: true,
    query: DeputySearchQuery,
    response: DeputyList,
    status: 200,
    errors: [400, 401, 403],
  },
  {
    ...edit,
    path: "/users/{id}",
    operationId: "updateUser",
    summary: "修改用户：姓名、角色、所属单位（unitCode）、关联代表（deputyId）、电话；null 清空可选项",
    roles: "ADMIN",
    body: updateUserInput,
    response: EditedUser,
    errors: [...EDIT_ERRORS, 422],
  },
  {
    ...edit,
    path: "/units/{id}",
    operationId: "updateUnit",
    summary:
      "修改承办单位（{id} 为单位 id 或代码）：改名后此前签发的答复函仍用旧名；active=false 停用（仍主办或会办未办结建议时拒绝，422）",
    roles: "ADMIN",
    body: updateUnitInput,
    response: EditedUnit,
    errors: [...EDIT_ERRORS, 422],
  },
  {
    ...edit,
    path: "/sessions/{id}",
    operationId: "updateSession",
    summary: "修改会议（{id} 为会议 id 或代码）：名称、答复天数（只影响此后的交办）",
    roles: "ADMIN",
    body: updateSessionInput,
    response: EditedSession,
  },
  {
    ...edit,
    path: "/deputies/{id}",
    operationId: "updateDeputy",
    summary: "修改代表：姓名、代表团、代码、联系电话",
    roles: "ADMIN, OFFICE",
    body: updateDeputyInput,
    response: DeputyListItem,
  },
];
