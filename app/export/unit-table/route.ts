// GET /export/unit-table?session=&unitKind=&unit=&field=&delegation=&sort= — the handling table as .xlsx
// (OFFICE, LEADER, ADMIN; signed in with the session cookie).
import { exportRoute, fileResponse } from "@/lib/reports/http";
import { buildUnitTableWorkbook } from "@/lib/reports/unit-table-xlsx";

export const dynamic = "force-dynamic";

export const GET = exportRoute(async (request) => fileResponse(await buildUnitTableWorkbook(request)));
