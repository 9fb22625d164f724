// npm run db:new-migration -- <name> [extra.sql]
// Writes prisma/migrations/<timestamp>_<name>/migration.sql from the change to prisma/schema.prisma.
// The engine needs a live connection even to diff two schemas, so a database is started if needed.
import { readFile } from "node:fs/promises";
import { writeMigration } from "../../lib/migrations/migrations";
import { withDatabase } from "./with-database";

const [name, extraFile] = process.argv.slice(2);
if (!name) {
  console.error("usage: npm run db:new-migration -- <name> [extra.sql]");
  process.exit(2);
}
const extra = extraFile ? await readFile(extraFile, "utf8") : "";
const dir = await withDatabase((url) => writeMigration(url, name, extra.trim()));
console.log(dir ? `wrote prisma/migrations/${dir}/migration.sql` : "schema.prisma has no change: no migration written");
process.exit(0); // the wasm engine leaves a timer behind
