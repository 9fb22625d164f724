// POST /api/v1/replies/{id}/submit — the lead unit: DRAFT → IN_REVIEW (rule 2: a communication first).
// The body may be left out; {expectedVersion} refuses (409) a reply changed since the caller read it. 200 with the reply.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { submitReply } from "@/lib/workflow/replies";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await submitReply({ actor }, params.id, await readUntrusted(request, { optional: true }))),
  { auth: true, roles: ROLE_GROUPS.unit },
);
