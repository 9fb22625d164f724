// GET /api/v1/suggestions/{id} — full detail with timeline; 404 when it does not exist or is not the
// caller's to see (SPEC §6: a record the caller may not see is a 404).
import { ApiError } from "@/lib/api/errors";
import { withApi } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { getSuggestionDetail } from "@/lib/data/suggestion-detail";

export const GET = withApi<{ id: string }>(
  async ({ actor, params }) => {
    const detail = await getSuggestionDetail(actor, params.id);
    if (!detail) throw new ApiError(404, "NOT_FOUND", "errors.notFound");
    return json(detail);
  },
  { auth: true },
);
