// npm run restore -- <backup folder>: into an empty DATA_DIR (embedded) or the empty database of DATABASE_URL.
import path from "node:path";
import { restoreEmbedded, restoreExternal } from "../lib/server/backup/restore";
import { setting } from "../lib/server/config";

const log = (message: string) => console.log(`[建议办理] ${message}`);

async function main() {
  const source = process.argv[2];
  if (!source) throw new Error("name the backup folder: npm run restore -- backups/jianyi-…");
  // Only the settings a backup needs (npm start's full check asks for more, e.g. ADMIN_PASSWORD).
  const config = { DATABASE_URL: setting("DATABASE_URL"), DATA_DIR: setting("DATA_DIR"), EMBEDDED_PG_PORT: setting("EMBEDDED_PG_PORT") };
  const from = path.resolve(source);
  if (config.DATABASE_URL) {
    await restoreExternal({ source: from, url: config.DATABASE_URL, dataDir: config.DATA_DIR });
    log(`restored ${from} into the database of DATABASE_URL`);
  } else {
    await restoreEmbedded({ source: from, dataDir: config.DATA_DIR, port: config.EMBEDDED_PG_PORT });
    log(`restored ${from} into ${config.DATA_DIR}; npm start serves it`);
  }
}

main().catch((error) => {
  console.error(`[建议办理] restore failed: ${error instanceof Error ? error.message : String(error)}`);
  process.exit(1);
});
