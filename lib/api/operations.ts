// The operations of HTTP API v1, described once: the OpenAPI document (lib/api/openapi.ts) and the
// reference page (/api/v1/docs) are generated from this list and from the very zod schemas the routes use.
import type { z } from "zod";
import {
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

export interface Operation {
  method: "GET" | "POST";
  /** OpenAPI path under /api/v1, e.g. "/suggestions/{id}". */
  path: string;
  operationId: string;
  summary: string;
  /** Who may call it (role codes of SPEC §1), as shown to readers. */
  roles: string;
  auth: boolean;
  query?: z.ZodType;
  body?: z.ZodType;
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
  403: "无权执行此操作",
  404: "记录不存在或无权查看",
  409: "冲突：记录重复，或已被他人修改",
  422: "办理规则不允许（如未沟通不能提交答复）",
  429: "登录失败次数过多，请稍后再试",
  503: "数据库不可用",
};

const read: Operation[] = [
  {
    method: "GET", path: "/health", operationId: "health", tag: "system", summary: "健康检查（检查数据库连接）",
    roles: "任何人", auth: false, response: HealthResponse, status: 200, errors: [503],
  },
  {
    method: "POST", path: "/auth/token", operationId: "createToken", tag: "auth", summary: "用用户名和密码换取访问令牌（12 小时有效）",
    roles: "任何用户", auth: false, body: TokenRequest, response: TokenResponse, status: 201, errors: [400, 401, 429],
  },
  {
    method: "GET", path: "/suggestions", operationId: "listSuggestions", tag: "suggestions",
    summary: "建议列表：按角色限定范围（承办单位只见本单位交办的，代表只见本人领衔或附议的）",
    roles: "所有角色（按角色限定范围）", auth: true, query: SuggestionListQuery, response: SuggestionList, status: 200, errors: [400, 401],
  },
  {
    method: "GET", path: "/suggestions/{id}", operationId: "getSuggestion", tag: "suggestions",
    summary: "建议详情：交办、沟通、会办意见、答复、测评、跟踪落实、督办及完整时间线",
    roles: "所有角色（按角色限定范围）", auth: true, response: SuggestionDetail, status: 200, errors: [401, 404],
  },
  {
    method: "GET", path: "/stats", operationId: "getStats", tag: "statistics",
    summary: "会议办理统计（口径见 SPEC §4：百分比按最大余数法修约，四类之和为 100.0）",
    roles: "OFFICE、LEADER、ADMIN", auth: true, query: StatsQuery, response: StatsResponse, status: 200, errors: [400, 401, 403, 404],
  },
];

/** Operations that write through lib/workflow (added as those functions land). */
const write: Operation[] = [];

export const OPERATIONS: Operation[] = [...read, ...write];
