// npm run restore -- <backup>: back into an empty DATA_DIR (embedded) or an empty database (DATABASE_URL).
// The embedded copy is started once here, so PostgreSQL replays the backup's WAL now and a broken backup
// is found at restore time rather than at the next npm start.
import { existsSync } from "node:fs";
import { chmod, cp, mkdir, readdir, readFile } from "node:fs/promises";
import path from "node:path";
import { startEmbeddedPostgres } from "../embedded-postgres";
import { MANIFEST, type Manifest } from "./backup";
import { assertTool, majorOf, restoreDatabase, serverMajor } from "./dump";
import { giveToPostgresUser } from "./files";

export async function readManifest(source: string): Promise<Manifest> {
  const file = path.join(source, MANIFEST);
  if (!existsSync(file)) throw new Error(`${source} is not a complete backup (no ${MANIFEST}; a ".partial" folder never is)`);
  return JSON.parse(await readFile(file, "utf8")) as Manifest;
}

async function copySecretsBack(source: string, dataDir: string, names: string[]) {
  for (const name of names) {
    const target = path.join(dataDir, name);
    if (existsSync(target)) throw new Error(`${target} exists already: restore into an empty DATA_DIR`);
    await cp(path.join(source, "secrets", name), target);
    await chmod(target, 0o600);
  }
}

export async function restoreEmbedded(options: { source: string; dataDir: string; port: number }): Promise<Manifest> {
  const manifest = await readManifest(options.source);
  if (manifest.kind !== "embedded-base-backup")
    throw new Error(`${options.source} is a ${manifest.kind} backup: restore it with DATABASE_URL set`);
  if (existsSync(options.dataDir) && (await readdir(options.dataDir)).length > 0) {
    throw new Error(`DATA_DIR ${options.dataDir} is not empty: restore into an empty (or new) folder`);
  }
  await mkdir(options.dataDir, { recursive: true });
  await chmod(options.dataDir, 0o755); // the postgres OS user must be able to enter it when we are root
  const pgdata = path.join(options.dataDir, "postgres");
  await cp(path.join(options.source, "pgdata"), pgdata, { recursive: true });
  await chmod(pgdata, 0o700); // PostgreSQL refuses a data directory others can read
  await giveToPostgresUser(pgdata);
  await copySecretsBack(options.source, options.dataDir, manifest.secrets);
  const server = await startEmbeddedPostgres({ dataDir: options.dataDir, port: options.port, quiet: true });
  await server.stop();
  return manifest;
}

export async function restoreExternal(options: { source: string; url: string; dataDir: string }): Promise<Manifest> {
  const manifest = await readManifest(options.source);
  if (manifest.kind !== "pg_dump")
    throw new Error(`${options.source} is an embedded backup: restore it without DATABASE_URL, into an empty DATA_DIR`);
  const server = await serverMajor(options.url);
  if (server.major < majorOf(manifest.serverVersion))
    throw new Error(`the backup comes from PostgreSQL ${manifest.serverVersion}; this server is older (${server.version})`);
  await assertTool("pg_restore", server.major);
  await restoreDatabase(options.url, path.join(options.source, "database.dump"));
  if (manifest.secrets.length) {
    await mkdir(options.dataDir, { recursive: true });
    await copySecretsBack(options.source, options.dataDir, manifest.secrets);
  }
  return manifest;
}
