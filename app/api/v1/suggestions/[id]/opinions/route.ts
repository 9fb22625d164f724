// POST /api/v1/suggestions/{id}/opinions — a co unit: {text} → 201 the opinion.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { submitOpinion } from "@/lib/workflow/communications";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => created(await submitOpinion({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.unit },
);
