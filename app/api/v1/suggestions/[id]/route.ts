// GET /api/v1/suggestions/{id} — full detail with timeline; 404 when it does not exist or is not the
// caller's to see (SPEC §6: a record the caller may not see is a 404).
// PATCH /api/v1/suggestions/{id} — OFFICE/ADMIN correct what was registered (issue 11): the fields to change,
// a reason and expectedVersion → 200 the suggestion as corrected.
import { ApiError } from "@/lib/api/errors";
import { withApi } from "@/lib/api/handler";
import { readUntrusted } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";
import { ROLE_GROUPS } from "@/lib/permissions/roles";
import { correctSuggestion } from "@/lib/workflow/corrections";

export const GET = withApi<{ id: string }>(
  async ({ actor, params }) => {
    const detail = await getSuggestionDetail(actor, params.id);
    if (!detail) throw new ApiError(404, "NOT_FOUND", "errors.notFound");
    return json(detail);
  },
  { auth: true },
);

export const PATCH = withApi<{ id: string }>(
  async ({ request, actor, params }) => json(await correctSuggestion({ actor }, params.id, await readUntrusted(request))),
  { auth: true, roles: ROLE_GROUPS.office },
);
