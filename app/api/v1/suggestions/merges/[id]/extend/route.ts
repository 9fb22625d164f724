// POST /api/v1/suggestions/merges/{id}/extend — OFFICE: {reason, items:[{suggestionId,expectedVersion?}]} adds
// suggestions to the merged group, under its lead unit → 200 {groupId, suggestionIds, added}.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { extendMerge } from "@/lib/workflow/merge-corrections";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await extendMerge({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.office },
);
