// How much to fuzz: FUZZ_SEED fixes the inputs (CI uses the default), FUZZ_RUNS is the total over the API
// and the server-action files (at least 10,000 in CI; `npm run fuzz` asks for more).
export const FUZZ_SEED = Number(process.env.FUZZ_SEED ?? 20240304);
export const FUZZ_RUNS = Math.max(Number(process.env.FUZZ_RUNS ?? 10_000), 10);

/** This file's share of the runs, split by weight among its cases (never fewer than `min` per case). */
export function runsFor(share: number, weights: Record<string, number>, min = 20): Record<string, number> {
  const total = Object.values(weights).reduce((a, b) => a + b, 0);
  return Object.fromEntries(Object.entries(weights).map(([k, w]) => [k, Math.max(min, Math.ceil((FUZZ_RUNS * share * w) / total))]));
}

/** The shape every refusal must have: {"error":{code,message,fields?}} and nothing else. */
export function isErrorShape(body: unknown): boolean {
  if (!body || typeof body !== "object" || Object.keys(body).join() !== "error") return false;
  const error = (body as { error: Record<string, unknown> }).error;
  const keys = Object.keys(error).sort().join();
  if (keys !== "code,message" && keys !== "code,fields,message") return false;
  if (typeof error.code !== "string" || typeof error.message !== "string" || !error.message) return false;
  if (error.fields === undefined) return true;
  const fields = error.fields as Record<string, unknown>;
  return !!fields && typeof fields === "object" && Object.values(fields).every((v) => typeof v === "string" && v.length > 0);
}
