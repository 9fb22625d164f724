// POST /api/v1/suggestions/{id}/replies — the lead unit: {category,text,commitments?} → 201 the reply in DRAFT.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { draftReply } from "@/lib/workflow/replies";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => created(await draftReply({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.unit },
);
