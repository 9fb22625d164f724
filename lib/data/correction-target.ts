// What the office's correction forms open on (components/workflow/correction-panels.tsx): the suggestion's
// registered facts and, while it is being handled, its units and the lead's due date — from the detail already
// loaded for the page, so the forms cost no query of their own.
import type { DeputyOption } from "./deputies";
import type { SuggestionDetail } from "./suggestion-detail";
import { activeCos, activeLead } from "@/lib/permissions/can";
import { isHandling } from "@/lib/workflow/states";

export interface CorrectionTarget {
  id: string;
  version: number;
  title: string;
  content: string;
  field: string;
  urgent: boolean;
  confidential: boolean;
  leadDeputy: DeputyOption;
  coSigners: DeputyOption[];
  /** The units handling it now; null when it is not in handling (nothing to correct there). */
  handling: { leadUnitCode: string; coUnitCodes: string[]; dueAt: Date } | null;
}

export function correctionTargetOf(detail: SuggestionDetail): CorrectionTarget {
  const lead = activeLead(detail.assignments);
  const { id, name, delegation } = detail.leadDeputy;
  return {
    id: detail.id,
    version: detail.version,
    title: detail.title,
    content: detail.content,
    field: detail.field,
    urgent: detail.urgent,
    confidential: detail.confidential,
    leadDeputy: { id, name, delegation },
    coSigners: detail.coSigners.map((c) => ({ id: c.deputy.id, name: c.deputy.name, delegation: c.deputy.delegation })),
    handling:
      lead && isHandling(detail.status)
        ? { leadUnitCode: lead.unit.code, coUnitCodes: activeCos(detail.assignments).map((a) => a.unit.code), dueAt: lead.dueAt }
        : null,
  };
}
