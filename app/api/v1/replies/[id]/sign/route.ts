// POST /api/v1/replies/{id}/sign — the lead unit's UNIT_LEADER: IN_REVIEW → SIGNED (rules 3, 4).
// Optional body {publishable?, publicSummary?, expectedVersion?}: with expectedVersion a reply changed since
// the leader read it is 409, never signed unseen. 200 with the signed reply.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { signReply } from "@/lib/workflow/replies";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await signReply({ actor }, params.id, await readUntrusted(request, { optional: true }))),
  { auth: true, roles: ROLE_GROUPS.unitLeader },
);
