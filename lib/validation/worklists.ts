// The worklists' and the changes feed's API shapes: the queries the routes parse and the answers the OpenAPI
// document describes (lib/api/operations-worklists.ts).
import { z } from "zod";
import { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { WORKLIST_NAMES } from "@/lib/worklists/names";

export const WorklistQuery = z
  .object({
    page: z.coerce.number().int().min(1).max(100_000).default(1).meta({ description: "页码，从 1 开始" }),
    pageSize: z.coerce.number().int().min(1).max(100).default(50).meta({ description: "每页条数，最多 100" }),
  })
  .strict()
  .meta({ title: "WorklistQuery" });

export const WorklistItem = z
  .object({
    suggestionId: z.string(),
    sessionCode: z.string(),
    number: z.string(),
    title: z.string(),
    status: z.enum(SuggestionStatus),
    at: z.iso.datetime().nullable().meta({ description: "开始等待的时间（提交、交办、申请），到期清单为办理期限" }),
    dueAt: z.iso.datetime().nullable(),
    unitName: z.string().nullable(),
    kind: z.string().nullable().meta({ description: "申请：REASSIGNMENT / EXTENSION；交办：LEAD / CO" }),
    ref: z.string().meta({ description: "所指记录的 id：答复、申请、交办或建议" }),
  })
  .meta({ title: "WorklistItem" });

export const WorklistPage = z
  .object({ name: z.enum(WORKLIST_NAMES), items: z.array(WorklistItem), total: z.number().int() })
  .meta({ title: "WorklistPage" });

export const WorklistCountsResponse = z
  .object({ lists: z.array(z.object({ name: z.enum(WORKLIST_NAMES), count: z.number().int() })) })
  .meta({ title: "WorklistCounts" });

/** The feed's position: the last event's transaction id and sequence number, opaque to the caller. */
export interface ChangeCursor {
  xid: bigint;
  seq: bigint;
}

export const encodeCursor = (c: ChangeCursor) => Buffer.from(`${c.xid}.${c.seq}`).toString("base64url");

const cursor = z
  .string()
  .max(64)
  .transform((value, ctx): ChangeCursor => {
    const match = /^(\d{1,20})\.(\d{1,20})$/.exec(Buffer.from(value, "base64url").toString("latin1"));
    if (!match?.[1] || !match[2]) {
      ctx.addIssue({ code: "custom", message: "invalid cursor" });
      return z.NEVER;
    }
    return { xid: BigInt(match[1]), seq: BigInt(match[2]) };
  });

export const ChangesQuery = z
  .object({
    after: cursor.optional().meta({ description: "上次返回的 cursor；省略则从头开始" }),
    limit: z.coerce.number().int().min(1).max(1000).default(200).meta({ description: "本次最多读取的审计事件数，最多 1000" }),
  })
  .strict()
  .meta({ title: "ChangesQuery" });

export const ChangesResponse = z
  .object({
    changes: z.array(
      z.object({
        suggestionId: z.string(),
        sessionCode: z.string(),
        number: z.string(),
        status: z.enum(SuggestionStatus),
        version: z.number().int(),
        updatedAt: z.iso.datetime(),
      }),
    ),
    cursor: z.string().meta({ description: "下次请求的 after；没有新变更时与请求的相同" }),
    hasMore: z.boolean().meta({ description: "true 时立即再取一次" }),
  })
  .meta({ title: "ChangesResponse" });
