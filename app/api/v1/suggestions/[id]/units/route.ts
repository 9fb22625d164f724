// POST /api/v1/suggestions/{id}/units — OFFICE/ADMIN correct who handles a suggestion in handling and by when
// (issue 11): {leadUnitCode?, coUnitCodes?, dueAt?, reason, expectedVersion} → 200 the active assignments.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { correctUnits } from "@/lib/workflow/corrections-units";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => {
    const items = await correctUnits({ actor }, params.id, await readUntrusted(request));
    return json({ items, total: items.length });
  },
  { auth: true, roles: ROLE_GROUPS.office },
);
