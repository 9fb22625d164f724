// GET /api/v1/suggestions — the caller's suggestions (scoped by role), filtered and paginated.
// POST /api/v1/suggestions — OFFICE registers one suggestion, or {sessionCode, items:[…]} all or nothing.
import { BODY_LIMITS } from "@/lib/api/body";
import { withApi } from "@/lib/api/handler";
import { readJson, readQuery } from "@/lib/api/input";
import { created, json } from "@/lib/api/respond";
import { listSuggestions } from "@/lib/data/suggestions";
import { SuggestionListQuery } from "@/lib/validation/api";
import { Untrusted } from "@/lib/validation/parse";
import { registerSuggestions } from "@/lib/workflow/register";
import { ROLE_GROUPS } from "@/lib/permissions/roles";

export const GET = withApi(
  async ({ request, actor }) => {
    const { role, ...query } = readQuery(request, SuggestionListQuery);
    return json(await listSuggestions(actor, { ...query, assignmentRole: role }, new Date(), { keepPage: true }));
  },
  { auth: true },
);

/** A batch may carry sessionCode in each item instead of beside `items`: lift it when all items agree. */
function liftSessionCode(body: unknown): unknown {
  if (!body || typeof body !== "object" || Array.isArray(body)) return body;
  const { items, sessionCode } = body as { items?: unknown; sessionCode?: unknown };
  if (!Array.isArray(items) || sessionCode !== undefined) return body;
  const codes = new Set(
    items.map((item) => (item && typeof item === "object" ? (item as { sessionCode?: unknown }).sessionCode : undefined)),
  );
  return codes.size === 1 && typeof [...codes][0] === "string" ? { ...body, sessionCode: [...codes][0] } : body;
}

export const POST = withApi(
  async ({ request, actor }) => {
    // A batch of up to 10,000 suggestions: the bulk cap rather than one record's.
    const body = liftSessionCode(await readJson(request, { limit: BODY_LIMITS.bulk }));
    const suggestions = await registerSuggestions({ actor }, new Untrusted(body));
    const batch = !!body && typeof body === "object" && "items" in body;
    return created(batch ? { items: suggestions, total: suggestions.length } : suggestions[0]);
  },
  { auth: true, roles: ROLE_GROUPS.office },
);
