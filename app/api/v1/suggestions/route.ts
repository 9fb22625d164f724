// GET /api/v1/suggestions — the caller's suggestions (scoped by role), filtered and paginated (SPEC §6).
import { withApi } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { listSuggestions } from "@/lib/data/suggestions";
import { SuggestionListQuery } from "@/lib/validation/api";

export const GET = withApi(
  async ({ request, actor }) => {
    const { role, ...query } = readQuery(request, SuggestionListQuery);
    return json(await listSuggestions(actor, { ...query, assignmentRole: role }));
  },
  { auth: true },
);
