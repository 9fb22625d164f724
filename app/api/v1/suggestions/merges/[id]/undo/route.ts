// POST /api/v1/suggestions/merges/{id}/undo — OFFICE: {reason, items?:[{suggestionId,expectedVersion?}]} takes
// the listed suggestions (all when left out) out of the merged group → 200 {groupId, suggestionIds, removed}.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { undoMerge } from "@/lib/workflow/merge-corrections";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await undoMerge({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.office },
);
