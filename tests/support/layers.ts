// The import rule of README "Working on the code" → Layout: imports point app → components → lib only.
// Read from the source text (no build): every static, re-export, dynamic and require specifier, resolved
// from "@/…" or a relative path to the repository folder it lands in.
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";

export const ROOT = path.resolve(import.meta.dirname, "../..");
/** Scanned: the application's source. Tests, prisma/ (seed) and scripts/ may use anything. */
const SOURCE_DIRS = ["app", "components", "lib"];
const ROOT_FILES = ["proxy.ts", "instrumentation.ts"];
const SKIP = new Set(["lib/generated", "node_modules"]);

export interface Violation {
  file: string;
  specifier: string;
  rule: string;
}

const SPECIFIER = /(?:\bfrom\s*|\bimport\s*\(\s*|\bimport\s+|\brequire\s*\(\s*)["']([^"']+)["']/g;
// `import type …` never reaches the running code: the Prisma client's types may be named anywhere.
const TYPE_ONLY = /^\s*(?:import|export)\s+type\b/;

/** The repository-relative path ("lib/db") an import resolves to, or null for a package. */
export function resolveSpecifier(file: string, specifier: string): string | null {
  let target: string;
  if (specifier.startsWith("@/")) target = specifier.slice(2);
  else if (specifier.startsWith(".")) target = path.posix.join(path.posix.dirname(file), specifier);
  else return null;
  return path.posix
    .normalize(target)
    .replace(/\.(tsx?|jsx?|mjs)$/, "")
    .replace(/\/index$/, "");
}

function layerOf(file: string): string {
  return file.includes("/") ? file.slice(0, file.indexOf("/")) : "";
}

/** The rules one import breaks (none for most). */
export function rulesBroken(file: string, target: string, typeOnly: boolean): string[] {
  const from = layerOf(file);
  const to = layerOf(target);
  const broken: string[] = [];
  if (to === "app" && from !== "app") broken.push("only app/ imports from app/: pass server actions down as props from the page");
  if (to === "components" && from === "lib") broken.push("lib/ never imports components/");
  if (target === "lib/db" && from !== "lib") broken.push("only lib/ imports the database: read through lib/data/<entity>.ts");
  if (target === "lib/generated/prisma/client" && from !== "lib" && !typeOnly)
    broken.push("only lib/ uses the Prisma client (types may be imported with `import type`)");
  return broken;
}

/** The violations in one file's text; `file` is repository-relative with forward slashes. */
export function checkSource(file: string, text: string): Violation[] {
  const found: Violation[] = [];
  // Statement by statement (an import may span lines): split before each line that starts one.
  const statements = text.split(/\n(?=\s*(?:import|export)\b)/);
  for (const statement of statements) {
    const typeOnly = TYPE_ONLY.test(statement);
    for (const match of statement.matchAll(SPECIFIER)) {
      const specifier = match[1] ?? "";
      const target = resolveSpecifier(file, specifier);
      if (!target) continue;
      for (const rule of rulesBroken(file, target, typeOnly)) found.push({ file, specifier, rule });
    }
  }
  return found;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(path.join(ROOT, dir), { withFileTypes: true }).flatMap((entry) => {
    const rel = `${dir}/${entry.name}`;
    if (SKIP.has(rel)) return [];
    if (entry.isDirectory()) return sourceFiles(rel);
    return /\.(tsx?|jsx?|mjs)$/.test(entry.name) && !entry.name.endsWith(".d.ts") ? [rel] : [];
  });
}

/** Every violation in the application's source. */
export function scanLayers(): { files: number; violations: Violation[] } {
  const files = [...SOURCE_DIRS.flatMap(sourceFiles), ...ROOT_FILES];
  const violations = files.flatMap((file) => checkSource(file, readFileSync(path.join(ROOT, file), "utf8")));
  return { files: files.length, violations };
}
