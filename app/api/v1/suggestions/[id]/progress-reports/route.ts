// POST /api/v1/suggestions/{id}/progress-reports — the lead unit's progress report (汇报) on a key suggestion
// to its leader: {text, reportedOn} → 201 the report.
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { created } from "@/lib/api/respond";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { reportKeyProgress } from "@/lib/workflow/keys";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => created(await reportKeyProgress({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.unit },
);
