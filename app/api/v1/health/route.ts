// GET /api/v1/health — anyone: {"status":"ok"} once the database answers SELECT 1; 503 otherwise.
import { db } from "@/lib/db";
import { errorResponse } from "@/lib/api/errors";
import { json } from "@/lib/api/respond";

export const dynamic = "force-dynamic";
const TIMEOUT_MS = 3000;

export async function GET(): Promise<Response> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  try {
    await Promise.race([
      db.$queryRaw`SELECT 1`,
      new Promise((_, reject) => {
        timer = setTimeout(() => reject(new Error("database timeout")), TIMEOUT_MS);
      }),
    ]);
    return json({ status: "ok" });
  } catch (error) {
    console.error("[api] health check failed", error instanceof Error ? error.message : error);
    return errorResponse(503, "UNAVAILABLE", "errors.internal");
  } finally {
    clearTimeout(timer);
  }
}
