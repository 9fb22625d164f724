// Configuration is read in one place: lib/server/config.ts parses every setting (README, Configuration).
// Any other read of process.env in the app, its scripts or the seed fails here unless it is on the list below,
// with the reason it cannot go through `setting`. Test harness configs (playwright, vitest) are not the app.
import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";

const root = path.resolve(import.meta.dirname, "../..");
const ROOTS = ["app", "components", "lib", "scripts", "prisma", "proxy.ts", "instrumentation.ts", "next.config.js", "prisma.config.ts"];
const SKIP = new Set(["node_modules", "generated"]);

const ALLOWED: Record<string, string> = {
  "lib/server/config.ts": "the configuration module itself",
  "instrumentation.ts": "NEXT_RUNTIME is set by Next per runtime and must be checked before anything is imported",
  "next.config.js":
    "Next loads it alone, before the app, and it cannot import TypeScript (PUBLIC_URL for HSTS; BUILD_TYPECHECK, which npm test sets for its build)",
  "prisma.config.ts": "the Prisma CLI's own configuration file",
  "lib/server/build.ts": "hands the whole environment to the `next build` child process",
  "lib/server/backup/dump.ts": "hands the whole environment (plus PGPASSWORD) to pg_dump/psql",
  "scripts/start.ts": "hands the whole environment to the web server's child process (scripts/serve.mjs, or `next dev`)",
  "scripts/serve.mjs":
    "runs under plain Node, without TypeScript: it reads PORT and RENDER_CONCURRENCY, which scripts/start.ts parsed with the schema and handed on",
  "scripts/prisma-generate.mjs": "hands the whole environment to `prisma generate`",
  "scripts/test.mjs": "hands the whole environment to each stage of npm test (vitest, next build, tsc, eslint, playwright)",
  "scripts/bench/load-setup.ts": "hands the whole environment to `npm start` and the bench:scale generator it runs",
};

function sources(rel: string, out: string[] = []): string[] {
  const full = path.join(root, rel);
  if (statSync(full).isFile()) return /\.(ts|tsx|js|mjs|cjs)$/.test(rel) ? [...out, rel] : out;
  for (const entry of readdirSync(full)) if (!SKIP.has(entry)) out = sources(path.posix.join(rel, entry), out);
  return out;
}

// `process.env.X = value` hands a value on (the scripts give lib/db its DATABASE_URL); it reads nothing.
const reads = (text: string) => text.replace(/process\.env\.[A-Z_]+\s*=(?!=)/g, "").includes("process.env");

const files = ROOTS.flatMap((r) => sources(r));

describe("process.env is read only by the configuration module", () => {
  it("no other file reads it", () => {
    const offenders = files.filter((f) => !(f in ALLOWED) && reads(readFileSync(path.join(root, f), "utf8")));
    expect(offenders, "read the setting through setting() from lib/server/config.ts, adding it to the schema").toEqual([]);
  });

  it("every allowed file still needs its exception", () => {
    const stale = Object.keys(ALLOWED).filter((f) => !files.includes(f) || !reads(readFileSync(path.join(root, f), "utf8")));
    expect(stale).toEqual([]);
  });
});
