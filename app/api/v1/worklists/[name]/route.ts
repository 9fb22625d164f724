// GET /api/v1/worklists/{name} — one page of one of the caller's worklists, each item naming its suggestion.
// A list that is not the caller's (or no list at all) is a 404.
import { ApiError } from "@/lib/api/errors";
import { withApi } from "@/lib/api/handler";
import { readQuery } from "@/lib/api/input";
import { json } from "@/lib/api/respond";
import { loadWorklist } from "@/lib/data/worklists";
import { WorklistQuery } from "@/lib/validation/worklists";
import { isWorklistName } from "@/lib/worklists/names";

export const GET = withApi<{ name: string }>(
  async ({ request, actor, params }) => {
    if (!isWorklistName(params.name)) throw new ApiError(404, "NOT_FOUND", "errors.notFound");
    const paging = readQuery(request, WorklistQuery);
    return json({ name: params.name, ...(await loadWorklist(actor, params.name, paging)) });
  },
  { auth: true },
);
