// npm run db:migrate — applies prisma/migrations to DATABASE_URL or the embedded database.
import { applyMigrations } from "../../lib/migrations/migrations";
import { withDatabase } from "./with-database";

const applied = await withDatabase((url) => applyMigrations(url));
console.log(applied.length ? `applied: ${applied.join(", ")}` : "database is up to date");
process.exit(0); // the wasm engine leaves a timer behind that would idle the process for seconds
