// Runs once when a Next server instance starts: every instance runs a job worker (Postgres coordinates them).
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { setting } = await import("./lib/server/config");
  if (!setting("JOBS_WORKER")) return;
  const { startWorker } = await import("./lib/jobs/worker");
  startWorker();
}
