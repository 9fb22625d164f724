// "Is the current build current?" — a hash of everything that goes into `next build`, kept beside it.
import { createHash } from "node:crypto";
import { existsSync } from "node:fs";
import { readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { publicUrlIsHttps } from "./config";

const inputs = [
  "app",
  "components",
  "lib",
  "messages",
  "public",
  "prisma/schema.prisma",
  "proxy.ts",
  "instrumentation.ts",
  "next.config.js",
  "postcss.config.mjs",
  "package-lock.json",
  "tsconfig.json",
  "tsconfig.build.json",
];
const skip = new Set(["generated", "node_modules"]);

async function collect(root: string, rel: string, out: string[]) {
  const full = path.join(root, rel);
  if (!existsSync(full)) return;
  const entries = await readdir(full, { withFileTypes: true }).catch(() => null);
  if (!entries) return void out.push(rel);
  for (const entry of entries) {
    if (skip.has(entry.name)) continue;
    const child = path.join(rel, entry.name);
    if (entry.isDirectory()) await collect(root, child, out);
    else out.push(child);
  }
}

export async function sourceFingerprint(root: string): Promise<string> {
  const files: string[] = [];
  for (const input of inputs) await collect(root, input, files);
  const hash = createHash("sha256");
  // next.config.js bakes HSTS into the build when PUBLIC_URL is https: a change of scheme needs a build.
  hash.update(`https=${publicUrlIsHttps()}\0`);
  for (const file of files.sort())
    hash
      .update(file)
      .update("\0")
      .update(await readFile(path.join(root, file)))
      .update("\0");
  return hash.digest("hex");
}

const stampFile = (root: string) => path.join(root, ".next", "source-fingerprint");

export async function buildIsCurrent(root: string, fingerprint: string): Promise<boolean> {
  if (!existsSync(path.join(root, ".next", "BUILD_ID"))) return false;
  const stamp = await readFile(stampFile(root), "utf8").catch(() => "");
  return stamp.trim() === fingerprint;
}

export async function markBuilt(root: string, fingerprint: string): Promise<void> {
  await writeFile(stampFile(root), fingerprint + "\n");
}
