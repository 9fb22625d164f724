// POST /api/v1/suggestions/{id}/communications — a lead or co unit: {method,occurredAt,summary} → 201 the communication.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { recordCommunication } from "@/lib/workflow/communications";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => created(await recordCommunication({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.unit },
);
