// File work shared by backup and restore: a copy of a live PostgreSQL data directory (files may appear,
// grow or vanish while it runs — WAL replay makes the copy consistent), and DATA_DIR's secrets.
import { execFileSync } from "node:child_process";
import { chmod, chown, copyFile, mkdir, readdir, stat } from "node:fs/promises";
import { userInfo } from "node:os";
import path from "node:path";

// Left out of a base backup, as PostgreSQL's documentation says (their contents are rebuilt on start);
// pg_wal is copied separately, only the segments the backup needs.
const SKIP_CONTENTS = new Set([
  "pg_wal",
  "pg_dynshmem",
  "pg_notify",
  "pg_serial",
  "pg_snapshots",
  "pg_stat_tmp",
  "pg_subtrans",
  "pg_replslot",
]);
const SKIP_FILES = new Set(["postmaster.pid", "postmaster.opts", "backup_label", "tablespace_map", "backup_label.old"]);

const vanished = (error: unknown) => (error as NodeJS.ErrnoException).code === "ENOENT";

/** Copies a running cluster's data directory into `to` (top-level folders of SKIP_CONTENTS stay empty). */
export async function copyDataDir(from: string, to: string, relative = ""): Promise<number> {
  let copied = 0;
  await mkdir(path.join(to, relative), { recursive: true, mode: 0o700 });
  let entries;
  try {
    entries = await readdir(path.join(from, relative), { withFileTypes: true });
  } catch (error) {
    if (vanished(error)) return 0;
    throw error;
  }
  for (const entry of entries) {
    const name = path.join(relative, entry.name);
    if (entry.isDirectory()) {
      if (relative === "" && SKIP_CONTENTS.has(entry.name)) await mkdir(path.join(to, name), { mode: 0o700 });
      else if (!entry.name.startsWith("pgsql_tmp")) copied += await copyDataDir(from, to, name);
    } else if (entry.isFile() && !(relative === "" && SKIP_FILES.has(entry.name)) && !entry.name.startsWith("pgsql_tmp")) {
      try {
        await copyFile(path.join(from, name), path.join(to, name));
        copied++;
      } catch (error) {
        if (!vanished(error)) throw error; // a relation dropped during the backup: the WAL says so
      }
    }
  }
  return copied;
}

/** The regular files at the top of DATA_DIR (auth-secret, postgres-password, …), each kept at mode 0600. */
export async function copySecrets(fromDir: string, toDir: string): Promise<string[]> {
  await mkdir(toDir, { recursive: true, mode: 0o700 });
  const names: string[] = [];
  for (const entry of await readdir(fromDir, { withFileTypes: true }).catch(() => [])) {
    if (!entry.isFile()) continue;
    await copyFile(path.join(fromDir, entry.name), path.join(toDir, entry.name));
    await chmod(path.join(toDir, entry.name), 0o600);
    names.push(entry.name);
  }
  return names;
}

/** Run as root, the embedded PostgreSQL runs as the OS user `postgres`: its data directory must be that user's. */
export async function giveToPostgresUser(dir: string): Promise<void> {
  if (userInfo().uid !== 0) return;
  const id = (flag: string) => Number(execFileSync("id", [flag, "postgres"], { encoding: "utf8" }).trim());
  const [uid, gid] = [id("-u"), id("-g")];
  const walk = async (p: string): Promise<void> => {
    await chown(p, uid, gid);
    if ((await stat(p)).isDirectory()) for (const child of await readdir(p)) await walk(path.join(p, child));
  };
  await walk(dir);
}
