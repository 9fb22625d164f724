// Documented responses of the key-suggestion endpoints of HTTP API v1 (the OpenAPI is generated from these).
import { z } from "zod";
import { SuggestionStatus } from "@/lib/generated/prisma/enums";

const iso = z.iso.datetime();
const unitRef = z.object({ code: z.string(), name: z.string() });
const person = z.object({ id: z.string(), name: z.string() });

export const ProgressReportObject = z
  .object({
    id: z.string(),
    suggestionId: z.string(),
    unitId: z.string(),
    reportedOn: iso.meta({ description: "汇报日期（当日 0 时，中国时间）" }),
    text: z.string(),
    createdById: z.string(),
    createdAt: iso,
  })
  .meta({ title: "KeyProgressReport" });

export const KeySuggestionList = z
  .object({
    items: z.array(
      z.object({
        id: z.string(),
        number: z.string(),
        title: z.string(),
        status: z.enum(SuggestionStatus),
        version: z.number().int(),
        session: z.object({ code: z.string(), name: z.string() }),
        leader: person.meta({ description: "领办的省政府领导" }),
        leadUnit: unitRef.nullable(),
        coUnits: z.array(unitRef),
        dueAt: iso.nullable().meta({ description: "主办单位的答复期限" }),
        overdue: z.boolean(),
        reportCount: z.number().int(),
        latestReport: z
          .object({ id: z.string(), reportedOn: iso, text: z.string(), createdAt: iso, unit: unitRef, createdBy: person })
          .nullable()
          .meta({ description: "最近一次汇报" }),
      }),
    ),
    total: z.number().int(),
  })
  .meta({ title: "KeySuggestionList" });
