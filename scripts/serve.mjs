// The production web server, which scripts/start.ts runs in place of `next start`: Next's own request handler
// (the same one `next start` uses) behind an admission gate, so that under load page views take turns
// instead of all sharing the one thread at once (lib/server/admission-gate.mjs, issue 12).
// Plain JavaScript on purpose: it runs under plain Node, without a TypeScript loader in the hot path.
// Settings come from the environment scripts/start.ts checked: PORT, RENDER_CONCURRENCY.
import http from "node:http";
import path from "node:path";
import { fileURLToPath } from "node:url";
import next from "next";
import { AdmissionGate, publishGate, takeTurn } from "../lib/server/admission-gate.mjs";

const dir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const port = Number(process.env.PORT);
const gate = new AdmissionGate(Number(process.env.RENDER_CONCURRENCY));
// How long a view counts at most (takeTurn).
const HOLD_MS = 10_000;
publishGate(gate);

/**
 * Page views, API reads and exports take turns. The browser's static files (cheap, and a page waits for them)
 * and the health check (a probe must see the server alive when it is busy) do not; neither do writes (form
 * posts, server actions, uploads): they would hold a turn while a slow client sends its body.
 * @param {http.IncomingMessage} req
 */
function takesTurns(req) {
  if (req.method !== "GET" && req.method !== "HEAD") return false;
  const url = req.url ?? "/";
  return !url.startsWith("/_next/static/") && !url.startsWith("/api/v1/health") && url !== "/favicon.ico";
}

process.title = "next-server (建议办理)";
const app = next({ dev: false, dir, port });
await app.prepare();
const handle = app.getRequestHandler();

/** @param {http.IncomingMessage} req @param {http.ServerResponse} res */
async function serve(req, res) {
  try {
    await handle(req, res);
  } catch (error) {
    // As `next start` does: Next answers its own errors; this is for one it did not.
    console.error(`Failed to handle request for ${req.url}`, error);
    if (!res.headersSent) res.statusCode = 500;
    res.end("Internal Server Error");
  }
}

const server = http.createServer(async (req, res) => {
  if (!takesTurns(req) || (await takeTurn(gate, req, res, { holdMs: HOLD_MS }))) await serve(req, res);
});
server.listen(port, () => console.log(`[建议办理] web server on port ${port}, ${gate.limit || "unlimited"} page views at once`));
