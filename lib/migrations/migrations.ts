// Reads and writes prisma/migrations in Prisma's own layout, and applies it with the WebAssembly engine
// exactly as `prisma migrate deploy` would (same folder, same _prisma_migrations table).
import { mkdir, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import type { DiffTarget } from "@prisma/schema-engine-wasm/schema_engine_bg";
import { withSchemaEngine } from "./schema-engine";

export const projectRoot = path.resolve(import.meta.dirname, "../..");
export const migrationsDir = path.join(projectRoot, "prisma/migrations");
export const schemaPath = path.join(projectRoot, "prisma/schema.prisma");
// The schema as it stood when the newest migration was written: new migrations are diffed against it,
// because the engine cannot describe a live database through the pg adapter.
const snapshotName = "schema.snapshot.prisma";

async function listMigrationDirs(): Promise<string[]> {
  const entries = await readdir(migrationsDir, { withFileTypes: true }).catch(() => []);
  return entries
    .filter((e) => e.isDirectory())
    .map((e) => e.name)
    .sort();
}

export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const dirs = await listMigrationDirs();
  const lockPath = path.join(migrationsDir, "migration_lock.toml");
  const migrationDirectories = await Promise.all(
    dirs.map(async (dir) => ({
      path: dir,
      migrationFile: {
        path: "migration.sql",
        content: { tag: "ok" as const, value: await readFile(path.join(migrationsDir, dir, "migration.sql"), "utf8") },
      },
    })),
  );
  const schemaText = await readFile(schemaPath, "utf8");
  return withSchemaEngine(databaseUrl, schemaText, async (engine) => {
    const result = await engine.applyMigrations({
      migrationsList: {
        baseDir: migrationsDir,
        lockfile: { path: "migration_lock.toml", content: await readFile(lockPath, "utf8") },
        shadowDbInitScript: "",
        migrationDirectories,
      },
      filters: { externalTables: [], externalEnums: [] },
    });
    return result.appliedMigrationNames;
  });
}

/** SQL that turns the last migrated schema into the current one ("" when they agree). */
export async function pendingSchemaDiff(databaseUrl: string): Promise<string> {
  const current = await readFile(schemaPath, "utf8");
  const snapshot = await readFile(path.join(migrationsDir, snapshotName), "utf8").catch(() => null);
  const from: DiffTarget =
    snapshot === null ? { tag: "empty" } : { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: snapshot }] };
  // The diff itself touches no table, but the engine insists on a reachable connection.
  return withSchemaEngine(databaseUrl, current, async (engine) => {
    const result = await engine.diff({
      from,
      to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: current }] },
      script: true,
      exitCode: null,
      filters: { externalTables: [], externalEnums: [] },
    });
    const stdout = result.stdout ?? "";
    return stdout.includes("empty migration") ? "" : stdout.trim();
  });
}

export async function writeMigration(databaseUrl: string, name: string, extraSql = ""): Promise<string | null> {
  const sql = await pendingSchemaDiff(databaseUrl);
  if (!sql && !extraSql) return null;
  const stamp = new Date().toISOString().replace(/\D/g, "").slice(0, 14);
  const dir = `${stamp}_${name.replace(/[^a-z0-9_]+/gi, "_").toLowerCase()}`;
  await mkdir(path.join(migrationsDir, dir), { recursive: true });
  await writeFile(path.join(migrationsDir, dir, "migration.sql"), [sql, extraSql].filter(Boolean).join("\n\n") + "\n");
  await writeFile(path.join(migrationsDir, "migration_lock.toml"), 'provider = "postgresql"\n');
  await writeFile(path.join(migrationsDir, snapshotName), await readFile(schemaPath, "utf8"));
  return dir;
}
