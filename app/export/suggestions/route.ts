// GET /export/suggestions?session=&unitKind=&unit=&field=&delegation=&status=&q= — the suggestion list with
// timing fields as .xlsx, streamed while the rows are read in chunks. Any signed-in user: the rows are
// scoped to what they may see (suggestionScope).
import { PassThrough } from "node:stream";
import { exportRoute, streamResponse } from "@/lib/reports/http";
import { prepareSuggestionsExport } from "@/lib/reports/suggestions-xlsx";

export const dynamic = "force-dynamic";

export const GET = exportRoute(async (request) => {
  const exporter = await prepareSuggestionsExport(request);
  const body = new PassThrough();
  exporter.write(body).catch((error: unknown) => body.destroy(error instanceof Error ? error : new Error(String(error))));
  return streamResponse(exporter.filename, body);
});
