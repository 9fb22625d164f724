// npm run build — regenerate the Prisma client and build Next, stamping the build so npm start reuses it.
// --no-generate keeps the client as it is: npm test generates it first and builds while vitest imports it.
import { spawnSync } from "node:child_process";
import { ensureBuild } from "../lib/server/build";

if (!process.argv.includes("--no-generate")) {
  const generated = spawnSync(process.execPath, ["scripts/prisma-generate.mjs"], { stdio: "inherit" });
  if (generated.status !== 0) process.exit(generated.status ?? 1);
}
await ensureBuild({ force: process.argv.includes("--force") });
