// Resolves the database the scripts work on: DATABASE_URL, or the embedded server under DATA_DIR.
import { dataDir, embeddedPostgresPort } from "../../lib/server/config";
import { startEmbeddedPostgres } from "../../lib/server/embedded-postgres";

export async function withDatabase<T>(work: (url: string) => Promise<T>): Promise<T> {
  if (process.env.DATABASE_URL) return work(process.env.DATABASE_URL);
  const embedded = await startEmbeddedPostgres({ dataDir: dataDir(), port: embeddedPostgresPort() });
  try {
    return await work(embedded.url);
  } finally {
    await embedded.stop();
  }
}
