// The administration part of HTTP API v1 (issue 11): searching units and deputies, and what the PATCH edits
// answer. Request bodies are the workflow's own schemas (lib/validation/admin-edits.ts).
import { z } from "zod";
import { Role, UnitKind } from "@/lib/generated/prisma/enums";

const text = (max: number) => z.string().trim().min(1).max(max);
const flag = z.enum(["true", "false"]).transform((v) => v === "true");

export const UnitSearchQuery = z
  .object({
    q: text(50).optional().meta({ description: "在代码、名称、别名和曾用名中检索" }),
    inactive: flag.optional().meta({ description: "true：也列出已停用的单位" }),
  })
  .strict()
  .meta({ title: "UnitSearchQuery" });

export const DeputySearchQuery = z
  .object({
    q: text(50).optional().meta({ description: "在姓名、代表团、代码中检索" }),
    page: z.coerce.number().int().min(1).max(100_000).default(1).meta({ description: "页码，从 1 开始" }),
    pageSize: z.coerce.number().int().min(1).max(100).default(20).meta({ description: "每页条数，最多 100" }),
  })
  .strict()
  .meta({ title: "DeputySearchQuery" });

export const UnitListItem = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(UnitKind),
    active: z.boolean(),
    version: z.number().int(),
    aliases: z.array(z.string()),
    formerNames: z.array(z.object({ name: z.string(), validFrom: z.iso.datetime(), validTo: z.iso.datetime() })),
  })
  .meta({ title: "UnitListItem" });
export const UnitList = z.object({ items: z.array(UnitListItem), total: z.number().int() }).meta({ title: "UnitList" });

export const DeputyListItem = z
  .object({
    id: z.string(),
    name: z.string(),
    delegation: z.string(),
    code: z.string().nullable(),
    phone: z.string().nullable(),
    version: z.number().int(),
  })
  .meta({ title: "DeputyListItem" });
export const DeputyList = z.object({ items: z.array(DeputyListItem), total: z.number().int() }).meta({ title: "DeputyList" });

export const EditedUser = z
  .object({
    id: z.string(),
    username: z.string(),
    name: z.string(),
    role: z.enum(Role),
    unitId: z.string().nullable(),
    deputyId: z.string().nullable(),
    phone: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ title: "EditedUser", description: "从不返回密码或其散列" });
export const EditedUnit = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    kind: z.enum(UnitKind),
    docPrefix: z.string().nullable(),
    active: z.boolean(),
    version: z.number().int(),
  })
  .meta({ title: "EditedUnit" });
export const EditedSession = z
  .object({
    id: z.string(),
    code: z.string(),
    name: z.string(),
    year: z.number().int(),
    replyDays: z.number().int(),
    version: z.number().int(),
  })
  .meta({ title: "EditedSession" });
