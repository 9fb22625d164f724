// POST /api/v1/suggestions/{id}/key — OFFICE/ADMIN: {key:true, leaderId} assigns the key suggestion to a
// leader (or moves it to another), {key:false} ends it; optional reason and expectedVersion → 200 the suggestion.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { assignKeyLeader } from "@/lib/workflow/keys";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await assignKeyLeader({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.office },
);
