// POST /api/v1/suggestions/{id}/assignment — OFFICE: {leadUnitCode,coUnitCodes?,dueAt?} → 201 the created
// assignments as {items,total}.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { assignSuggestion } from "@/lib/workflow/assign";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => {
    const items = await assignSuggestion({ actor }, params.id, await readUntrusted(request));
    return created({ items, total: items.length });
  },
  { auth: true, roles: ROLE_GROUPS.office },
);
