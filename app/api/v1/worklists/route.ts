// GET /api/v1/worklists — the caller's worklists with how many items wait in each (an empty list for a role
// without worklists).
import { withApi } from "@/lib/api/handler";
import { json } from "@/lib/api/respond";
import { worklistCounts } from "@/lib/data/worklists";
import { worklistsOf } from "@/lib/worklists/names";

export const GET = withApi(
  async ({ actor }) => {
    const counts = await worklistCounts(actor);
    return json({ lists: worklistsOf(actor).map((name) => ({ name, count: counts[name] ?? 0 })) });
  },
  { auth: true },
);
