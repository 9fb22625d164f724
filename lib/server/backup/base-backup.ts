// A base backup of the embedded PostgreSQL with PostgreSQL's own low-level API (its npm package ships no
// pg_basebackup/pg_dump): pg_backup_start(fast checkpoint) → copy the data files while the server runs →
// pg_backup_stop() → write the backup_label (and tablespace_map) it returns → copy the WAL segments from the
// start LSN to the stop LSN. Started on that copy, PostgreSQL replays that WAL and reaches the state of the
// moment pg_backup_stop ran: consistent, with every transaction committed before it and none half-written.
import { copyFile, mkdir, readdir, writeFile } from "node:fs/promises";
import path from "node:path";
import pg from "pg";
import { copyDataDir } from "./files";

export interface BaseBackupResult {
  label: string;
  serverVersion: string;
  startLsn: string;
  stopLsn: string;
  files: number;
  walSegments: string[];
}

// WAL segment names are 24 hex digits (timeline, log, segment): in the same timeline they sort in order.
const SEGMENT = /^[0-9A-F]{24}$/;

export async function baseBackup(options: { url: string; dataDir: string; into: string; label: string }): Promise<BaseBackupResult> {
  const client = new pg.Client({ connectionString: options.url });
  await client.connect();
  try {
    // Each SELECT here calls functions without a FROM: it returns exactly one row, hence rows[0]!.
    const version = (await client.query<{ v: string }>("SELECT current_setting('server_version') AS v")).rows[0]!.v;
    // The backup is "in progress" for this session only: it must stay open until pg_backup_stop.
    const start = (await client.query<{ lsn: string }>("SELECT pg_backup_start($1, fast => true) AS lsn", [options.label])).rows[0]!.lsn;
    const startSegment = (await client.query<{ f: string }>("SELECT pg_walfile_name($1) AS f", [start])).rows[0]!.f;
    let files: number;
    let stop: { lsn: string; labelfile: string; spcmapfile: string | null };
    try {
      files = await copyDataDir(options.dataDir, options.into);
    } finally {
      // Always end the backup mode, even when the copy failed.
      stop = (await client.query("SELECT lsn::text, labelfile, spcmapfile FROM pg_backup_stop(wait_for_archive => false)")).rows[0]!;
    }
    await writeFile(path.join(options.into, "backup_label"), stop.labelfile, { mode: 0o600 });
    if (stop.spcmapfile) await writeFile(path.join(options.into, "tablespace_map"), stop.spcmapfile, { mode: 0o600 });
    // pg_backup_stop switched to a new segment, so the one holding the stop LSN is complete on disk.
    const stopSegment = (await client.query<{ f: string }>("SELECT pg_walfile_name($1) AS f", [stop.lsn])).rows[0]!.f;
    const walFrom = path.join(options.dataDir, "pg_wal");
    const walTo = path.join(options.into, "pg_wal");
    await mkdir(walTo, { recursive: true, mode: 0o700 });
    const walSegments = (await readdir(walFrom)).filter((n) => SEGMENT.test(n) && n >= startSegment && n <= stopSegment).sort();
    if (walSegments[0] !== startSegment || walSegments.at(-1) !== stopSegment) {
      throw new Error(`the WAL from ${startSegment} to ${stopSegment} is no longer all in ${walFrom}`);
    }
    for (const name of walSegments) await copyFile(path.join(walFrom, name), path.join(walTo, name));
    return { label: options.label, serverVersion: version, startLsn: start, stopLsn: stop.lsn, files, walSegments };
  } finally {
    await client.end();
  }
}
