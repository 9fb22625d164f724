// The operations of HTTP API v1, described once: the OpenAPI document (lib/api/openapi.ts) and the
// reference page (/api/v1/docs) are generated from this list and from the very zod schemas the routes use.
import { z } from "zod";
import { KEY_OPERATIONS } from "./operations-keys";
import { ADMIN_OPERATIONS } from "./operations-admin";
import { createDeputyInput, createSessionInput, createUnitInput, createUserInput } from "@/lib/validation/admin";
import { communicationInput, feedbackInput, opinionInput, replyInput, signReplyInput, submitReplyInput } from "@/lib/validation/handling";
import { assignInput, registerSuggestionInput, registerSuggestionsInput } from "@/lib/validation/suggestions";
import { correctSuggestionInput, correctUnitsInput } from "@/lib/validation/corrections";
import {
  AssignmentList,
  CommunicationObject,
  DeputyObject,
  FeedbackObject,
  OpinionObject,
  ReplyObject,
  SessionObject,
  SuggestionBatch,
  SuggestionObject,
  UnitObject,
  UserObject,
  ErrorResponse,
  HealthResponse,
  StatsQuery,
  StatsResponse,
  SuggestionDetail,
  SuggestionList,
  SuggestionListQuery,
  TokenRequest,
  TokenResponse,
} from "@/lib/validation/api";
import { STANDING_OPERATIONS } from "./operations-standing";
import { WORKLIST_OPERATIONS } from "./operations-worklists";

export interface Operation {
  method: "GET" | "POST" | "PATCH";
  /** OpenAPI path under /api/v1, e.g. "/suggestions/{id}". */
  path: string;
  operationId: string;
  summary: string;
  /** Who may call it (role codes of SPEC §1), as shown to readers. */
  roles: string;
  auth: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
  /** The body may be left out. */
  bodyOptional?: boolean;
  /** A body that is either one object or a list: documented as oneOf. */
  bodyDescription?: string;
  response?: z.ZodType;
  status: number;
  errors: number[];
  tag: string;
}

export const ERROR_SCHEMA = ErrorResponse;

export const ERROR_DESCRIPTIONS: Record<number, string> = {
  400: "请求格式错误或输入无效（fields 列出出错字段）",
  401: "未认证：缺少、无效或过期的令牌；用户名或密码错误",
  403: "无权执行此操作；或管理员重置了密码，须先登录修改（PASSWORD_CHANGE_REQUIRED）",
  404: "记录不存在或无权查看",
  409: "冲突：记录重复，或已被他人修改（expectedVersion 与当前版本不符）",
  413: "请求体过大（批量登记上限 10 MB，登录 64 KB，其余 1 MB）",
  422: "办理规则不允许（如未沟通不能提交答复）",
  429: "登录失败次数过多，请稍后再试",
  503: "数据库不可用",
};

const read: Operation[] = [
  {
    method: "GET",
    path: "/health",
    operationId: "health",
    tag: "system",
    summary: "健康检查（检查数据库连接）",
    roles: "任何人",
    auth: false,
    response: HealthResponse,
    status: 200,
    errors: [503],
  },
  {
    method: "POST",
    path: "/auth/token",
    operationId: "createToken",
    tag: "auth",
    summary: "用用户名和密码换取访问令牌（12 小时有效）",
    roles: "任何用户",
    auth: false,
    body: TokenRequest,
    response: TokenResponse,
    status: 200,
    errors: [400, 401, 403, 429],
  },
  {
    method: "GET",
    path: "/suggestions",
    operationId: "listSuggestions",
    tag: "suggestions",
    summary: "建议列表：按角色限定范围（承办单位只见本单位交办的，代表只见本人领衔或附议的）",
    roles: "所有角色（按角色限定范围）",
    auth: true,
    query: SuggestionListQuery,
    response: SuggestionList,
    status: 200,
    errors: [400, 401],
  },
  {
    method: "GET",
    path: "/suggestions/{id}",
    operationId: "getSuggestion",
    tag: "suggestions",
    summary: "建议详情：交办、沟通、会办意见、答复、测评、跟踪落实、督办及完整时间线",
    roles: "所有角色（按角色限定范围）",
    auth: true,
    response: SuggestionDetail,
    status: 200,
    errors: [401, 404],
  },
  {
    method: "GET",
    path: "/stats",
    operationId: "getStats",
    tag: "statistics",
    summary: "会议办理统计（口径见 SPEC §4：百分比按最大余数法修约，四类之和为 100.0）",
    roles: "OFFICE、LEADER、ADMIN",
    auth: true,
    query: StatsQuery,
    response: StatsResponse,
    status: 200,
    errors: [400, 401, 403, 404],
  },
];

/** Operations that write through lib/workflow: the bodies are the workflow's own schemas. */
const write: Operation[] = [
  {
    method: "POST",
    path: "/sessions",
    operationId: "createSession",
    tag: "admin",
    summary: "新建会议",
    roles: "ADMIN",
    auth: true,
    body: createSessionInput,
    response: SessionObject,
    status: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: "POST",
    path: "/units",
    operationId: "createUnit",
    tag: "admin",
    summary: "新建承办单位",
    roles: "ADMIN",
    auth: true,
    body: createUnitInput,
    response: UnitObject,
    status: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: "POST",
    path: "/deputies",
    operationId: "createDeputy",
    tag: "admin",
    summary: "新建代表",
    roles: "ADMIN、OFFICE",
    auth: true,
    body: createDeputyInput,
    response: DeputyObject,
    status: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: "POST",
    path: "/users",
    operationId: "createUser",
    tag: "admin",
    summary: "新建用户（承办单位角色须填 unitCode，代表须填 deputyId）",
    roles: "ADMIN",
    auth: true,
    body: createUserInput,
    response: UserObject,
    status: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: "POST",
    path: "/suggestions",
    operationId: "registerSuggestions",
    tag: "suggestions",
    summary: "登记建议：一件，或 {sessionCode, items:[…]} 批量（全部成功或全部不写入）",
    bodyDescription: "单件时返回该建议；批量时返回 {items, total}。批量时 sessionCode 也可写在每一项里（须相同）。",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: z.union([registerSuggestionInput, registerSuggestionsInput]),
    response: z.union([SuggestionObject, SuggestionBatch]),
    status: 201,
    errors: [400, 401, 403, 409],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/assignment",
    operationId: "assignSuggestion",
    tag: "handling",
    summary: "交办：指定主办单位和会办单位（期限默认按会议答复天数，急办 30 天；另定 dueAt 须写明 dueReason）",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: assignInput,
    response: AssignmentList,
    status: 201,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "PATCH",
    path: "/suggestions/{id}",
    operationId: "correctSuggestion",
    tag: "suggestions",
    summary:
      "更正已登记的建议：标题、内容、领域、领衔代表、附议代表（coSignerIds 为更正后的完整名单）、急办、涉密；须写明 reason 并带 expectedVersion，领衔代表将收到通知",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: correctSuggestionInput,
    response: SuggestionObject,
    status: 200,
    errors: [400, 401, 403, 404, 409],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/units",
    operationId: "correctUnits",
    tag: "suggestions",
    summary:
      "更正办理中建议的承办安排：更换主办单位（新主办单位期限重新计算，须先沟通才能答复）、会办单位（coUnitCodes 为更正后的完整名单，移除的会办任务结束）、主办单位答复期限（不超过交办之日起6个月）；须写明 reason 并带 expectedVersion",
    roles: "OFFICE、ADMIN",
    auth: true,
    body: correctUnitsInput,
    response: AssignmentList,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/communications",
    operationId: "recordCommunication",
    tag: "handling",
    summary: "记录与代表的沟通（不沟通不回复）",
    roles: "主办或会办单位（UNIT_HANDLER、UNIT_LEADER）",
    auth: true,
    body: communicationInput,
    response: CommunicationObject,
    status: 201,
    errors: [400, 401, 403, 404, 422],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/opinions",
    operationId: "submitOpinion",
    tag: "handling",
    summary: "会办单位提交会办意见",
    roles: "会办单位（UNIT_HANDLER、UNIT_LEADER）",
    auth: true,
    body: opinionInput,
    response: OpinionObject,
    status: 201,
    errors: [400, 401, 403, 404, 422],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/replies",
    operationId: "draftReply",
    tag: "handling",
    summary: "主办单位起草答复（草稿）；B、C 类须有带计划完成时间的承诺事项",
    roles: "主办单位（UNIT_HANDLER、UNIT_LEADER）",
    auth: true,
    body: replyInput,
    response: ReplyObject,
    status: 201,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/replies/{id}/submit",
    operationId: "submitReply",
    tag: "handling",
    summary: "提交答复审核（DRAFT → IN_REVIEW；须本轮已与代表沟通）",
    roles: "主办单位（UNIT_HANDLER、UNIT_LEADER）",
    auth: true,
    bodyDescription: "请求体可省略；带 expectedVersion 时，答复已被修改则返回 409。",
    body: submitReplyInput,
    bodyOptional: true,
    response: ReplyObject,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/replies/{id}/sign",
    operationId: "signReply",
    tag: "handling",
    summary: "签发答复（IN_REVIEW → SIGNED；会办意见未到且未逾期时不能签发）",
    roles: "主办单位的 UNIT_LEADER",
    auth: true,
    bodyDescription: "请求体可省略；带 expectedVersion 时，答复在调用者阅读后被退回、修改或重新提交则返回 409，不会签发未看过的内容。",
    body: signReplyInput,
    bodyOptional: true,
    response: ReplyObject,
    status: 200,
    errors: [400, 401, 403, 404, 409, 422],
  },
  {
    method: "POST",
    path: "/suggestions/{id}/feedback",
    operationId: "giveFeedback",
    tag: "handling",
    summary: "领衔代表对已签发的答复进行满意度测评（不满意 DISSATISFIED 须填写 comment 说明理由）",
    roles: "领衔代表（DEPUTY）",
    auth: true,
    body: feedbackInput,
    response: FeedbackObject,
    status: 201,
    errors: [400, 401, 403, 404, 409, 422],
  },
];

export const OPERATIONS: Operation[] = [
  ...read,
  ...write,
  ...KEY_OPERATIONS,
  ...STANDING_OPERATIONS,
  ...ADMIN_OPERATIONS,
  ...WORKLIST_OPERATIONS,
];
