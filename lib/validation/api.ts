// Request (and documented response) schemas of HTTP API v1 (SPEC §6). The routes validate with these and
// /api/v1/openapi.json is generated from these same objects (z.toJSONSchema), so the two never drift.
// Workflow bodies (assignment, replies…) are validated by the workflow functions with the schemas of the
// other lib/validation/*.ts files; the OpenAPI document imports those too.
import { z } from "zod";
import { AssignmentRole, Category, Rating, ReplyState, Role, SuggestionStatus, UnitKind } from "@/lib/generated/prisma/enums";

const text = (max: number) => z.string().trim().min(1).max(max);

// ---- auth ----------------------------------------------------------------------------------------------
export const TokenRequest = z
  .object({
    username: text(100).meta({ description: "用户名" }),
    password: z.string().min(1).max(200).meta({ description: "密码" }),
    name: text(100).optional().meta({ description: "令牌名称（可选，便于在管理页识别）" }),
  })
  .meta({ title: "TokenRequest" });

export const TokenResponse = z
  .object({
    token: z.string().meta({ description: "以 Authorization: Bearer <token> 发送" }),
    expiresAt: z.iso.datetime().meta({ description: "到期时间（12 小时后）" }),
  })
  .meta({ title: "TokenResponse" });

// ---- common --------------------------------------------------------------------------------------------
export const ErrorResponse = z
  .object({
    error: z.object({
      code: z.enum([
        "INVALID",
        "UNAUTHENTICATED",
        "FORBIDDEN",
        "NOT_FOUND",
        "CONFLICT",
        "RULE",
        "THROTTLED",
        "PAYLOAD_TOO_LARGE",
        "INTERNAL",
        "UNAVAILABLE",
      ]),
      message: z.string().meta({ description: "中文说明" }),
      fields: z.record(z.string(), z.string()).optional().meta({ description: "出错的字段及原因" }),
    }),
  })
  .meta({ title: "Error" });

export const HealthResponse = z.object({ status: z.literal("ok") }).meta({ title: "Health" });

export const IdParams = z.object({ id: text(64).meta({ description: "记录 id" }) });

// ---- suggestions ---------------------------------------------------------------------------------------
export const SUGGESTION_SORTS = [
  "number",
  "-number",
  "submittedAt",
  "-submittedAt",
  "updatedAt",
  "-updatedAt",
  "status",
  "-status",
  "title",
  "-title",
] as const;

export const SuggestionListQuery = z
  .object({
    session: text(50).optional().meta({ description: "会议代码，如 14-1" }),
    status: z.enum(SuggestionStatus).optional().meta({ description: "状态" }),
    unit: text(64).optional().meta({ description: "承办单位代码：该单位有有效交办（主办或会办）的建议" }),
    role: z.enum(AssignmentRole).optional().meta({ description: "与 unit 一起使用：只要主办（LEAD）或会办（CO）" }),
    field: text(50).optional().meta({ description: "领域" }),
    q: text(100).optional().meta({ description: "在标题、内容、编号中检索（不区分大小写）" }),
    sort: z.enum(SUGGESTION_SORTS).optional().meta({ description: "排序字段，前加 - 为倒序" }),
    page: z.coerce.number().int().min(1).max(100_000).default(1).meta({ description: "页码，从 1 开始" }),
    pageSize: z.coerce.number().int().min(1).max(100).default(20).meta({ description: "每页条数，最多 100" }),
  })
  .strict()
  .meta({ title: "SuggestionListQuery" });

const UnitRef = z.object({ id: z.string(), code: z.string(), name: z.string(), kind: z.enum(UnitKind) });

export const SuggestionListItem = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    field: z.string(),
    status: z.enum(SuggestionStatus),
    urgent: z.boolean(),
    key: z.boolean(),
    submittedAt: z.iso.datetime(),
    updatedAt: z.iso.datetime(),
    version: z.number().int(),
    session: z.object({ id: z.string(), code: z.string(), name: z.string(), year: z.number().int() }),
    leadDeputy: z.object({ id: z.string(), name: z.string(), delegation: z.string() }),
    leadUnit: UnitRef.nullable(),
    dueAt: z.iso.datetime().nullable().meta({ description: "主办答复期限（含批准的延期）" }),
    coUnits: z.array(UnitRef),
    overdue: z.boolean(),
  })
  .meta({ title: "SuggestionListItem" });

export const SuggestionList = z.object({ items: z.array(SuggestionListItem), total: z.number().int() }).meta({ title: "SuggestionList" });

export const SuggestionDetail = z
  .object({
    id: z.string(),
    number: z.string(),
    title: z.string(),
    content: z.string(),
    status: z.enum(SuggestionStatus),
    session: z.object({ code: z.string(), name: z.string() }).loose(),
    leadDeputy: z.object({ id: z.string(), name: z.string(), delegation: z.string() }).loose(),
    coSigners: z.array(z.object({ deputy: z.object({ id: z.string(), name: z.string() }).loose() })),
    assignments: z.array(z.object({ id: z.string(), role: z.enum(AssignmentRole), dueAt: z.iso.datetime(), unit: UnitRef }).loose()),
    communications: z.array(z.object({ id: z.string() }).loose()),
    opinions: z.array(z.object({ id: z.string() }).loose()).meta({ description: "代表看不到会办意见" }),
    replies: z
      .array(z.object({ id: z.string(), category: z.enum(Category), state: z.enum(ReplyState), text: z.string() }).loose())
      .meta({ description: "代表只看到已签发的答复" }),
    feedback: z.array(z.object({ id: z.string(), rating: z.enum(Rating) }).loose()),
    followUps: z.array(z.object({ id: z.string() }).loose()),
    reclassifications: z.array(z.object({ id: z.string() }).loose()),
    supervisions: z.array(z.object({ id: z.string() }).loose()),
    reassignmentRequests: z.array(z.object({ id: z.string() }).loose()),
    extensionRequests: z.array(z.object({ id: z.string() }).loose()),
    keyProgressReports: z.array(z.object({ id: z.string(), reportedOn: z.iso.datetime(), text: z.string() }).loose()).meta({
      description: "重点建议的办理进展，最新的在前（代表看不到）",
    }),
    timeline: z.array(
      z
        .object({
          id: z.string(),
          at: z.iso.datetime(),
          action: z.string(),
          entity: z.string(),
          entityId: z.string(),
          actor: z.object({ id: z.string(), name: z.string(), role: z.enum(Role) }).nullable(),
        })
        .loose(),
    ),
  })
  .loose()
  .meta({ title: "SuggestionDetail" });

// ---- statistics ----------------------------------------------------------------------------------------
export const StatsQuery = z
  .object({
    session: text(50).meta({ description: "会议代码（必填）" }),
    unit: text(64).optional().meta({ description: "承办单位代码：只统计该单位有有效交办的建议" }),
    unitKind: z.enum(UnitKind).optional().meta({ description: "单位类型" }),
    field: text(50).optional().meta({ description: "领域" }),
    delegation: text(50).optional().meta({ description: "领衔代表所在代表团" }),
  })
  .strict()
  .meta({ title: "StatsQuery" });

const share = z.object({
  count: z.number().int(),
  percent: z.number().meta({ description: "占已答复件数的百分比，一位小数，最大余数法，四类之和为 100.0" }),
});
const rate = (description: string) => z.number().min(0).max(1).nullable().meta({ description });

export const StatsResponse = z
  .object({
    total: z.number().int().meta({ description: "建议总数（不含撤回）" }),
    assigned: z.number().int(),
    replied: z.number().int(),
    closed: z.number().int(),
    overdue: z.number().int(),
    units: z.object({ total: z.number().int(), departments: z.number().int(), cities: z.number().int() }),
    categories: z.object({ A: share, B: share, C: share, D: share }),
    satisfaction: z.object({
      satisfied: z.number().int(),
      basicallySatisfied: z.number().int(),
      dissatisfied: z.number().int(),
      rate: rate("(满意+基本满意)/测评件数，0–1，三位小数；无测评时为 null"),
    }),
    onTimeRate: rate("按期签发/签发，0–1，三位小数"),
    replyRate: rate("已答复/已交办，0–1，三位小数"),
  })
  .meta({ title: "Stats" });

// ---- writes (bodies are the workflow's own schemas, see lib/api/operations.ts) -------------------------
// What the write routes return, for the documentation: every created object carries its `id`.
const iso = z.iso.datetime();
export const SessionObject = z
  .object({ id: z.string(), code: z.string(), name: z.string(), year: z.number().int(), replyDays: z.number().int(), createdAt: iso })
  .meta({ title: "Session" });
export const UnitObject = z
  .object({ id: z.string(), code: z.string(), name: z.string(), kind: z.enum(UnitKind), active: z.boolean(), createdAt: iso })
  .meta({ title: "Unit" });
export const DeputyObject = z
  .object({ id: z.string(), name: z.string(), delegation: z.string(), code: z.string().nullable(), createdAt: iso })
  .meta({ title: "Deputy" });
export const UserObject = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    role: z.enum(Role),
    unitId: z.string().nullable(),
    deputyId: z.string().nullable(),
    active: z.boolean(),
    createdAt: iso,
  })
  .meta({ title: "User", description: "从不返回密码或其散列" });
export const SuggestionObject = z
  .object({
    id: z.string(),
    sessionId: z.string(),
    number: z.string(),
    title: z.string(),
    content: z.string(),
    field: z.string(),
    leadDeputyId: z.string(),
    submittedAt: iso,
    urgent: z.boolean(),
    status: z.enum(SuggestionStatus),
    version: z.number().int(),
  })
  .loose()
  .meta({ title: "Suggestion" });
export const SuggestionBatch = z.object({ items: z.array(SuggestionObject), total: z.number().int() }).meta({ title: "SuggestionBatch" });
export const AssignmentObject = z
  .object({
    id: z.string(),
    suggestionId: z.string(),
    unitId: z.string(),
    role: z.enum(AssignmentRole),
    assignedAt: iso,
    dueAt: iso,
    state: z.enum(["ACTIVE", "REASSIGNED", "CANCELLED"]),
  })
  .loose()
  .meta({ title: "Assignment" });
export const AssignmentList = z.object({ items: z.array(AssignmentObject), total: z.number().int() }).meta({ title: "AssignmentList" });
export const CommunicationObject = z
  .object({
    id: z.string(),
    suggestionId: z.string(),
    unitId: z.string(),
    method: z.string(),
    occurredAt: iso,
    summary: z.string(),
    round: z.number().int(),
  })
  .loose()
  .meta({ title: "Communication" });
export const OpinionObject = z
  .object({ id: z.string(), suggestionId: z.string(), assignmentId: z.string(), unitId: z.string(), text: z.string(), createdAt: iso })
  .loose()
  .meta({ title: "Opinion" });
export const ReplyObject = z
  .object({
    id: z.string(),
    suggestionId: z.string(),
    unitId: z.string(),
    round: z.number().int(),
    category: z.enum(Category),
    text: z.string(),
    state: z.enum(ReplyState),
    version: z.number().int(),
    signedAt: iso.nullable(),
    commitments: z.array(z.object({ id: z.string(), text: z.string(), dueAt: iso }).loose()).optional(),
  })
  .loose()
  .meta({ title: "Reply" });
export const FeedbackObject = z
  .object({
    id: z.string(),
    suggestionId: z.string(),
    replyId: z.string(),
    deputyId: z.string(),
    rating: z.enum(Rating),
    comment: z.string().nullable(),
    createdAt: iso,
  })
  .loose()
  .meta({ title: "Feedback" });
