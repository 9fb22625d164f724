// npm run backup: a consistent backup of the running app's database with PostgreSQL's own means, plus the
// secrets of DATA_DIR (auth-secret, postgres-password, …) without which the data cannot be used as before.
//   <dest>/manifest.json   what it is, when, which server version, LSNs or dump
//   <dest>/secrets/        DATA_DIR's top-level files, mode 0600
//   <dest>/pgdata/         embedded: the base backup (data files, backup_label, the WAL it needs)
//   <dest>/database.dump   DATABASE_URL: pg_dump's custom format
// Written to <dest>.partial and renamed at the end: a folder without ".partial" is a complete backup.
import { existsSync } from "node:fs";
import { mkdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { passwordFile } from "../postgres-password";
import { baseBackup } from "./base-backup";
import { assertTool, dumpDatabase, serverMajor } from "./dump";
import { copySecrets } from "./files";

export const MANIFEST = "manifest.json";

export interface Manifest {
  format: 1;
  kind: "embedded-base-backup" | "pg_dump";
  createdAt: string;
  serverVersion: string;
  secrets: string[];
  startLsn?: string;
  stopLsn?: string;
  walSegments?: string[];
}

async function finish(dest: string, work: string, manifest: Manifest) {
  await writeFile(path.join(work, MANIFEST), JSON.stringify(manifest, null, 2) + "\n", { mode: 0o600 });
  await rename(work, dest);
}

async function prepare(dest: string): Promise<string> {
  if (existsSync(dest)) throw new Error(`${dest} exists already: name a new folder`);
  const work = `${dest}.partial`;
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true, mode: 0o700 });
  return work;
}

/** The embedded server must be running (npm start, or the caller starts it). */
export async function backupEmbedded(options: { dataDir: string; port: number; dest: string }): Promise<Manifest> {
  const work = await prepare(options.dest);
  const password = (await readFile(passwordFile(options.dataDir), "utf8")).trim();
  const url = `postgresql://postgres:${encodeURIComponent(password)}@127.0.0.1:${options.port}/postgres`;
  const result = await baseBackup({
    url,
    dataDir: path.join(options.dataDir, "postgres"),
    into: path.join(work, "pgdata"),
    label: `jianyi ${new Date().toISOString()}`,
  });
  const secrets = await copySecrets(options.dataDir, path.join(work, "secrets"));
  const manifest: Manifest = {
    format: 1,
    kind: "embedded-base-backup",
    createdAt: new Date().toISOString(),
    serverVersion: result.serverVersion,
    secrets,
    startLsn: result.startLsn,
    stopLsn: result.stopLsn,
    walSegments: result.walSegments,
  };
  await finish(options.dest, work, manifest);
  return manifest;
}

export async function backupExternal(options: { url: string; dataDir: string; dest: string }): Promise<Manifest> {
  const server = await serverMajor(options.url);
  await assertTool("pg_dump", server.major);
  const work = await prepare(options.dest);
  await dumpDatabase(options.url, path.join(work, "database.dump"));
  const secrets = existsSync(options.dataDir) ? await copySecrets(options.dataDir, path.join(work, "secrets")) : [];
  const manifest: Manifest = { format: 1, kind: "pg_dump", createdAt: new Date().toISOString(), serverVersion: server.version, secrets };
  await finish(options.dest, work, manifest);
  return manifest;
}
