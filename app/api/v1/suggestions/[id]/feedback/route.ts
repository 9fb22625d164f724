// POST /api/v1/suggestions/{id}/feedback — the lead deputy: {rating,comment?,expectedVersion?} → 201 the feedback (409 when
// expectedVersion is not the suggestion's current version).
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { giveFeedback } from "@/lib/workflow/feedback";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => created(await giveFeedback({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.deputy },
);
