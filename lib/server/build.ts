// Builds the app when the sources changed since the last build (used by npm start and npm run build).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";
import { projectRoot } from "../migrations/migrations";
import { buildIsCurrent, markBuilt, sourceFingerprint } from "./build-fingerprint";

function run(args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, args, { cwd: projectRoot, env, stdio: "inherit" });
    child.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${args.join(" ")} exited with ${code}`))));
  });
}

export async function ensureBuild(options: { force?: boolean; log?: (message: string) => void } = {}) {
  const log = options.log ?? console.log;
  const env = { ...process.env, NEXT_TELEMETRY_DISABLED: "1" };
  const fingerprint = await sourceFingerprint(projectRoot);
  if (!options.force && (await buildIsCurrent(projectRoot, fingerprint))) return log("build is current");
  if (!existsSync(path.join(projectRoot, "lib/generated/prisma/client.ts"))) await run(["scripts/prisma-generate.mjs"], env);
  log("building the app (next build)…");
  await run([path.join(projectRoot, "node_modules/next/dist/bin/next"), "build"], env);
  await markBuilt(projectRoot, fingerprint);
}
