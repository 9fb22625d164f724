import { z } from "zod";
import { SuggestionStatus } from "@/lib/generated/prisma/enums";
import { pageParam } from "./common";

/** The suggestion list's URL parameters; anything malformed falls back to its default instead of failing. */
export const listPageQuery = z.object({
  session: z.string().trim().max(20).optional().catch(undefined),
  status: z
    .enum(Object.values(SuggestionStatus) as [SuggestionStatus, ...SuggestionStatus[]])
    .optional()
    .catch(undefined),
  field: z.string().trim().max(20).optional().catch(undefined),
  /** Unit code (or id): suggestions with an active assignment to it (the dashboard's per-unit links). */
  unit: z.string().trim().max(50).optional().catch(undefined),
  q: z.string().trim().max(100).optional().catch(undefined),
  sort: z
    .enum(["number", "-number", "submittedAt", "-submittedAt", "updatedAt", "-updatedAt", "status", "-status", "title", "-title"])
    .optional()
    .catch(undefined),
  page: pageParam,
});
export type ListPageQuery = z.infer<typeof listPageQuery>;

export const FIELDS = [
  "经济发展",
  "教育",
  "医疗卫生",
  "农业农村",
  "生态环境",
  "交通",
  "社会保障",
  "科技",
  "文化旅游",
  "政务服务",
  "其他",
] as const;
