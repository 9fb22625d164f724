// GET /export/outcome?session=&unitKind=&unit=&field=&delegation= — the outcome distribution, satisfaction
// and headline figures as .xlsx (OFFICE, LEADER, ADMIN; signed in with the session cookie).
import { exportRoute, fileResponse } from "@/lib/reports/http";
import { buildOutcomeWorkbook } from "@/lib/reports/outcome-xlsx";

export const dynamic = "force-dynamic";

export const GET = exportRoute(async (request) => fileResponse(await buildOutcomeWorkbook(request)));
