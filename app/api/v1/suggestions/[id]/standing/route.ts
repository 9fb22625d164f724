// POST /api/v1/suggestions/{id}/standing — OFFICE: {standing:"NOT_ACCEPTED"|"TO_LETTER",reason,expectedVersion?} finds a registration
// not a suggestion (不予立案 / 转为来信); {standing:"SUGGESTION",reason} brings it back, pending → 200 the suggestion.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { decideStanding } from "@/lib/workflow/standing";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await decideStanding({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.office },
);
