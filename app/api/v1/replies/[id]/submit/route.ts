// POST /api/v1/replies/{id}/submit — the lead unit: DRAFT → IN_REVIEW (rule 2: a communication first).
// No body is needed; 200 with the reply.
import { withApi } from "@/lib/api/handler";
import { readJson } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { submitReply } from "@/lib/workflow/replies";

export const POST = withApi<{ id: string }>(
  async ({ request, actor, params }) => {
    await readJson(request, { optional: true }); // a body, if any, must still be JSON
    return json(await submitReply({ actor }, params.id));
  },
  { auth: true, roles: ["UNIT_HANDLER", "UNIT_LEADER"] },
);
