// npx tsx --conditions=react-server scripts/seed.ts — seeds the demo (SPEC §8) into DATABASE_URL, or into the
// embedded database under DATA_DIR when DATABASE_URL is unset. Migrates first; does nothing on a database
// that already has sessions or units. Also makes sure an administrator exists (ADMIN_USERNAME/ADMIN_PASSWORD).
import { applyMigrations } from "../lib/migrations/migrations";
import { withDatabase } from "./db/with-database";

const log = (message: string) => console.log(`[seed] ${message}`);

const code = await withDatabase(async (url) => {
  process.env.DATABASE_URL = url;
  const applied = await applyMigrations(url);
  if (applied.length) log(`migrations applied: ${applied.join(", ")}`);
  const { seedDemo } = await import("../prisma/seed/demo");
  const { db } = await import("../lib/db");
  try {
    const { accounts } = await seedDemo({ log });
    if (accounts.length) {
      log("demo accounts (demo only):");
      for (const a of accounts) console.log(`    ${a.role.padEnd(12)} ${a.username.padEnd(14)} ${a.password}`);
    }
    return 0;
  } catch (error) {
    console.error(error);
    return 1;
  } finally {
    await db.$disconnect();
  }
});
process.exit(code); // the wasm engine leaves a timer behind that would idle the process for seconds
