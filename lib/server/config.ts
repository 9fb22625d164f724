// Configuration by environment (SPEC §9), read in one place.
import path from "node:path";

export function dataDir(): string {
  return path.resolve(process.env.DATA_DIR || ".data");
}

export function appPort(): number {
  return Number(process.env.PORT) || 3000;
}

export function embeddedPostgresPort(): number {
  return Number(process.env.EMBEDDED_PG_PORT) || 54329;
}

export function demoSeedEnabled(): boolean {
  return (process.env.DEMO_SEED ?? "true").toLowerCase() !== "false";
}
