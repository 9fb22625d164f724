// Resolves the database the scripts work on: DATABASE_URL, or the embedded server under DATA_DIR.
import { setting } from "../../lib/server/config";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  const url = setting("DATABASE_URL");
  if (url) return work(url);
  const embedded = await startEmbeddedPostgres({
    dataDir: setting("DATA_DIR"),
    port: setting("EMBEDDED_PG_PORT"),
    durable: setting("EMBEDDED_PG_DURABLE"),
  });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
